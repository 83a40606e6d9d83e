using Dataset.Annotations.Pipeline;

namespace Dataset.LanguageServer.Workspace;

/// <summary>
/// What an analysis of the workspace tells before it ends, and what it does first: the open documents are checked
/// before the other files; <paramref name="Settled"/> gets the workspace once every model and id is this analysis's
/// (what completion, symbols, references and rename read), before the evidence, the links and the checks; <paramref name="Checked"/>
/// gets each group of files whose diagnostics have become final.
/// </summary>
/// <param name="First">The files to check first (the documents the editor has open).</param>
/// <param name="Settled">Told of the snapshot whose models and ids are final (its checks are not yet).</param>
/// <param name="Checked">Told of each group of files checked.</param>
internal sealed record AnalysisProgress(IReadOnlyCollection<string> First, Action<Snapshot>? Settled = null, Action<CheckedFiles>? Checked = null)
{
    public static readonly AnalysisProgress None = new([]);
}
