using System;

namespace Dataset.Annotations.Text;

/// <summary>Spans of an article trimmed to the words they hold, as evidence is chosen.</summary>
internal static class Spans
{
    private static readonly char[] QuoteMarks = ['"', '\u201C', '\u201D', '\u00AB', '\u00BB'];

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
        if (end > start && text[end - 1] is '"' or '\u201D' or '\u00BB' && Count(text, start, end, QuoteMarks) % 2 == 1)
        {
            end--;
            while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or '.'))
            {
                end--;
            }
        }

        if (end > start && text[start] is '"' or '\u201C' or '\u00AB' && Count(text, start, end, QuoteMarks) % 2 == 1)
        {
            start++;
        }

        return end > start ? new TextRange(start, end) : null;
    }

    private static int Count(string text, int start, int end, params char[] marks)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            count += Array.IndexOf(marks, text[i]) >= 0 ? 1 : 0;
        }

        return count;
    }
}
