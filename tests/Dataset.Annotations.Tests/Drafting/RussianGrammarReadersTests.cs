using Dataset.Annotations.Drafting.Acts;

namespace Dataset.Annotations.Tests.Drafting;

/// <summary>
/// The readers of Russian grammar the act rules build on: a verb's future and person by its form
/// (<see cref="RussianVerbForms"/>), the futures of a content (<see cref="RussianFuture"/>) and a condition with its
/// consequence (<see cref="RussianCondition"/>).
/// </summary>
public class RussianGrammarReadersTests
{
    [Theory]
    [InlineData("проведёт", "Third")]
    [InlineData("заменят", "Third")]
    [InlineData("разместит", "Third")]
    [InlineData("вернут", "Third")]
    [InlineData("пересадят", "Third")]
    [InlineData("выплатим", "First")]
    [InlineData("обеспечим", "First")]
    [InlineData("Отпустим", "First")]
    [InlineData("проводит", "None")]
    [InlineData("заменяет", "None")]
    [InlineData("получают", "None")]
    [InlineData("планирует", "None")]
    [InlineData("ответ", "None")]
    [InlineData("совет", "None")]
    [InlineData("запрет", "None")]
    [InlineData("последним", "None")]
    [InlineData("подорожанием", "None")]
    [InlineData("совсем", "None")]
    [InlineData("работают", "None")]
    public void A_perfective_present_form_tells_a_future_and_its_person_and_the_imperfective_present_and_nouns_none(string word, string person) =>
        Assert.Equal(person, RussianVerbForms.PerfectiveFuture(word).ToString());

    [Theory]
    [InlineData("вернуть", true)]
    [InlineData("обратиться", true)]
    [InlineData("помочь", true)]
    [InlineData("вернут", false)]
    [InlineData("дать", true)]
    [InlineData("часть", false)]
    [InlineData("путь", false)]
    public void An_infinitive_is_told_by_its_ending(string word, bool infinitive) => Assert.Equal(infinitive, RussianVerbForms.IsInfinitive(word));

    [Theory]
    [InlineData("каждое утро детей будет забирать автобус", "будет забирать", "Third")]
    [InlineData("достраивать дома будет региональный фонд", "достраивать дома будет", "Third")]
    [InlineData("мы будем помогать жителям", "будем помогать", "First")]
    [InlineData("компания разместит семьи в гостинице", "разместит", "Third")]
    public void A_future_is_found_with_its_words_and_person(string said, string words, string person)
    {
        var content = SaidActsTests.Content(said);
        var future = RussianFuture.Find(content);

        Assert.NotNull(future);
        Assert.Equal((words, person), (content.Words(future.Value.First, future.Value.Last), future.Value.Person.ToString()));
    }

    [Theory]
    [InlineData("каждое утро детей будет много в автобусе")]
    [InlineData("компания размещает семьи в гостинице")]
    public void A_content_with_no_future_has_none(string said) => Assert.Null(RussianFuture.Find(SaidActsTests.Content(said)));

    [Theory]
    [InlineData("если школу закроют, семьи уедут", "если школу закроют", "семьи уедут")]
    [InlineData("заявку рассмотрят, если собственник представит план", "если собственник представит план", "заявку рассмотрят")]
    [InlineData("в случае отказа, по словам профсоюза, работники обратятся в суд", "в случае отказа", "по словам профсоюза, работники обратятся в суд")]
    public void A_condition_is_read_apart_from_its_consequence_before_or_after_it(string said, string condition, string consequence)
    {
        var content = SaidActsTests.Content(said);
        var read = RussianCondition.Find(content);

        Assert.NotNull(read);
        var c = read.Value;
        Assert.Equal(condition, content.Words(c.Marker, c.ConditionEnd - 1));
        Assert.Equal(consequence, content.Words(c.ConsequenceStart, c.ConsequenceEnd - 1));
    }

    [Fact]
    public void A_content_with_no_marker_has_no_condition() =>
        Assert.Null(RussianCondition.Find(SaidActsTests.Content("при заводе работает столовая, а в случае с кафе — нет")));
}
