using Dataset.Annotations.Collections;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Model;
using Dataset.Annotations.Text;
using Dataset.Annotations.Text.Languages;

namespace Dataset.Annotations.Coverage;

/// <summary>
/// What the coverage check of one article needs: its text, where its evidence was found, and where the passages its
/// annotation leaves unannotated on purpose are. Holds nothing of other articles, so an edit elsewhere leaves it equal.
/// </summary>
internal sealed record CoverageInput(string AnnotationPath, ArticleText Text, EquatableArray<TextRange> Evidence, EquatableArray<TextRange> Unannotated)
{
    private readonly ArticleLanguage? _language;

    /// <summary>The article's language, as its document states it or its evidence check guessed it; guessed from the text when not given.</summary>
    public ArticleLanguage Language
    {
        get => _language ?? LanguageGuess.Of((string?)null, Text.Content);
        init => _language = value;
    }
}

/// <summary>A quoted passage or attributed sentence that nothing annotates; <see cref="Speaker"/> is the name a sentence attributes it to.</summary>
internal sealed record UncoveredPassage(PassageKind Kind, string Text, LocationInfo Location, string? Speaker);

/// <summary>How much of one article its annotation covers, what it leaves uncovered, and the diagnostics to report.</summary>
internal sealed record CoverageReport(
    string AnnotationPath,
    string TextPath,
    int QuotedPassages,
    int QuotedAnnotated,
    int AttributedSentences,
    int AttributedAnnotated,
    int Reasoned,
    EquatableArray<UncoveredPassage> Uncovered,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The article's language; the counts are all 0 when the check does not read it (<see cref="IsJudged"/>).</summary>
    public ArticleLanguage Language { get; init; } = ArticleLanguage.Unknown;

    /// <summary>Whether the check read the article: it knows its language's quotation marks and reporting verbs.</summary>
    public bool IsJudged { get; init; } = true;
}
