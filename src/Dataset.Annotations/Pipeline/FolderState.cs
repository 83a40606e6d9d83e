using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dataset.Annotations.Collections;
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
    public IEnumerable<DiagnosticInfo> DiagnosticsIn(string path) => DiagnosticsOf(path).All;

    /// <summary>One file's diagnostics, its check's and its coverage's apart.</summary>
    public FileDiagnostics DiagnosticsOf(string path) => new(
        Validated.TryGetValue(path, out var file) ? file.Diagnostics : EquatableArray<DiagnosticInfo>.Empty,
        Coverage.TryGetValue(path, out var report) ? report.Diagnostics : EquatableArray<DiagnosticInfo>.Empty);
}

/// <summary>One file's diagnostics: its own check's, and (for an article) its coverage advice.</summary>
internal sealed record FileDiagnostics(EquatableArray<DiagnosticInfo> Checked, EquatableArray<DiagnosticInfo> Coverage)
{
    /// <summary>Both, as every front end reports them: the check's, then the coverage advice.</summary>
    public IEnumerable<DiagnosticInfo> All => Checked.Concat(Coverage);
}
