using System;

namespace Dataset.Annotations.Text;

/// <summary>
/// What a Russian word's ending says of its form, where the act rules need it: a past-tense verb (поставлял,
/// направила, договорились) and a short passive participle (представлен, введено, открыты). Read from the ending
/// alone, so only where the rule's other words make a verb likely ("не поставлял", "будет представлен").
/// </summary>
internal static class RussianForms
{
    private static readonly string[] PastEndings = { "л", "ла", "ло", "ли", "лся", "лась", "лось", "лись" };

    /// <summary>Short participles: -ан/-ян/-ен/-ён with -а/-о/-ы, and -ыт/-ит/-ут with the same (создан, введено, открыты, убит).</summary>
    private static readonly string[] ParticipleEndings =
    {
        "ан", "ана", "ано", "аны", "ян", "яна", "яно", "яны", "ен", "ена", "ено", "ены", "ён", "ёна", "ёно", "ёны",
        "ыт", "ыта", "ыто", "ыты", "ит", "ита", "ито", "иты", "ут", "ута", "уто", "уты",
    };

    /// <summary>The shortest past-tense verb read as one: "был", "дал" are three letters, "ли" alone is a particle.</summary>
    private const int MinPast = 3;

    /// <summary>The shortest short participle read as one: "дан", "взят"; "он", "ан" are no participles.</summary>
    private const int MinParticiple = 4;

    /// <summary>The endings of an infinitive: "выделить", "добиться", "помочь", "найти", "идти", "провести", "везти".</summary>
    private static readonly string[] InfinitiveEndings = { "ть", "ться", "чь", "йти", "дти", "ести", "зти" };

    /// <summary>The vowels a past ending follows in a verb's stem: "сообщили", "стала", "признался".</summary>
    private const string StemVowels = "аеиоуыяёю";

    public static bool IsPast(string text, Token token) => EndsWithAny(text, token, PastEndings, MinPast);

    /// <summary>
    /// Whether a lone lower-case word reads as a verb's past, its ending after a vowel of the stem ("сообщили", "стала",
    /// "признался"), or as its infinitive ("выделить", "добиться", "помочь", "найти"), not a noun's "-сть" ("власть", "гость").
    /// </summary>
    public static bool IsLoneVerb(string word) => IsLonePast(word) || IsLoneInfinitive(word);

    private static bool IsLonePast(string word)
    {
        foreach (var ending in PastEndings)
        {
            if (word.Length > ending.Length + 1 && word.EndsWith(ending, StringComparison.Ordinal)
                && StemVowels.IndexOf(word[word.Length - ending.Length - 1]) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLoneInfinitive(string word) =>
        Array.Exists(InfinitiveEndings, e => word.EndsWith(e, StringComparison.Ordinal)) && !word.EndsWith("сть", StringComparison.Ordinal);

    public static bool IsShortParticiple(string text, Token token) => EndsWithAny(text, token, ParticipleEndings, MinParticiple);

    private static bool EndsWithAny(string text, Token token, string[] endings, int minLength)
    {
        var length = token.End - token.Start;
        return token.IsWord && length >= minLength && RussianCases.IsCyrillic(text[token.Start]) && EndsAfterRoot(text, token, endings, minRoot: 1);
    }

    /// <summary>Whether the word ends, without case, with one of <paramref name="endings"/> after at least <paramref name="minRoot"/> letters.</summary>
    public static bool EndsAfterRoot(string text, Token token, string[] endings, int minRoot)
    {
        var length = token.End - token.Start;
        foreach (var ending in endings)
        {
            if (length >= ending.Length + minRoot
                && string.Compare(text, token.End - ending.Length, ending, 0, ending.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
