using Dataset.Annotations.Text;
using Dataset.Annotations.Drafting.Acts;

namespace Dataset.Annotations.Tests.Drafting;

/// <summary>
/// The act read from what a Russian source said when its verb names none (заявил, сказал, сообщил): each rule of
/// <see cref="RussianSaidActs"/> on a content it reads, giving the act and the words it read, and on a near miss that
/// it must leave to another act.
/// </summary>
public class RussianSaidActsTests
{
    [Theory]
    [InlineData("мы решительно осуждаем этот обстрел", "condemn", "осуждаем", "мы не осуждаем этот обстрел")]
    [InlineData("мы глубоко обеспокоены ростом цен", "express-concern", "обеспокоены", "мы следим за ростом цен")]
    [InlineData("ведомство не может комментировать ход дела", "decline-comment", "не может комментировать", "ведомство прокомментирует ход дела")]
    [InlineData("мы готовы к переговорам, но не примем ультиматумов", "warn", "не примем", "мы примем делегацию в среду")]
    [InlineData("эти обвинения — ложь", "deny", "ложь", "эти обвинения прозвучали в среду")]
    [InlineData("обвинения Москвы необоснованны", "deny", "необоснованны", "обвинения Москвы прозвучали вчера")]
    [InlineData("сведения не соответствуют действительности", "deny", "не соответствуют действительности", "сведения соответствуют действительности")]
    [InlineData("Литва выполняет санкции, а не вводит собственную блокаду", "deny", "блокаду", "Литва вводит собственную блокаду")]
    [InlineData("мы не задерживаем зерно намеренно", "deny", "мы не задерживаем", "вагоны задержаны из-за ремонта")]
    [InlineData("Иран не поставлял беспилотники России", "deny", "не поставлял", "Иран не только поставлял беспилотники России")]
    [InlineData("такие действия недопустимы", "condemn", "недопустимы", "такие действия допустимы")]
    [InlineData("ограничения нарушают соглашение 2002 года", "accuse", "нарушают", "ограничения продлят до 2026 года")]
    [InlineData("на деле это давление на партнёра", "accuse", "давление", "на деле это цена для партнёра")]
    [InlineData("компания готова возместить убытки", "pledge", "готова", "компания возместила убытки")]
    [InlineData("мы будем помогать жителям области", "pledge", "будем", "мы не будем помогать жителям области")]
    [InlineData("Литву ждут серьёзные последствия", "warn", "последствия", "Литву ждут серьёзные переговоры")]
    [InlineData("Ответ будет не только дипломатическим", "warn", "Ответ", "Астана ждёт ответа до конца недели")]
    [InlineData("Москва ответит «зеркальными мерами»", "warn", "ответит", "министр ответит на вопросы журналистов")]
    [InlineData("мы ответим на это", "warn", "ответим", "мы не ответим на провокации")]
    [InlineData("это решение поставит под угрозу тысячи рабочих мест", "warn", "под угрозу", "угроза закрытия заводов миновала")]
    [InlineData("спор может ударить по поставкам", "warn", "может ударить", "спор может затянуться")]
    [InlineData("Вильнюс должен снять ограничения", "demand", "должен", "мы должны снять ограничения")]
    [InlineData("план будет представлен на заседании кабинета", "announce", "будет представлен", "план будет обсуждаться на заседании кабинета")]
    [InlineData("в среду в Астане пройдут консультации", "announce", "пройдут", "в Астане идут консультации")]
    [InlineData("Астана направила в Москву официальную ноту", "announce", "направила", "Астана ждёт от Москвы официальную ноту")]
    [InlineData("урожай составил 12 миллионов тонн", "announce", "12", "переговоры начались 28 августа")]
    [InlineData("цены, вероятно, вырастут", "assess", "вероятно", "цены выросли")]
    [InlineData("мы не откроем границу, пока ситуация не изменится", "warn", "мы не откроем границу, пока", "мы не задерживаем зерно намеренно")]
    [InlineData("Россия не имеет отношения к потокам мигрантов", "deny", "не имеет отношения", "Россия не улучшит отношения с Финляндией")]
    [InlineData("ответственность за последствия несёт финская сторона", "accuse", "ответственность за последствия несёт",
        "мы несём ответственность за безопасность")]
    [InlineData("оно лишь вредит жителям приграничных районов", "condemn", "вредит", "оно может навредить жителям приграничных районов")]
    [InlineData("мы открыты для проверки и предоставим регулятору все документы", "pledge", "предоставим", "компания предоставила регулятору документы")]
    [InlineData("министерство поддерживает проверку", "support", "поддерживает", "министерство не поддерживает проверку")]
    [InlineData("прокуратура начала проверку после выброса", "announce", "начала проверку", "пятна видны с начала месяца")]
    [InlineData("штраф может составить до 5 миллионов рублей", "assess", "может", "штраф составил 5 миллионов рублей")]
    public void A_rule_reads_its_act_from_the_words_said_and_leaves_a_near_miss_to_another(string said, string act, string words, string nearMiss) =>
        SaidActsTests.ReadsItsActAndLeavesTheNearMiss(RussianSaidActs.Read, said, act, words, nearMiss);

    [Theory]
    [InlineData("запасов строительных материалов в регионе хватит на два месяца")]
    [InlineData("действующий контракт «не предусматривает пересмотра цены до 2027 года»")]
    [InlineData("пассажирский транзит продолжается без изменений")]
    [InlineData("рост цены связан с подорожанием транзита через Грузию")]
    [InlineData("«Мы фиксировали пятна на воде с начала месяца, но никто не реагировал»")]
    public void Content_no_rule_reads_is_left_to_the_claim(string said) => Assert.Null(Read(said));

    [Fact]
    public void A_promise_of_retaliation_is_a_warning_and_another_promise_stays_a_pledge()
    {
        Assert.Equal(new ActReading("warn", "ответные"), RussianSaidActs.Refine("pledge", Content("принять ответные меры")));
        Assert.Null(RussianSaidActs.Refine("pledge", Content("обеспечить жителей всем необходимым")));
        Assert.Null(RussianSaidActs.Refine("deny", Content("принять ответные меры")));
    }

    [Fact]
    public void Russian_content_is_read_by_the_Russian_rules_and_English_by_the_English()
    {
        Assert.Equal("deny", ContentActs.For(TextLanguage.Russian).Read(Content("это ложь"))?.Act);
        Assert.Null(ContentActs.For(TextLanguage.English).Read(Content("это ложь")));
        Assert.Equal("deny", ContentActs.For(TextLanguage.English).Read(Content("the accusations were baseless"))?.Act);
    }

    private static ActReading? Read(string said) => RussianSaidActs.Read(Content(said));

    private static SaidContent Content(string said) => SaidActsTests.Content(said);
}
