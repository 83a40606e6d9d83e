using System.Collections.Generic;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Text.Languages;

/// <summary>
/// A document's language: the one it states, else a guess from the letters of its text. The script most of its
/// letters are written in decides: Cyrillic is Russian unless Ukrainian or Belarusian letters say otherwise, Arabic
/// script is Arabic unless Urdu or Persian letters say otherwise, Latin is English only when English function words
/// are a fair share of its words (a French or German text stays unknown), and a script one language owns names it.
/// Coverage, drafting and the build read the language here and nowhere else.
/// </summary>
internal static class LanguageGuess
{
    /// <summary>The share of a Latin text's words that must be English function words for it to be English.</summary>
    private const double EnglishShare = 0.15;

    /// <summary>The share of a script's letters a language's own letters must reach to name it.</summary>
    private const double MarkShare = 0.003;

    /// <summary>Words that are frequent in English and rare in other languages written in Latin letters.</summary>
    private static readonly HashSet<string> EnglishWords = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "to", "is", "that", "for", "with", "was", "were", "by", "at", "from", "it", "he", "she", "they", "his", "her", "its",
        "their", "have", "has", "had", "be", "been", "this", "which", "not", "but", "or", "an", "are", "will", "would", "said", "says", "who",
        "after", "we", "our", "than", "there", "about", "also", "into", "over",
    };

    /// <summary>The language of a document and its article text.</summary>
    public static ArticleLanguage Of(DocumentModel? document, string? text) => Of(document?.Language, text);

    /// <summary>The language stated (a valid ISO 639-1 code, or null), else the one the text's letters suggest.</summary>
    public static ArticleLanguage Of(string? stated, string? text) =>
        stated is not null ? new ArticleLanguage(stated, IsStated: true) : new ArticleLanguage(FromLetters(text ?? string.Empty), IsStated: false);

    private static string? FromLetters(string text)
    {
        var letters = new LetterCounts();
        foreach (var c in text)
        {
            letters.Add(c);
        }

        return letters.Dominant switch
        {
            Script.Latin => IsEnglish(text) ? "en" : null,
            Script.Cyrillic => letters.Share('ў') >= MarkShare ? "be" : letters.Share('і', 'ї', 'є', 'ґ') >= MarkShare ? "uk" : "ru",
            Script.Arabic => letters.Share('ٹ', 'ڈ', 'ڑ', 'ں', 'ے') >= MarkShare ? "ur" : letters.Share('پ', 'چ', 'ژ', 'گ', 'ی', 'ک') >= MarkShare ? "fa" : "ar",
            Script.Hebrew => "he",
            Script.Greek => "el",
            Script.Armenian => "hy",
            Script.Georgian => "ka",
            Script.Devanagari => "hi",
            Script.Bengali => "bn",
            Script.Thai => "th",
            Script.Hangul => "ko",
            Script.Han => "zh",
            Script.Kana => "ja",
            _ => null,
        };
    }

    private static bool IsEnglish(string text)
    {
        var (words, english) = (0, 0);
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
                words++;
                english += EnglishWords.Contains(text.Substring(start, i - start)) ? 1 : 0;
                start = -1;
            }
        }

        return words > 0 && english >= words * EnglishShare;
    }
}
