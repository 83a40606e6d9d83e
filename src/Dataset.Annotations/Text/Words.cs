namespace Dataset.Annotations.Text;

/// <summary>What counts as a word in an article, and which characters compare equal when names are matched.</summary>
internal static class Words
{
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>A typographic apostrophe matches a typed one: "Lapid’s office" is the alias "Lapid's office".</summary>
    public static char Fold(char c) => c == '\u2019' ? '\'' : c;

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
}
