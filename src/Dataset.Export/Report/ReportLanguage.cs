using System.Globalization;
using Dataset.LanguageFormat;
using static System.Net.WebUtility;

namespace Dataset.Export;

/// <summary>
/// An article's language in the report: the <c>lang</c> and <c>dir</c> its text and quotes carry (so Arabic, Persian
/// or Hebrew reads right to left), and the line under its title that names the language and what coverage judged.
/// </summary>
internal static class ReportLanguage
{
    /// <summary><c> lang="ar" dir="rtl"</c> (with its leading space), or nothing when the language is unknown.</summary>
    public static string Attributes(Document document) => document.Language is not { } code
        ? string.Empty
        : $" lang=\"{HtmlEncode(code)}\" dir=\"{(LanguageCodes.IsRightToLeft(code) ? "rtl" : "ltr")}\"";

    /// <summary>"language: ru (guessed)", and for a language coverage does not read, that nothing was judged.</summary>
    public static string Line(Document document)
    {
        var name = document.Language is { } code ? LanguageCodes.Find(code)?.Name ?? code : null;
        var guessed = document.IsLanguageGuessed ? ", guessed" : string.Empty;
        var language = name is null ? "unknown" : $"{HtmlEncode(name)} ({HtmlEncode(document.Language!)}{guessed})";
        var coverage = LanguageCodes.IsJudged(document.Language)
            ? string.Empty
            : $" · <span class=\"warning\">coverage: {HtmlEncode(LanguageCodes.NotJudged(document.Language))}</span>";
        return string.Create(CultureInfo.InvariantCulture, $"<p class=\"meta language\">language: {language}{coverage}</p>");
    }
}
