using Dataset.Annotations.Collections;
using Dataset.Annotations.Diagnostics;

namespace Dataset.Annotations.Model;

/// <summary>One evidence string an item asks to find.</summary>
internal sealed record EvidenceAsk(EvidenceKey ItemKey, Located Evidence);

/// <summary>
/// Everything one annotation asks of one article text: its evidence to locate, and the passages it leaves unannotated
/// on purpose (located the same way, under the key "unannotated:n", for the coverage check), and the language its
/// document states (the check that reads the text guesses it otherwise).
/// </summary>
internal sealed record EvidenceRequest(string AnnotationPath, string TextPath, EquatableArray<EvidenceAsk> Asks, string? StatedLanguage = null);

/// <summary>Where an evidence string was found: both W3C selectors and the lines.</summary>
internal sealed record EvidenceSpan(string Exact, string Prefix, string Suffix, int Start, int End, int StartLine, int EndLine);

/// <summary>The outcome for one ask: a span when found once, otherwise a diagnostic.</summary>
internal sealed record EvidenceResult(EvidenceKey ItemKey, EvidenceSpan? Span, DiagnosticInfo? Diagnostic);

/// <summary>The outcomes of one annotation's asks against its article, and the article's language (stated, else guessed).</summary>
internal sealed record EvidenceForFile(string AnnotationPath, int TextLength, EquatableArray<EvidenceResult> Results)
{
    public ArticleLanguage Language { get; init; } = ArticleLanguage.Unknown;
}

/// <summary>The input of one evidence check: an article and the requests that name it.</summary>
internal sealed record EvidenceWork(ArticleText Text, EquatableArray<EvidenceRequest> Requests);

/// <summary>
/// One article's evidence check: the article and the outcomes, per annotation that names it. No YAML locations but
/// in diagnostics, so an edit that only moves an annotation's text leaves it equal.
/// </summary>
internal sealed record CheckedEvidence(ArticleText Text, EquatableArray<EvidenceForFile> Results);
