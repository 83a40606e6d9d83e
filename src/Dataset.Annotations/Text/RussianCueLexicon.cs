using System;
using System.Collections.Generic;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Text;

/// <summary>
/// The reporting verbs of Russian news, as a small morphology table: each entry lists a verb's stems (perfective and
/// imperfective) and the act it most likely reports; every stem takes the endings of the past (заявил, заявила,
/// заявило, заявили), the present and future (заявляет, заявляют, заявит), the infinitive, the gerund (заявив) and
/// the reflexive (отказался, отказалась). A stem marked <c>*</c> is as often another verb ("назвал имя", "считает
/// деньги"): it counts only before a quote or "что". Checked against the schema's acts when read, as the English lexicon is.
/// </summary>
internal static class RussianCueLexicon
{
    private static readonly string[] Endings =
    {
        "", "л", "ла", "ло", "ли", "ть", "в", "т", "ет", "ют", "ит", "ят", "ут", "ат", "ёт",
        "лся", "лась", "лось", "лись", "ться", "ется", "ются", "ится", "ятся", "вшись",
    };

    // act : stems
    private static readonly string[] Entries =
    {
        "claim : заяви заявля сообщи сообща сказа говори говор отмети отмеча подчеркну подчёркива подчеркива добави добавля уточни уточня"
            + " поясни поясня объясни объясня ответи отвеча написа рассказа рассказыва назва* называ* констатирова жалова жалу пожалова"
            // "В министерстве напомнили, что …": reminding states again what is so.
            + " напомни напомина"
            // "утверждает, что руководство знало": asserting is a claim; "расписание утверждают регионы" approves, so only before "что".
            + " утвержда*",
        "deny : опроверг опроверга отверг отверга отрица",
        "condemn : осуди осужда раскритикова критикова критику",
        "urge : призва призыва рекомендова рекоменду порекомендова",
        // "Она посоветовала им заказать оценку": advising someone to do a thing urges it.
        "urge : посоветова",
        // An instruction is a demand of its own, though no speech: "поручил провести экспертизу", "распорядился закрыть".
        "demand : потребова требова требу поручи поруча распоряди приказа приказыва",
        // "Жители Томска добиваются запрета на вырубку": pressing for a thing is a demand; only the imperfective stem, as
        // "добились запрета" tells what was won.
        "demand : добива",
        "pledge : пообеща обеща поклял",
        // "заверил, что зарплату получат полностью": assuring is a pledge; "нотариус заверил подпись" certifies, so only before "что".
        "pledge : завери* заверя*",
        "accuse : обвини обвиня",
        "warn : предупреди предупрежда пригрози угрожа",
        "confirm : подтверди подтвержда призна признава",
        "announce : объяви объявля анонсирова",
        "request : попроси проси",
        "assess : оцени оценива прогнозиру спрогнозирова счита*",
        // "Аналитик … ожидает, что цены не вырастут": an expectation is a forecast; "ожидает решения суда" waits, so only before "что".
        "assess : ожида*",
        // "Экономист … полагает, что сетей не останется": supposing is a view held; "полагается компенсация" is due, so only before "что".
        "assess : полага*",
        "support : приветствова поддержа",
        "express-concern : вырази выража",
        // "медики опасаются сокращений": fearing is a concern voiced, with no noun of concern after it.
        "express-concern : опаса",
        "decline-comment : отказа отказыва",
        // "обсудил ситуацию по телефону с руководителем Росавиации": a talk the sets annotate as a statement of its own.
        "discuss : обсуди обсужда",
    };

    /// <summary>
    /// "Новосибирской области", "Краснодарского края": the genitive nouns of a region, which end a body's name or a
    /// person's title ("прокуратуры Новосибирской области", "министр … Новгородской области Алексей Тимофеев").
    /// </summary>
    public static readonly WordSet RegionGenitives = new("области", "края", "округа", "республики");

    /// <summary>
    /// Words that call a deed wrong: "назвал решение «недружественным шагом»", "назвала повышение цен «грабежом»" is a
    /// condemnation, where "назвал ситуацию «беспрецедентной»" names no act.
    /// </summary>
    public static readonly StemSet Pejoratives = new(
        "недружествен", "враждебн", "грабеж", "грабёж", "провокац", "позор", "абсурд", "преступн", "варварск", "незаконн",
        "агресси", "террор", "шантаж", "ошибк", "ошибочн", "недопустим", "неприемлем", "циничн", "лицемер", "безответствен",
        "издевательств", "возмутительн", "вредительств", "произвол", "беззакони",
        // "назвала строительство без обсуждений «неуважением к жителям»": disrespect is a wrong done to someone.
        "неуважени", "пренебрежени",
        // "назвала арест чрезмерной мерой": a measure beyond what is due is a wrong done by whoever took it.
        "чрезмерн");

