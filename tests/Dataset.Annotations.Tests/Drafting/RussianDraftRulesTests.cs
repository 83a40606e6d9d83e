using Dataset.Annotations.Drafting;
using Dataset.Annotations.Drafting.Acts;
using Dataset.Annotations.Model;
using Dataset.Annotations.Text;
using Dataset.Annotations.Text.Cues;

namespace Dataset.Annotations.Tests.Drafting;

/// <summary>
/// How Russian sentences that the first Russian rules misread are read: "по его словам", a source after "в среду", a
/// noun that is a bare verb stem, a relay closing its sentence, and threats told by "ответит" and "под угрозу"; each
/// with a near miss that must stay as it was.
/// </summary>
public class RussianDraftRulesTests
{
    [Theory]
    [InlineData("По его словам, квоты сокращены на 20 процентов.", "его")]
    [InlineData("По их данным, квоты сокращены на 20 процентов.", "их")]
    public void A_possessive_between_po_and_its_noun_is_the_source(string sentence, string source)
    {
        var cue = Assert.Single(Cues(sentence));

        Assert.Equal((CueKind.AccordingTo, source), (cue.Kind, CueSources.Written(Finder(sentence), cue)));
    }

    [Fact]
    public void A_possessive_elsewhere_is_no_cue() => Assert.Empty(Cues("По его мосту прошли грузовики."));

    [Fact]
    public void By_his_words_is_said_by_the_speaker_before()
    {
        var statements = Draft("«Это решение ударит по рыбакам», — заявил Игорь Лаптев.\nПо его словам, квоты сокращены на 20 процентов.");

        Assert.Equal(["igor-laptev", "igor-laptev"], statements.Select(s => s.Speaker));
        Assert.Equal("квоты сокращены на 20 процентов", statements[1].Evidence);
    }

    [Theory]
    [InlineData("Квоты сокращены, сообщила в среду Ассоциация рыбопромышленников Севера.", "Ассоциация рыбопромышленников Севера")]
    [InlineData("Квоты сокращены, сообщила также Ассоциация рыбопромышленников Севера.", "Ассоциация рыбопромышленников Севера")]
    [InlineData("Квоты сокращены, сообщила Ассоциация рыбопромышленников Севера.", "Ассоциация рыбопромышленников Севера")]
    [InlineData("Квоты сокращены, — заявил министр Ерлан Сатпаев журналистам в Астане.", "министр Ерлан Сатпаев")]
    public void A_source_after_its_verb_is_read_past_a_weekday_or_an_adverb(string sentence, string source) =>
        Assert.Equal(source, CueSources.Written(Finder(sentence), Assert.Single(Cues(sentence))));

    [Fact]
    public void A_noun_spelled_as_a_bare_verb_stem_is_no_cue_so_the_verb_after_it_keeps_the_subject()
    {
        const string Sentence = "Агентство отвергло критику и заявило, что сокращение необходимо для сохранения запасов.";

        Assert.Equal(["отвергло", "заявило"], Cues(Sentence).Select(c => Sentence[Finder(Sentence).Tokens[c.First].Start..Finder(Sentence).Tokens[c.First].End]));
        Assert.NotNull(RussianCueLexicon.Find("отверг", new Token(0, 6, TokenKind.Word, false)));
        Assert.Null(RussianCueLexicon.Find("критику", new Token(0, 7, TokenKind.Word, false)));
        Assert.NotNull(RussianCueLexicon.Find("критикует", new Token(0, 9, TokenKind.Word, false)));
    }

    [Fact]
    public void A_verb_joined_after_a_denial_is_a_statement_of_its_own_read_from_what_it_says()
    {
        var statements = Draft("Агентство отвергло критику и заявило, что сокращение необходимо для сохранения запасов.");

        Assert.Equal([("deny", "Агентство отвергло критику"), ("claim", "сокращение необходимо для сохранения запасов")], statements.Select(s => (s.Act, s.Evidence)));
    }

    [Fact]
    public void A_relay_closing_the_sentence_speaks_with_the_act_of_the_verb_it_relays()
    {
        var statement = Assert.Single(Draft("Рыболовецкие компании потребовали пересмотреть решение о квотах, сообщила в среду Ассоциация рыбопромышленников Севера."));

        Assert.Equal(("assotsiatsiya-rybopromyshlennikov-severa", "demand"), (statement.Speaker, statement.Act));
    }

    [Fact]
    public void A_relay_of_a_plain_verb_is_read_from_what_was_said()
    {
        var statement = Assert.Single(Draft("Рыболовецкие компании заявили, что квоты слишком малы, сообщила в среду Ассоциация рыбопромышленников Севера."));

        Assert.Equal(("assotsiatsiya-rybopromyshlennikov-severa", "claim"), (statement.Speaker, statement.Act));
    }

    [Fact]
    public void A_subject_before_its_own_verb_still_speaks_when_no_relay_closes_the_sentence()
    {
        var statement = Assert.Single(Draft("Рыболовецкие компании потребовали пересмотреть решение о квотах."));

        Assert.Equal("demand", statement.Act);
        Assert.StartsWith("rybolovetskie-kompanii", statement.Speaker, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Москва ответит «зеркальными мерами»", "warn", "ответит", "министр ответит на вопросы журналистов")]
    [InlineData("Москва ответит «зеркальными мерами»", "warn", "ответит", "Москва не ответит на провокации")]
    [InlineData("это решение поставит под угрозу тысячи рабочих мест", "warn", "под угрозу", "угроза закрытия заводов миновала")]
    public void A_response_or_a_danger_foreseen_is_a_warning_and_a_near_miss_is_not(string said, string act, string words, string nearMiss) =>
        SaidActsTests.ReadsItsActAndLeavesTheNearMiss(RussianSaidActs.Read, said, act, words, nearMiss);

    private static AttributionFinder Finder(string sentence)
    {
        var finder = new AttributionFinder(TextLanguage.Russian);
        finder.Read(sentence, new TextRange(0, sentence.Length), Quotes.In(sentence, 0, sentence.Length).ToList());
        return finder;
    }

    private static List<Cue> Cues(string sentence) => Finder(sentence).Cues.ToList();

    private static List<DraftStatement> Draft(string text) =>
        ArticleDrafter.Draft(new DraftRequest("Заголовок\n" + text, new DateValue(2024, 10, 16), [], [], [])).Statements.ToList();
}
