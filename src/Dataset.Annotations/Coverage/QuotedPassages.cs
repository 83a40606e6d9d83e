using System.Collections.Generic;

namespace Dataset.Annotations.Coverage;

/// <summary>
/// Finds quoted passages in one paragraph (line) of an article: text between “…”, "…" or ‘…’. A quote left open runs
/// to the end of its paragraph, as news style reopens a quote that spans paragraphs. Quotes inside a quote are part of
/// it. A typographic apostrophe (can’t, Kyiv’s) never closes a single quote, because a letter follows it.
/// </summary>
internal static class QuotedPassages
{
    /// <summary>A passage from its opening mark to its closing mark (or the paragraph's end), with the quoted text inside.</summary>
    public readonly struct Passage
    {
        public Passage(int start, int end, int innerStart, int innerEnd)
        {
            Start = start;
            End = end;
            InnerStart = innerStart;
            InnerEnd = innerEnd;
        }

        public int Start { get; }

        public int End { get; }

        public int InnerStart { get; }

        public int InnerEnd { get; }
    }

    /// <summary>Whether a position lies inside the words of one of the passages (between its quote marks).</summary>
    public static bool Inside(IReadOnlyList<Passage> passages, int position)
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

    public static IEnumerable<Passage> In(string text, int lineStart, int lineEnd)
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
            yield return new Passage(i, end, i + 1, innerEnd);
            i = end;
        }
    }

    private static bool OpensAt(string text, int i, int lineStart) => text[i] switch
    {
        '\u201C' => true,
        '\u2018' or '"' => i == lineStart || !Words.IsWordChar(text[i - 1]),
        _ => false,
    };

    /// <summary>The index of the closing mark, or -1 when the paragraph ends first.</summary>
    private static int FindClose(string text, int open, int lineEnd)
    {
        var mark = text[open];
        for (var j = open + 1; j < lineEnd; j++)
        {
            var closes = mark switch
            {
                '\u201C' => text[j] == '\u201D',
                '"' => text[j] == '"',
                _ => text[j] == '\u2019' && (j + 1 == lineEnd || !Words.IsWordChar(text[j + 1])),
            };
            if (closes)
            {
                return j;
            }
        }

        return -1;
    }
}
