using System.Linq;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Text.Languages;

/// <summary>
/// A document's language: the one it states, else a guess from the letters of its text. The script most of its
/// letters are written in decides: Cyrillic is Russian unless Ukrainian or Belarusian letters say otherwise, Arabic
/// script is Arabic unless Urdu or Persian letters say otherwise, Latin is English only when English function words
/// outnumber those of French, German, Spanish, Italian, Portuguese and Dutch (else the one that leads, or unknown),
/// and a script one language owns names it.
/// Coverage, drafting and the build read the language here and nowhere else.
/// </summary>
internal static class LanguageGuess
{
    /// <summary>The share of a script's letters a language's own letters must reach to name it.</summary>
    private const double MarkShare = 0.003;

    /// <summary>The language of a document and its article text.</summary>
    public static ArticleLanguage Of(DocumentModel? document, string? text) => Of(document?.Language, text);

    /// <summary>The language stated (a valid ISO 639-1 code, or null), else the one the text's letters suggest.</summary>
    public static ArticleLanguage Of(string? stated, string? text) =>
        stated is not null ? ArticleLanguage.Stated(stated) : new ArticleLanguage(FromLetters(text ?? string.Empty), IsStated: false);

    private static string? FromLetters(string text)
    {
        var letters = new LetterCounts();
        foreach (var c in text)
        {
            letters.Add(c);
        }

        return letters.Dominant switch
        {
            Script.Latin => FromLatinWords(text),
            Script.Cyrillic => letters.Share('ў') >= MarkShare ? "be" : letters.Share('і', 'ї', 'є', 'ґ') >= MarkShare ? "uk" : "ru",
            Script.Arabic => letters.Share('ٹ', 'ڈ', 'ڑ', 'ں', 'ے') >= MarkShare ? "ur"
                : letters.Share('پ', 'چ', 'ژ', 'گ', 'ی', 'ک') >= MarkShare ? "fa"
                : "ar",
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

    /// <summary>
    /// English when its function words outnumber those of each other language written in Latin letters that the
    /// <see cref="FunctionWords"/> list; otherwise the language whose words do, or null when none leads.
    /// </summary>
    private static string? FromLatinWords(string text)
    {
        var counts = FunctionWords.Count(text);
        var best = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key == "en" ? 0 : 1).FirstOrDefault();
        var runnerUp = counts.Where(c => c.Key != best.Key).Select(c => c.Value).DefaultIfEmpty(0).Max();
        return best.Value > 0 && (best.Key == "en" ? best.Value > runnerUp : best.Value > runnerUp && best.Value > counts["en"]) ? best.Key : null;
    }
}
