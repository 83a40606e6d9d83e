using System.Collections.Generic;
using System.Text.RegularExpressions;
using Dataset.Annotations.Coverage;

namespace Dataset.Annotations.Drafting;

/// <summary>
/// Splits a sentence where one report ends and another may begin: "Russia has accused …, while Washington has
/// condemned …"; "… against Iran, the bloc said, while Britain imposed sanctions …"; "…; …".
/// </summary>
internal static class Clauses
{
    private static readonly Regex Break = new(@",\s+(while|whereas|but)\s+|;\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static List<TextRange> Of(string text, TextRange sentence)
    {
        var clauses = new List<TextRange>();
        var start = sentence.Start;
        foreach (Match found in Break.Matches(text.Substring(sentence.Start, sentence.End - sentence.Start)))
        {
            var at = sentence.Start + found.Index;
            if (!InQuote(text, sentence.Start, at))
            {
                clauses.Add(new TextRange(start, at));
                start = at + found.Length;
            }
        }

        clauses.Add(new TextRange(start, sentence.End));
        return clauses;
    }

    /// <summary>Whether a position is inside a quote that opened earlier in the sentence.</summary>
    private static bool InQuote(string text, int start, int at)
    {
        var open = false;
        for (var i = start; i < at; i++)
        {
            if (text[i] == '\u201C')
            {
                open = true;
            }
            else if (text[i] == '\u201D')
            {
                open = false;
            }
            else if (text[i] == '"')
            {
                open = !open;
            }
        }

        return open;
    }
}
