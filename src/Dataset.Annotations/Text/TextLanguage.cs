namespace Dataset.Annotations.Text;

/// <summary>
/// The language an article is read in, as an ISO 639-1 code: "ru" where Cyrillic letters are most of its letters,
/// "en" where Latin ones are, and for any other script "und" (undetermined), which the rules do not read.
/// </summary>
internal static class TextLanguage
{
    public const string English = "en";
    public const string Russian = "ru";
    public const string Undetermined = "und";

    /// <summary>The language of a text, from the script most of its letters are in.</summary>
    public static string Of(string text)
    {
        int latin = 0, cyrillic = 0, other = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (c < '\u0250')
            {
                latin++;
            }
            else if (RussianCases.IsCyrillic(c))
            {
                cyrillic++;
            }
            else
            {
                other++;
            }
        }

        return cyrillic > latin && cyrillic >= other ? Russian : latin >= other && latin > 0 ? English : Undetermined;
    }

    /// <summary>Whether the attribution rules read the language: English and Russian.</summary>
    public static bool IsRead(string language) => language is English or Russian;
}
