using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dataset.Annotations.Coverage;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Model;
using Dataset.Annotations.Validation;

namespace Dataset.Annotations.Pipeline;

/// <summary>
/// A <see cref="FolderAnalysis"/> as one update left it: immutable, so that readers (the language server's requests,
/// drafting) keep a consistent view while the next update runs.
/// </summary>
/// <param name="Annotations">Every annotation's model, by path.</param>
/// <param name="Ids">The settled ids.</param>
/// <param name="Evidence">What the check of its article found of each annotation's evidence and unannotated passages, by annotation path.</param>
/// <param name="Validated">Every annotation checked against the rest, by path.</param>
/// <param name="Coverage">Every annotated article's coverage, by the article text's path.</param>
internal sealed record FolderState(
    ImmutableSortedDictionary<string, AnnotationFile> Annotations,
    IdIndex Ids,
    ImmutableDictionary<string, EvidenceForFile> Evidence,
    ImmutableSortedDictionary<string, ValidatedFile> Validated,
    ImmutableSortedDictionary<string, CoverageReport> Coverage)
{
    public EvidenceForFile? EvidenceFor(string annotationPath) => Evidence.TryGetValue(annotationPath, out var found) ? found : null;

    /// <summary>Every diagnostic of one file: its own check's and, for an article, its coverage advice.</summary>
    public IEnumerable<DiagnosticInfo> DiagnosticsIn(string path) =>
        (Validated.TryGetValue(path, out var file) ? file.Diagnostics : Collections.EquatableArray<DiagnosticInfo>.Empty)
        .Concat(Coverage.TryGetValue(path, out var report) ? report.Diagnostics : Collections.EquatableArray<DiagnosticInfo>.Empty);
}
