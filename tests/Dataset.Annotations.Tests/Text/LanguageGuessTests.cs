using Dataset.Annotations.Model;
using Dataset.Annotations.Text.Languages;

namespace Dataset.Annotations.Tests.Text;

/// <summary>A document's language: the one it states, else the one its letters and words suggest, else unknown.</summary>
public class LanguageGuessTests
{
    [Theory]
    [InlineData("Russia's foreign ministry said on Tuesday that the talks had failed.", "en")]
    [InlineData("Министр иностранных дел заявил, что переговоры провалились.", "ru")]
    [InlineData("Міністр закордонних справ заявив, що переговори провалилися.", "uk")]
    [InlineData("Міністр замежных спраў заявіў, што перамовы праваліліся.", "be")]
    [InlineData("وقال المتحدث باسم وزارة الخارجية إن المحادثات فشلت.", "ar")]
    [InlineData("سخنگوی وزارت امور خارجه گفت که گفتگوها پیشرفتی نداشته است.", "fa")]
    [InlineData("דובר משרד החוץ אמר כי השיחות נכשלו.", "he")]
    [InlineData("Le ministre a déclaré que les négociations avaient échoué dans la nuit.", "fr")]
    [InlineData("Der Minister sagte, dass die Gespräche nicht fortgesetzt werden.", "de")]
    public void The_letters_and_function_words_tell_the_language(string text, string expected)
    {
        var language = LanguageGuess.Of((string?)null, text);

        Assert.Equal((expected, false, true), (language.Code, language.IsStated, language.IsGuessed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12 345 — 2022")]
    [InlineData("Kirby, Austin, Biden.")]
    public void Text_that_tells_nothing_is_unknown_not_english(string text) =>
        Assert.Equal(ArticleLanguage.Unknown, LanguageGuess.Of((string?)null, text));

    [Fact]
    public void A_stated_language_wins_over_the_letters()
    {
        var language = LanguageGuess.Of("uk", "Министр иностранных дел заявил, что переговоры провалились.");

        Assert.Equal(("uk", true, false, "uk"), (language.Code, language.IsStated, language.IsGuessed, language.ToString()));
    }

    [Fact]
    public void A_guessed_language_says_so_when_named()
    {
        Assert.Equal("ru (guessed)", LanguageGuess.Of((string?)null, "Переговоры провалились.").ToString());
        Assert.Equal("unknown", ArticleLanguage.Unknown.ToString());
    }

    [Fact]
    public void A_russian_article_quoting_a_ukrainian_name_stays_russian()
    {
        // One Ukrainian letter in a Russian text is a quoted name, not the text's language.
        var text = string.Concat(Enumerable.Repeat("Министр заявил, что переговоры провалились. ", 40)) + "Київ";

        Assert.Equal("ru", LanguageGuess.Of((string?)null, text).Code);
    }
}
