using System;
using System.Collections.Generic;

namespace Dataset.Annotations.Pipeline;

/// <summary>
/// How one update of a <see cref="FolderAnalysis"/> orders its checks and what it tells before it ends: an editor's
/// view of it. Once every model is parsed and the dataset-wide indexes (ids, duplicates, names, links) are settled, a
/// file's check is decided by its slice alone as soon as the evidence of the article it names is located: the update
/// locates the evidence of <see cref="First"/> (or of the first chunk, when none is named), checks that group before the
/// rest, and reports each group of files as their results become final.
/// </summary>
/// <param name="First">The files to check and measure before the others (the documents an editor shows).</param>
/// <param name="Settled">
/// Called once every model is parsed and the ids are settled, before the evidence and names (and while the links may be settling): the state's models
/// and ids are this update's; its evidence, checks and coverage are still the last update's until
/// <paramref name="Checked"/> names them.
/// </param>
/// <param name="Checked">Called after each group of files is checked or measured, with the files and the state holding them.</param>
internal sealed record UpdateProgress(
    IReadOnlyCollection<string> First,
    Action<FolderState>? Settled = null,
    Action<CheckedFiles>? Checked = null)
{
    public static readonly UpdateProgress None = new(Array.Empty<string>());
}

/// <summary>
/// Files whose results an update has just made final, and the state that holds them: their diagnostics
/// (<see cref="FolderState.DiagnosticsOf"/>) are those the complete update reports.
/// </summary>
internal sealed record CheckedFiles(IReadOnlyList<string> Paths, FolderState State);
