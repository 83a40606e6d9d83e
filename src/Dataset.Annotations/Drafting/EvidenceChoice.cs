using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Coverage;
using Dataset.Annotations.Coverage.Attribution;
using Dataset.Annotations.Validation;
using Dataset.Annotations.Text;

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

    public static ChosenEvidence? For(string text, TextRange sentence, IReadOnlyList<QuotedPassages.Passage> quotes, AttributionFinder finder, Cue? cue)
    {
        var quote = QuotesIn(text, sentence, quotes)
            .OrderByDescending(q => q.InnerEnd - q.InnerStart)
            .Select(q => Trim(text, new TextRange(q.InnerStart, q.InnerEnd)))
            .FirstOrDefault(r => r is not null && OccursOnce(text, r));
        if (quote is not null)
        {
            return new ChosenEvidence(quote, Slice(text, quote), true);
        }

        if (cue is { } found
            && Clause(text, sentence, finder, found) is { } clause
            && Words.Count(text, clause.Start, clause.End) >= MinClauseWords
            && OccursOnce(text, clause))
        {
            return new ChosenEvidence(clause, Slice(text, clause), false);
        }

        return Trim(text, sentence) is { } whole && OccursOnce(text, whole) ? new ChosenEvidence(whole, Slice(text, whole), false) : null;
    }

    /// <summary>What the cue reports: the clause after it ("said [that] X"), or before it ("X, the bloc said").</summary>
    private static TextRange? Clause(string text, TextRange sentence, AttributionFinder finder, Cue cue)
    {
        var tokens = finder.Tokens;
        if (cue.Kind is CueKind.Continuation or CueKind.Passive or CueKind.NoComment)
        {
            return null;
        }

        if (cue.ContentBefore)
        {
            var firstOfCue = Math.Min(cue.First, cue.HasSource ? cue.SourceStart : cue.First);
            return firstOfCue <= 0 ? null : Trim(text, new TextRange(sentence.Start, tokens[firstOfCue - 1].End));
        }

        var from = Math.Max(cue.End, cue.HasSource && cue.SourceStart >= cue.End ? cue.SourceEnd : cue.End);
        while (from < tokens.Count
            && (tokens[from].Kind is TokenKind.Comma or TokenKind.Colon
                || IsWord(text, tokens[from], "that")
                || IsWord(text, tokens[from], "on") && from + 1 < tokens.Count && Weekday(text, tokens[from + 1])))
        {
            from += IsWord(text, tokens[from], "on") ? 2 : 1;
        }

        return from >= tokens.Count ? null : Trim(text, new TextRange(tokens[from].Start, sentence.End));
    }

    /// <summary>The range without surrounding white space, closing punctuation or a final stop; null when nothing is left.</summary>
    public static TextRange? Trim(string text, TextRange range)
    {
        var start = range.Start;
        var end = range.End;
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ';' or ':' or '\u2014' or '\u2013'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';' or ':' or '.' or '\u2014' or '\u2013'))
        {
            end--;
        }

        // A quote mark left alone at either end belongs to a quote the range cuts; drop it.
        if (end > start && text[end - 1] is '"' or '\u201D' && Count(text, start, end, '"', '\u201C', '\u201D') % 2 == 1)
        {
            end--;
            while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or '.'))
            {
                end--;
            }
        }

        if (end > start && text[start] is '"' or '\u201C' && Count(text, start, end, '"', '\u201C', '\u201D') % 2 == 1)
        {
            start++;
        }

        return end > start ? new TextRange(start, end) : null;
    }

    /// <summary>The quoted passages of a sentence long enough to be a statement's evidence (as the coverage check counts them).</summary>
    public static IEnumerable<QuotedPassages.Passage> QuotesIn(string text, TextRange sentence, IReadOnlyList<QuotedPassages.Passage> quotes) =>
        quotes.Where(q => q.InnerStart >= sentence.Start && q.InnerEnd <= sentence.End && Words.Count(text, q.InnerStart, q.InnerEnd) >= MinQuotedWords);

    public static bool OccursOnce(string text, TextRange range) => EvidenceLocator.OccursOnce(text, Slice(text, range));

    public static string Slice(string text, TextRange range) => text.Substring(range.Start, range.End - range.Start);

    private static int Count(string text, int start, int end, params char[] marks)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            count += Array.IndexOf(marks, text[i]) >= 0 ? 1 : 0;
        }

        return count;
    }

    private static bool IsWord(string text, Token token, string word) =>
        token.IsWord
            && token.End - token.Start == word.Length
            && string.Compare(text, token.Start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static bool Weekday(string text, Token token) => token.IsWord && Weekdays.Is(text, token);
}
