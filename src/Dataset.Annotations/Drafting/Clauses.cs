using System.Collections.Generic;
using System.Text.RegularExpressions;
using Dataset.Annotations.Text;

namespace Dataset.Annotations.Drafting;

/// <summary>
/// Splits a sentence where one report ends and another may begin: "Russia has accused …, while Washington has
/// condemned …"; "… against Iran, the bloc said, while Britain imposed sanctions …"; "…; …"; "Еврокомиссия поддержала …, а
/// пресс-секретарь Кремля заявил …" (", и" too: a clause without a source of its own stays with the one before).
/// </summary>
internal static class Clauses
{
    private static readonly Regex Break = new(@",\s+(while|whereas|but|а|и|но|тогда как)\s+|;\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The clauses of a sentence whose quoted passages are <paramref name="quotes"/>: a quote is never split.</summary>
    public static List<TextRange> Of(string text, TextRange sentence, IReadOnlyList<Quote> quotes)
    {
        var clauses = new List<TextRange>();
        var start = sentence.Start;
        foreach (Match found in Break.Matches(text.Substring(sentence.Start, sentence.End - sentence.Start)))
        {
            var at = sentence.Start + found.Index;
            if (!Quotes.Inside(quotes, at))
            {
                clauses.Add(new TextRange(start, at));
                start = at + found.Length;
            }
        }

        clauses.Add(new TextRange(start, sentence.End));
        return clauses;
    }
}
