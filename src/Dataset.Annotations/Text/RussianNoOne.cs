using System;
using System.Collections.Generic;
using System.Linq;

namespace Dataset.Annotations.Text;

/// <summary>
/// Russian words that name no one by themselves. Where a reader takes the word before (or after) a verb of saying
/// as its source, a lone lower-case verb ("пообещали выделить"), pronoun or relative ("это опроверг", "в котором
/// попросили") or a message's noun ("отвергла утверждения") is what was said or done, never who said it: such a word
/// must never become an actor of its own, and the subject has to be looked for elsewhere in the sentence.
/// </summary>
internal static class RussianNoOne
{
    /// <summary>"это", "то", "всё", "что", "кто", "который" in every form: Russian pronouns and relatives that name no one by themselves.</summary>
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "это", "этого", "этому", "этим", "этом", "то", "того", "тому", "тем", "том", "всё", "все", "всего", "всем", "что", "чего", "чему",
        "чем", "кто", "кого", "кому", "ком", "который", "которая", "которое", "которые", "которого", "которой", "которому", "котором",
        "которую", "которым", "которыми", "которых",
    };

    /// <summary>
    /// "сообщение", "утверждения", "экспертиза": the nouns of a message, a claim or a finding, in any case
    /// (<see cref="RussianCases.SameWord"/>), which say what was said, never who said it; not "обвинение", which is also
    /// the prosecution ("По версии обвинения").
    /// </summary>
    private static readonly string[] MessageNouns =
    {
        "сообщение", "утверждение", "заявление", "письмо", "обращение", "документ", "ответ", "заключение", "экспертиза", "проверка",
        "решение", "постановление", "доклад", "отчёт", "отчет", "справка", "публикация", "данные", "информация", "слова",
        "вина", "сведения", "материал", "исследование", "расследование", "анализ", "приказ", "распоряжение", "вопрос",
    };

    /// <summary>
    /// "лишь", "также", "уже", "там": particles, adverbs of time and place and conjunctions, which qualify what was said or
    /// done and never name who did it.
    /// </summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "лишь", "только", "также", "тоже", "уже", "ещё", "еще", "даже", "именно", "вновь", "снова", "затем", "потом", "теперь", "сейчас",
        "пока", "поэтому", "однако", "впрочем", "там", "тут", "здесь", "так", "как", "не", "ни", "же", "ли", "бы", "вскоре", "позже",
        "ранее", "прежде", "всё-таки", "тогда", "при", "этом",
    };

    /// <summary>Whether a lower-case word is a particle, an adverb of time or place or a conjunction (<see cref="Particles"/>).</summary>
    public static bool IsParticle(string word) => Particles.Contains(word);

    /// <summary>"мать", "дочь", "генерал", "посол", "персонал": nouns of people that end as an infinitive or a past verb does.</summary>
    private static readonly HashSet<string> PeopleLikeVerbs = new(StringComparer.Ordinal)
    {
        "мать", "дочь", "зять", "знать", "рать", "генерал", "адмирал", "маршал", "посол", "консул", "персонал", "короли",
    };

    /// <summary>
    /// Whether a lone lower-case Russian word names no one, so that it never becomes an actor of its own: a verb standing
    /// alone (<see cref="RussianForms.IsLoneVerb"/>: an infinitive, a past form and its reflexive), a pronoun or
    /// relative (<see cref="Pronouns"/>), a particle or adverb (<see cref="Particles"/>), an adjective standing alone in
    /// the instrumental plural or a superlative, or a message's, claim's or finding's noun in any case
    /// (<see cref="MessageNouns"/>). Not a word of a party or a title ("власти", "ведомство", "министр"), nor a noun
    /// of those who do ("родители", "жители", "учителя", "следователи": "-тели" is an agent noun's plural, "власти" no infinitive).
    /// </summary>
    public static bool Contains(string word)
    {
        if (word.Length < 2 || !RussianCases.IsCyrillic(word[0]) || !char.IsLower(word[0]) || word.Contains('-')
            || PartyWords.NamesAParty(word) || PartyWords.IsTitleInAnyCase(word))
        {
            return false;
        }

        if (Pronouns.Contains(word) || Particles.Contains(word) || MessageNouns.Any(noun => RussianCases.SameWord(word, noun)))
        {
            return true;
        }

        // "признал виновными", "от дальнейших комментариев": an adjective standing alone in the instrumental plural, or a
        // superlative, qualifies what was said or whom it was of, and names no one ("пострадавших", "жители" do).
        if (word.Length > 5 && (word.EndsWith("ыми", StringComparison.Ordinal) || word.EndsWith("ими", StringComparison.Ordinal)
            || word.Contains("ейш") || word.Contains("айш")))
        {
            return true;
        }

        return word.Length > 3 && !PeopleLikeVerbs.Contains(word) && !word.EndsWith("тели", StringComparison.Ordinal) && RussianForms.IsLoneVerb(word);
    }
}
