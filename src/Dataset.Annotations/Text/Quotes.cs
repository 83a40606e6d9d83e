using System.Collections.Generic;

namespace Dataset.Annotations.Text;

/// <summary>
/// Finds quoted passages in one paragraph (line) of an article: text between “…”, "…" or ‘…’, and between «…», „…“,
/// ‹…› or 「…」 as Russian, German and East Asian news write them. A quote left open runs to the end of its paragraph,
/// as news style reopens a quote that spans paragraphs. Quotes inside a quote are part of it (a «…» closes at the »
/// that matches it, so «…„…“…» and «…«…»…» are one). A typographic apostrophe (can’t, Kyiv’s) never closes a single
/// quote, because a letter follows it.
/// </summary>
internal static class Quotes
{
    /// <summary>Whether a position lies inside the words of one of the passages (between its quote marks).</summary>
    public static bool Inside(IReadOnlyList<Quote> passages, int position)
    {
        foreach (var passage in passages)
        {
            if (passage.InnerStart <= position && position < passage.InnerEnd)
            {
                return true;
            }
        }

        return false;
    }

    public static IEnumerable<Quote> In(string text, int lineStart, int lineEnd)
    {
        var i = lineStart;
        while (i < lineEnd)
        {
            var close = OpensAt(text, i, lineStart) ? FindClose(text, i, lineEnd) : -2;
            if (close == -2)
            {
                i++;
                continue;
            }

            var innerEnd = close < 0 ? lineEnd : close;
            var end = close < 0 ? lineEnd : close + 1;
            yield return new Quote(i, end, i + 1, innerEnd);
            i = end;
        }
    }

    private static bool OpensAt(string text, int i, int lineStart) => text[i] switch
    {
        '\u201C' or '\u00AB' or '\u201E' or '\u2039' or '\u300C' => true,
        '\u2018' or '"' => i == lineStart || !Words.IsWordChar(text[i - 1]),
        _ => false,
    };

    /// <summary>The index of the closing mark, or -1 when the paragraph ends first.</summary>
    private static int FindClose(string text, int open, int lineEnd)
    {
        var mark = text[open];
        var depth = 0;
        for (var j = open + 1; j < lineEnd; j++)
        {
            if (text[j] == mark && mark is '\u00AB' or '\u2039' or '\u300C')
            {
                depth++;
                continue;
            }

            var closes = mark switch
            {
                '\u201C' => text[j] == '\u201D',
                '\u201E' => text[j] is '\u201C' or '\u201D',
                '\u00AB' => text[j] == '\u00BB',
                '\u2039' => text[j] == '\u203A',
                '\u300C' => text[j] == '\u300D',
                '"' => text[j] == '"',
                _ => text[j] == '\u2019' && (j + 1 == lineEnd || !Words.IsWordChar(text[j + 1])),
            };
            if (closes && depth-- == 0)
            {
                return j;
            }
        }

        return -1;
    }
}
