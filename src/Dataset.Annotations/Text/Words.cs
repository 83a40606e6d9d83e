using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Dataset.Annotations.Text;

/// <summary>What counts as a word in an article, and which characters compare equal when names are matched.</summary>
internal static class Words
{
    /// <summary>What separates the words of a name or a phrase: "Veltron AG", "al-Assad", "Lapid’s".</summary>
    private static readonly char[] Separators = [' ', '\u00A0', '\t', '\n', '-', '\'', '\u2019', ','];

    private static readonly char[] Spaces = [' ', '\t'];

    private static readonly System.Text.RegularExpressions.Regex ListSeparator = new(
        @",\s*(?:and\s+)?|\s+and\s+|,\s*(?:и\s+)?|\s+и\s+", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private const int MaxKebabWords = 7;

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>A typographic apostrophe matches a typed one: "Lapid’s office" is the alias "Lapid's office".</summary>
    public static char Fold(char c) => c == '\u2019' ? '\'' : c;

    /// <summary>The end of the run of word characters that starts at <paramref name="start"/> (itself when none does).</summary>
    public static int WordEnd(string text, int start, int limit = int.MaxValue)
    {
        var end = start;
        limit = Math.Min(limit, text.Length);
        while (end < limit && IsWordChar(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>The number of words in <c>text[start..end)</c>.</summary>
    public static int Count(string text, int start, int end)
    {
        var count = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var isWord = IsWordChar(text[i]) || (inWord && (text[i] == '\'' || text[i] == '\u2019' || text[i] == '-'));
            if (isWord && !inWord)
            {
                count++;
            }

            inWord = isWord;
        }

        return count;
    }

    /// <summary>The parts of a name or a phrase between spaces and tabs, as written.</summary>
    public static string[] AtSpaces(string phrase) => phrase.Split(Spaces, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The items of a list: "the firm, its owner and two officers" → "the firm", "its owner", "two officers".</summary>
    public static string[] ListItems(string phrase) => ListSeparator.Split(phrase);

    /// <summary>The runs of letters of a text, in lower case.</summary>
    public static IEnumerable<string> LowerLetterRuns(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return text.Substring(start, i - start).ToLowerInvariant();
                start = -1;
            }
        }
    }

    /// <summary>The words of a name or a phrase, split at spaces, hyphens, apostrophes and commas, each of its letters and digits only.</summary>
    public static List<string> Split(string phrase)
    {
        var words = new List<string>();
        foreach (var part in phrase.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new System.Text.StringBuilder(part.Length);
            foreach (var c in part)
            {
                if (IsWordChar(c))
                {
                    letters.Append(c);
                }
            }

            if (letters.Length > 0)
            {
                words.Add(letters.ToString());
            }
        }

        return words;
    }

    /// <summary>
    /// The words of a text in kebab case, for an id: lower-case ASCII letters and digits, accents dropped, Cyrillic
    /// transliterated (Ерлан Сатпаев → erlan-satpaev), at most seven words.
    /// </summary>
    public static string Kebab(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019')
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                word.Append(lower);
            }
            else if (Transliteration.Latin(lower) is { } latin)
            {
                word.Append(latin);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return string.Join("-", words.Take(MaxKebabWords));
    }
}
