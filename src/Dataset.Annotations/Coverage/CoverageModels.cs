using Dataset.Annotations.Collections;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Model;
using Dataset.Annotations.Text;

namespace Dataset.Annotations.Coverage;

/// <summary>
/// What the coverage check of one article needs: its text, where its evidence was found, and where the passages its
/// annotation leaves unannotated on purpose are. Holds nothing of other articles, so an edit elsewhere leaves it equal.
/// </summary>
internal sealed record CoverageInput(string AnnotationPath, ArticleText Text, EquatableArray<TextRange> Evidence, EquatableArray<TextRange> Unannotated);


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
    /// <summary>False for an article in a language the rules do not read (<see cref="TextLanguage"/>): its counts say nothing.</summary>
    public bool IsJudged { get; init; } = true;
}
