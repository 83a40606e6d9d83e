using Dataset.Annotations.Collections;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Paths;

namespace Dataset.Annotations.Model;

/// <summary>
/// Everything read from one annotation file: its sections as value-equal models and the problems found while
/// reading it. <see cref="Unannotated"/> holds the passages left unannotated with a reason (only those silence). Items that could not be read at all (no usable
/// id) are absent; items with a problem carry HasErrors.
/// </summary>
internal sealed record AnnotationFile(
    string Path,
    DocumentModel? Document,
    EquatableArray<ActorModel> Actors,
    EquatableArray<StatementModel> Statements,
    EquatableArray<SanctionModel> Sanctions,
    EquatableArray<Located> Unannotated,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The absolute path of the article text this file annotates, if it names one.</summary>
    public string? TextPath => Document is null ? null : ArticlePaths.Resolve(Path, Document.TextFile.Value);
}
