using System.Collections.Generic;
using System.Linq;

namespace Dataset.Annotations.Text.Languages;

/// <summary>
/// The commonest short words (articles, pronouns, prepositions, auxiliaries) of the languages most news in Latin
/// letters is written in, and how many of a text's words are each language's: which language a Latin text is in.
/// </summary>
internal static class FunctionWords
{
    private static readonly Dictionary<string, HashSet<string>> ByLanguage = new(System.StringComparer.Ordinal)
    {
        ["en"] = Words(
            "the of and to in on a is that for with was were by at from it he she they his her its their have has had be been this which not but or an are " +
                "will would said says who after we our than there about also into over"),
        ["fr"] = Words("le la les des du de et est une un que qui dans pour pas sur au aux il elle ont sont avec ce cette été selon mais"),
        ["de"] = Words("der die das und ist nicht ein eine zu den dem mit von sich des auf für im dass sie es wird wurde auch nach bei"),
        ["es"] = Words("el la los las de y que en un una es por con para del se no su al lo como más fue ha dijo"),
        ["it"] = Words("il lo la gli le di e che un una è per con del della non si da al sono ha ma come"),
        ["pt"] = Words("o a os as de e que um uma é do da dos das em no na para com não por se foi disse"),
        ["nl"] = Words("de het een en van is dat op te niet zijn met voor die er aan ook als werd maar"),
    };

    /// <summary>Each function word and the languages it is one of: one look-up a word, whatever the number of languages.</summary>
    private static readonly Dictionary<string, string[]> LanguagesOf = ByLanguage
        .SelectMany(language => language.Value.Select(word => (Word: word, Language: language.Key)))
        .GroupBy(pair => pair.Word, System.StringComparer.OrdinalIgnoreCase)
        .ToDictionary(group => group.Key, group => group.Select(pair => pair.Language).ToArray(), System.StringComparer.OrdinalIgnoreCase);

    /// <summary>No function word is longer: a longer word is not looked up (nor copied out of the text).</summary>
    private static readonly int LongestWord = LanguagesOf.Keys.Max(word => word.Length);

    /// <summary>How many of the text's words are function words of each language (a word two languages share counts for both).</summary>
    public static Dictionary<string, int> Count(string text)
    {
        var counts = ByLanguage.Keys.ToDictionary(k => k, _ => 0, System.StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetter(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                if (i - start <= LongestWord && LanguagesOf.TryGetValue(text.Substring(start, i - start), out var languages))
                {
                    foreach (var language in languages)
                    {
                        counts[language]++;
                    }
                }

                start = -1;
            }
        }

        return counts;
    }

    private static HashSet<string> Words(string words) => new(words.Split(' '), System.StringComparer.OrdinalIgnoreCase);
}
