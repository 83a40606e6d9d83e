using System.Collections.Generic;
using System;

namespace Dataset.Annotations.Text;

/// <summary>
/// Splits one paragraph (line) of an article into sentences: a sentence ends at '.', '!' or '?' (with any closing
/// quotes after it) followed by a space and a capital (Latin or Cyrillic), a digit or an opening quote (“, «, „); an
/// abbreviation or an initial ("Gen.", "U.S.", "J. Smith", "млн.") does not end one. A paragraph always ends its last sentence, so a headline is one.
/// </summary>
internal static class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Capt", "Sgt", "Maj", "Adm", "Sen", "Rep", "Gov", "Prof", "St",
        "Jr", "Sr", "No", "Mt", "Ft", "Rev", "Hon", "Pres", "Amb", "Insp", "Supt", "vs", "etc", "Jan", "Feb", "Mar",
        "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "млн", "млрд", "тыс", "руб", "долл", "др", "пр", "гг", "им", "ул",
    };

    public static IEnumerable<TextRange> In(string text, int lineStart, int lineEnd) =>
        In(text, lineStart, lineEnd, new List<Quote>(Quotes.In(text, lineStart, lineEnd)));

    /// <summary>
    /// The sentences of a line whose quoted passages are <paramref name="quotes"/>: a sentence does not end inside a
    /// quote ("“Families have sold their last animals. There is nothing left,” she said." is one), only where the quote
    /// itself ends.
    /// </summary>
    public static IEnumerable<TextRange> In(string text, int lineStart, int lineEnd, IReadOnlyList<Quote> quotes)
    {
        var start = SkipSpace(text, lineStart, lineEnd);
        var quote = 0;
        for (var i = start; i < lineEnd; i++)
        {
            if (text[i] is not ('.' or '!' or '?') || (text[i] == '.' && IsAbbreviation(text, start, i)))
            {
                continue;
            }

            while (quote < quotes.Count && quotes[quote].InnerEnd <= i)
            {
                quote++;
            }

            if (quote < quotes.Count && quotes[quote].InnerStart <= i && i + 1 < quotes[quote].InnerEnd)
            {
                continue;
            }

            var end = i + 1;
            while (end < lineEnd && IsClosing(text[end]))
            {
                end++;
            }

            var next = SkipSpace(text, end, lineEnd);
            if (next == end || next == lineEnd || !StartsSentence(text[next]))
            {
                continue;
            }

            yield return new TextRange(start, end);
            start = next;
            i = next - 1;
        }

        var last = TrimEnd(text, start, lineEnd);
        if (last > start)
        {
            yield return new TextRange(start, last);
        }
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && Words.IsWordChar(text[wordStart - 1]))
        {
            wordStart--;
        }

        var length = dot - wordStart;
        return length == 1 || (length > 0 && Abbreviations.Contains(text.Substring(wordStart, length)));
    }

    private static bool IsClosing(char c) => c is '\u201D' or '\u2019' or '"' or '\'' or ')' or ']' or '\u00BB' or '\u201C' or '\u203A' or '\u300D';

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '\u201C' or '\u2018' or '"' or '(' or '\u00AB' or '\u201E';

    private static int SkipSpace(string text, int from, int end)
    {
        while (from < end && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        return from;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
