using System;
using System.Collections.Generic;

namespace Dataset.Annotations.Text;

/// <summary>What counts as a word in an article, and which characters compare equal when names are matched.</summary>
internal static class Words
{
    /// <summary>What separates the words of a name or a phrase: "Veltron AG", "al-Assad", "Lapid’s".</summary>
    private static readonly char[] Separators = [' ', '\u00A0', '\t', '\n', '-', '\'', '\u2019', ','];

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
}
