using Dataset.Annotations.Text.Languages;
using Dataset.LanguageFormat;

namespace Dataset.Annotations.Text;

/// <summary>
/// The language an article is read in, as an ISO 639-1 code: the document's, else the guess from its letters
/// (<see cref="LanguageGuess"/>), else "und" (undetermined); the rules read English and Russian.
/// </summary>
internal static class TextLanguage
{
    public const string English = "en";
    public const string Russian = "ru";
    public const string Undetermined = "und";

    /// <summary>The language of a text stated nowhere: the guess from its letters (<see cref="LanguageGuess"/>), else undetermined.</summary>
    public static string Of(string text) => LanguageGuess.Of((string?)null, text).Code ?? Undetermined;

    /// <summary>Whether the attribution rules read the language: English and Russian.</summary>
    public static bool IsRead(string language) => LanguageCodes.IsJudged(language);
}
