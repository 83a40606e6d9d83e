using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Coverage;
using Dataset.Annotations.Text;
using Dataset.Annotations.Text.Cues;
using Dataset.Annotations.Validation;

namespace Dataset.Annotations.Drafting;

/// <summary>A passage of the article chosen as evidence, and whether it is a verbatim quote (form: direct).</summary>
internal sealed record ChosenEvidence(TextRange Range, string Text, bool IsQuote);

/// <summary>
/// Chooses a statement's evidence in an attributed sentence, so that it validates: verbatim, occurring once in the
/// article. The quote when the sentence quotes at least four words; else the content clause (what follows "said
/// that", or what comes before "…, the bloc said"); else the whole sentence. Whatever is chosen must occur once.
/// </summary>
internal static class EvidenceChoice
{
    private const int MinQuotedWords = CoverageAnalyzer.MinQuotedWords;
    private const int MinClauseWords = 3;

    public static ChosenEvidence? For(string text, TextRange sentence, IReadOnlyList<Quote> quotes, AttributionFinder finder, Cue? cue)
    {
        var quote = QuotesIn(text, sentence, quotes)
            .OrderByDescending(q => q.InnerEnd - q.InnerStart)
            .Select(q => Spans.Trim(text, new TextRange(q.InnerStart, q.InnerEnd)))
            .FirstOrDefault(r => r is not null && OccursOnce(text, r));
        if (quote is not null)
        {
            return new ChosenEvidence(quote, Slice(text, quote), true);
        }

        if (cue is { } found
            && CueContent.Of(text, sentence, finder, found) is { } content
            && Spans.Trim(text, Within(content.Range(finder), sentence)) is { } clause
            && Words.Count(text, clause.Start, clause.End) >= MinClauseWords
            && OccursOnce(text, clause))
        {
            return new ChosenEvidence(clause, Slice(text, clause), false);
        }

        return Spans.Trim(text, sentence) is { } whole && OccursOnce(text, whole) ? new ChosenEvidence(whole, Slice(text, whole), false) : null;
    }

    /// <summary>
    /// A cue's content within the part of the sentence a statement is drafted from: a relay's content ends where its part
    /// does ("Управление … начало проверку" of "… начало проверку и потребовало …, сообщили в ведомстве").
    /// </summary>
    private static TextRange Within(TextRange content, TextRange part) =>
        new(content.Start, content.End > part.End && content.Start < part.End ? part.End : content.End);

    /// <summary>The quoted passages of a sentence long enough to be a statement's evidence (as the coverage check counts them).</summary>
    public static IEnumerable<Quote> QuotesIn(string text, TextRange sentence, IReadOnlyList<Quote> quotes) =>
        quotes.Where(q => q.InnerStart >= sentence.Start && q.InnerEnd <= sentence.End && Words.Count(text, q.InnerStart, q.InnerEnd) >= MinQuotedWords);

    public static bool OccursOnce(string text, TextRange range) => EvidenceLocator.OccursOnce(text, Slice(text, range));

    public static string Slice(string text, TextRange range) => text.Substring(range.Start, range.End - range.Start);
}