    /// <summary>
    /// Words that call a claim unfounded: "назвали претензии родителей необоснованными" is a denial, where "назвал
    /// претензии обоснованными" agrees.
    /// </summary>
    public static readonly StemSet Dismissals = new(
        "необоснованн", "безосновательн", "беспочвенн", "надуманн", "голословн", "клеветническ", "ложным", "ложными", "ложной",
        // "назвала цифры профсоюза завышенными": figures called inflated or exaggerated are denied.
        "завышенн", "преувеличенн");

    /// <summary>The first person of the present and future: "осуждаем", "требую", "заявим" — the source naming its own act.</summary>
    private static readonly string[] FirstPersonEndings = { "ю", "ем", "м" };

    private static readonly Dictionary<WordKey, CueWord> Forms = Read(Entries);

    private static readonly Dictionary<WordKey, CueWord> FirstPersonForms = Read(Entries, FirstPersonEndings);

    /// <summary>
    /// "эколог", "социолога": a scholar's noun in "-олог", in the nominative or the genitive, in lower case; not "монолог",
    /// "некролог", "пролог".
    /// </summary>
    public static bool IsScholarNoun(string lower)
    {
        var nominative = lower.EndsWith("олога", System.StringComparison.Ordinal) ? lower.Substring(0, lower.Length - 1) : lower;
        return nominative.Length > 5 && nominative.EndsWith("олог", System.StringComparison.Ordinal)
            && nominative is not ("монолог" or "некролог" or "пролог");
    }

    /// <summary>
    /// "врач", "экономиста", "юриста": a noun of a person's trade, in the nominative or the genitive, in lower case, which
    /// titles the name after it as a title does; a scholar's noun (<see cref="IsScholarNoun"/>) too.
    /// </summary>
    public static bool IsTradeNoun(string lower) =>
        TradeNouns.Contains(lower)
            || (lower.EndsWith("а", StringComparison.Ordinal) && TradeNouns.Contains(lower.Substring(0, lower.Length - 1)))
            || (lower.EndsWith("ки", StringComparison.Ordinal) && TradeNouns.Contains(lower.Substring(0, lower.Length - 1) + "а"))
            || IsScholarNoun(lower);

    private static readonly HashSet<string> TradeNouns = new(StringComparer.Ordinal)
    {
        "врач", "главврач", "активист", "активистка", "юрист", "экономист", "экономистка",
    };

    /// <summary>The reporting-verb form the token is, or null.</summary>
    public static CueWord? Find(string text, Token token) => CueLexicon.Find(Forms, text, token);

    /// <summary>
    /// The reporting verb the token is in the first person ("мы осуждаем", "я требую"), or null: inside what was said,
    /// not a cue of the sentence, so kept apart from <see cref="Find"/>.
    /// </summary>
    public static CueWord? FindFirstPerson(string text, Token token) => CueLexicon.Find(FirstPersonForms, text, token);

    /// <summary>Reads entries as the lexicon writes them; an act the schema does not have is refused.</summary>
    /// <exception cref="InvalidOperationException">An entry names an act that is not one of <see cref="SpeechActs.All"/>.</exception>
    public static Dictionary<WordKey, CueWord> Read(IEnumerable<string> entries) => Read(entries, Endings);

    private static Dictionary<WordKey, CueWord> Read(IEnumerable<string> entries, string[] endings)
    {
        var forms = new Dictionary<WordKey, CueWord>();
        foreach (var entry in entries)
        {
            var parts = entry.Split(' ');
            var act = CueLexicon.Act(entry, parts[0]);

            for (var i = 2; i < parts.Length; i++)
            {
                var ambiguous = parts[i].EndsWith("*", StringComparison.Ordinal);
                var stem = parts[i].TrimEnd('*');
                foreach (var ending in endings)
                {
                    // A bare stem is a form only where it ends in a consonant ("отверг"): "критику" is a noun, "заяви" an imperative.
                    if (ending.Length == 0 && IsVowel(stem[stem.Length - 1]))
                    {
                        continue;
                    }

                    Add(forms, stem + ending, new CueWord(parts[2].TrimEnd('*'), act, CueForm.Past, ambiguous, inverts: true));
                }

                // "рыбаки просят", "сообщат": a verb of the second conjugation (its stem ending in "и") says "they" with
                // "ят", "ат" after a hushing consonant, in place of the stem's "и".
                if (ReferenceEquals(endings, Endings) && stem.Length > 2 && stem[stem.Length - 1] == 'и')
                {
                    var root = stem.Substring(0, stem.Length - 1);
                    var plural = root + ("жчшщ".IndexOf(root[root.Length - 1]) >= 0 ? "ат" : "ят");
                    Add(forms, plural, new CueWord(parts[2].TrimEnd('*'), act, CueForm.Past, ambiguous, inverts: true));
                }
            }
        }

        return forms;
    }

    private static void Add(Dictionary<WordKey, CueWord> forms, string form, CueWord word)
    {
        var key = new WordKey(form);
        if (!forms.ContainsKey(key))
        {
            forms[key] = word;
        }
    }

    private static bool IsVowel(char c) => "аеёиоуыэюя".IndexOf(char.ToLowerInvariant(c)) >= 0;
}
