using Dataset.Annotations.Drafting;
using Dataset.Annotations.Pipeline;

namespace Dataset.Annotations.Tests.Coverage;

/// <summary>
/// Coverage and drafting judge only the languages they read: an article in another language, stated or guessed, is
/// reported as not judged (never "0 of 0" as if all were covered) and gets no draft.
/// </summary>
public class CoverageLanguageTests
{
    private const string English = "“We will not send any drones to Russia, now or later,” the ministry said on Thursday.\n";
    private const string Persian = "سخنگوی وزارت امور خارجه گفت: «ایران هیچ پهپادی به روسیه نفروخته است و نخواهد فروخت.»\n";

    [Fact]
    public void An_english_article_is_judged_and_its_quote_counted()
    {
        var coverage = Assert.Single(AnnotationCoverage.Analyze(Files(English, language: null)));

        Assert.Equal((true, "en", true, 1), (coverage.IsJudged, coverage.Language, coverage.IsLanguageGuessed, coverage.QuotedPassages));
    }

    [Fact]
    public void A_persian_article_is_not_judged_and_says_so()
    {
        var coverage = Assert.Single(AnnotationCoverage.Analyze(Files(Persian, language: null)));

        Assert.Equal((false, "fa", true), (coverage.IsJudged, coverage.Language, coverage.IsLanguageGuessed));
        Assert.Equal((0, 0, 0), (coverage.QuotedPassages, coverage.AttributedSentences, coverage.Uncovered.Count));
        Assert.Equal("language 'fa' is not covered; nothing judged", coverage.NotJudged);
    }

    [Fact]
    public void A_stated_language_decides_even_over_english_letters()
    {
        var coverage = Assert.Single(AnnotationCoverage.Analyze(Files(English, language: "de")));

        Assert.Equal((false, "de", false), (coverage.IsJudged, coverage.Language, coverage.IsLanguageGuessed));
    }

    [Fact]
    public void Text_whose_language_cannot_be_told_is_not_judged_either()
    {
        var coverage = Assert.Single(AnnotationCoverage.Analyze(Files("Kirby, Austin, Shoigu.\n", language: null)));

        Assert.Equal((false, null), (coverage.IsJudged, coverage.Language));
        Assert.Equal("language unknown (not stated, and not told from its letters); nothing judged", coverage.NotJudged);
    }

    [Fact]
    public void Drafting_drafts_nothing_in_a_language_it_cannot_read_and_drafts_the_english_quote()
    {
        var english = new FolderRun(Files(English, language: null));
        var persian = new FolderRun(Files(Persian, language: null));

        Assert.NotEmpty(FolderDrafts.Draft(english.State, English, null, "/corpus/a.yaml").Statements);
        Assert.Equal(0, FolderDrafts.Draft(persian.State, Persian, null, "/corpus/a.yaml").Entries);
    }

    /// <summary>
    /// An actor named as a body of an unnamed place ("администрация города") or by a generic name all in lower case ("следствие")
    /// is known by that name in its own article only, elsewhere (another city's) by its id; one named with its place
    /// ("администрация Чебоксар") or a capital ("СК") everywhere (the near miss).
    /// </summary>
    [Theory]
    [InlineData("администрация города", "/corpus/a.yaml", "администрация города")]
    [InlineData("администрация города", "/corpus/b.yaml", "cheboksary administration")]
    [InlineData("администрация Чебоксар", "/corpus/b.yaml", "администрация Чебоксар")]
    [InlineData("следствие", "/corpus/a.yaml", "следствие")]
    [InlineData("следствие", "/corpus/b.yaml", "cheboksary administration")]
    [InlineData("следственное управление", "/corpus/b.yaml", "cheboksary administration")]
    [InlineData("СК", "/corpus/b.yaml", "СК")]
    public void A_body_of_an_unnamed_place_is_known_by_name_in_its_own_article(string name, string draftedFor, string known)
    {
        var run = new FolderRun(
        [
            new("/corpus/a.yaml", "document:\n  id: a\n  title: A\n  publisher: P\n  published: 2026-09-16\n  text: a.txt\n  language: ru\n"
                + "actors:\n  - { id: cheboksary-administration, name: " + name + ", kind: government-body }\n"),
            new("/corpus/a.txt", "Заголовок\nАдминистрация города закрыла маршруты."),
            new("/corpus/b.yaml", "document:\n  id: b\n  title: B\n  publisher: P\n  published: 2026-10-21\n  text: b.txt\n  language: ru\n"),
            new("/corpus/b.txt", "Заголовок\nВ администрации города сообщили о сносе гаражей."),
        ]);

        var actors = FolderDrafts.Request(run.State, "Заголовок\nВ администрации города сообщили о сносе гаражей.", null, draftedFor).Actors;
        Assert.Equal(known, actors.Single(a => a.Id == "cheboksary-administration").Name);
    }

    private static List<KeyValuePair<string, string?>> Files(string text, string? language) =>
    [
        new("/corpus/a.yaml", "document:\n  id: a\n  title: A\n  publisher: P\n  published: 2022-10-20\n  text: a.txt\n" +
            (language is null ? string.Empty : $"  language: {language}\n")),
        new("/corpus/a.txt", text),
    ];
}
