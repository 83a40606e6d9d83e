using System;

namespace Dataset.Annotations.Drafting.Acts;

/// <summary>Whose future a verb form tells: the speaker's side ("выплатим") or a third party's ("заменят").</summary>
internal enum RussianPerson
{
    None,
    First,
    Third,
}

/// <summary>
/// Tense and person of a Russian word by its form alone, as the act rules need them: a perfective verb's present form
/// is its future ("проведёт", "заменят", "выплатим"), told by a perfective prefix and a personal ending; the
/// imperfective present ("проводит", "заменяет", "получают") has the same endings and is told apart by its suffix.
/// </summary>
internal static class RussianVerbForms
{
    /// <summary>Perfective prefixes, longest first so that "пере-" is not read as "п…".</summary>
    private static readonly string[] Prefixes =
    {
        "пере", "пред", "разо", "раз", "рас", "под", "про", "при", "вы", "за", "по", "от", "на", "об", "до", "из", "ис", "вз", "вс", "воз",
        "с", "у", "о", "в",
    };

    private static readonly string[] ThirdEndings = { "ит", "ят", "ет", "ёт", "ут", "ют", "чат", "шат", "жат", "щат" };

    private static readonly string[] FirstEndings = { "им", "ем", "ём" };

    /// <summary>
    /// The imperfective present: "-ает", "-яет", "-ует" ("заменяет", "планирует"), and "-одит", "-осит" of verbs of going
    /// and carrying ("проводит", "приносит"), whose perfective is another stem ("проведёт", "принесёт").
    /// </summary>
    private static readonly string[] ImperfectiveSuffixes =
    {
        "ает", "яет", "ают", "яют", "ует", "уют", "аем", "яем", "уем", "одит", "одят", "осит", "осят", "одим", "осим",
    };

    /// <summary>
    /// Instrumental adjectives and nouns end as a first-person plural does ("последним", "высоким", "подорожанием",
    /// "объёмом" does not); so do a few adverbs (<see cref="NotVerbs"/>).
    /// </summary>
    private static readonly string[] AdjectiveEndings = { "ким", "гим", "хим", "ним", "шим", "щим", "жим", "ием", "ьем", "ьём" };

    private static readonly string[] NotVerbs = { "совсем", "причём", "причем", "затем", "потом" };

    /// <summary>Nouns that end as an infinitive does; longer ones in "-сть" ("часть", "область") are told by that ending.</summary>
    private static readonly string[] ShortNouns = { "путь", "суть", "сеть", "мать", "треть", "ртуть", "ночь", "речь", "дочь", "печь" };

    /// <summary>A root at least this long between prefix and ending: "ответ", "совет", "запрет" are nouns, "проведёт" a verb.</summary>
    private const int MinRoot = 3;

    /// <summary>Whose future a perfective present form tells, or <see cref="RussianPerson.None"/> when the word is none.</summary>
    public static RussianPerson PerfectiveFuture(string word)
    {
        var w = word.ToLowerInvariant();
        w = w.EndsWith("ся", StringComparison.Ordinal) || w.EndsWith("сь", StringComparison.Ordinal) ? w.Substring(0, w.Length - 2) : w;
        if (Array.IndexOf(NotVerbs, w) >= 0 || EndsWithAny(w, ImperfectiveSuffixes))
        {
            return RussianPerson.None;
        }

        var ending = Ending(w, FirstEndings);
        var person = RussianPerson.First;
        if (ending == 0 || EndsWithAny(w, AdjectiveEndings))
        {
            ending = Ending(w, ThirdEndings);
            person = RussianPerson.Third;
        }

        if (ending == 0)
        {
            return RussianPerson.None;
        }

        foreach (var prefix in Prefixes)
        {
            if (w.StartsWith(prefix, StringComparison.Ordinal) && w.Length - prefix.Length - ending >= MinRoot)
            {
                return person;
            }
        }

        return RussianPerson.None;
    }

    /// <summary>"вернуть", "обратиться", "помочь", "идти", "дать": an infinitive, by its ending (not "путь", "часть", "ночь").</summary>
    public static bool IsInfinitive(string word)
    {
        var w = word.ToLowerInvariant();
        return w.Length > 3
            && Array.IndexOf(ShortNouns, w) < 0
            && !w.EndsWith("сть", StringComparison.Ordinal)
            && (w.EndsWith("ть", StringComparison.Ordinal) || w.EndsWith("ться", StringComparison.Ordinal) || w.EndsWith("чь", StringComparison.Ordinal)
                || w.EndsWith("ти", StringComparison.Ordinal));
    }

    private static int Ending(string word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return ending.Length;
            }
        }

        return 0;
    }

    private static bool EndsWithAny(string word, string[] endings) => Ending(word, endings) > 0;
}
