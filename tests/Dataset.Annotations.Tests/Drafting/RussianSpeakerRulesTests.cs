using Dataset.Annotations.Drafting;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Tests.Drafting;

/// <summary>
/// Who speaks in a Russian draft when the source is a long title: each rule on a sentence it reads, and a near miss it
/// leaves as it was.
/// </summary>
public class RussianSpeakerRulesTests
{
    private static readonly KnownActor[] Folder =
    [
        new("russian-investigative-committee", "Следственный комитет России", ["СК России"], "government-body"),
        new("rospotrebnadzor", "Роспотребнадзор", [], "government-body"),
    ];

    [Theory]
    [InlineData("Уполномоченный по правам человека в Дагестане Саида Мусаева потребовала организовать подвоз воды.", "Саида Мусаева")]
    [InlineData("Вице-президент Федерации лыжных гонок России Сергей Ломакин сказал, что федерация окажет помощь.", "Сергей Ломакин")]
    [InlineData("Министр ЖКХ Дагестана Арсен Курбанов сказал, что сети заменят.", "Арсен Курбанов")]
    [InlineData("Министр Иван Петрович Сидоров сказал, что сети заменят.", "Иван Петрович Сидоров")]
    [InlineData("Министр Ерлан Сатпаев сказал, что сети заменят.", "Ерлан Сатпаев")]
    public void After_a_russian_title_the_last_two_capitalised_words_are_the_persons_name(string sentence, string name) =>
        Assert.Equal([name], Speakers(sentence));

    private static List<string> Speakers(string text)
    {
        var draft = Draft(text);
        var names = draft.Actors.ToDictionary(a => a.Id, a => a.Name).Concat(Folder.ToDictionary(a => a.Id, a => a.Name)).ToDictionary();
        return draft.Statements.Select(s => names[s.Speaker]).ToList();
    }

    private static ArticleDraft Draft(string text) =>
        ArticleDrafter.Draft(new DraftRequest("Заголовок\n" + text, new DateValue(2026, 7, 22), Folder, [], []));
}
