using System;
using System.Collections.Generic;
using System.Linq;

namespace Dataset.Annotations.Text;

/// <summary>
/// Words that name a party of their own — a title, a body, an organisation or a group — in English and Russian: what
/// tells "Defence Minister Jane Doe" from "Jane Doe", and "Russia's foreign ministry" from Russia.
/// </summary>
internal static class PartyWords
{
    public static readonly HashSet<string> Government = Set(
"ministry", "ministries", "council", "commission", "department", "government", "parliament", "cabinet", "senate",
        "congress", "assembly", "office", "court", "police", "army", "military", "navy", "forces", "agency", "authority",
        "authorities", "administration", "presidency", "kremlin", "pentagon", "white", "treasury", "embassy", "prosecutor",
        "prosecutors", "regulator", "bureau", "directorate", "secretariat", "municipality", "junta", "legislature",
        "министерство", "мид", "правительство", "ведомство", "пресс-служба", "администрация", "кремль", "власти", "посольство",
        "парламент", "дума", "суд", "прокуратура", "мэрия", "департамент", "таможня");

    public static readonly HashSet<string> Organization = Set(
"company", "corporation", "corp", "inc", "ltd", "plc", "group", "bank", "union", "party", "association",
        "organisation", "organization", "federation", "foundation", "fund", "programme", "program", "institute",
        "alliance", "nato", "un", "eu", "opec", "who", "imf", "network", "channel", "newspaper", "agency", "coalition",
        "movement", "front", "committee", "society", "club", "league", "firm", "airline", "airways", "holdings", "bloc",
        "компания", "агентство", "корпорация", "партия", "союз", "банк", "фонд", "группа", "организация");

    public static readonly HashSet<string> Group = Set(
"officials", "diplomats", "residents", "analysts", "protesters", "protestors", "rebels", "lawmakers", "experts",
        "sources", "workers", "farmers", "doctors", "people", "families", "witnesses", "leaders", "ministers", "members",
        "militants", "activists", "investors", "economists", "traders", "voters", "students", "critics", "observers",
        "representatives", "ambassadors", "envoys", "negotiators", "governments", "states", "countries", "nations",
        "allies", "partners", "figures", "individuals", "entities", "companies", "firms", "banks", "suppliers", "staff",
        "employees", "unions", "groups", "organisers", "organizers", "locals", "villagers", "survivors", "relatives",
        "представители", "эксперты", "аналитики", "чиновники", "источники", "жители");

    /// <summary>Words that make the name after them a person's: "Defence Minister Jane Doe", "spokesman Ned Price", "министр Ерлан Сатпаев".</summary>
    public static readonly HashSet<string> Title = Set(
"minister", "secretary", "president", "spokesman", "spokeswoman", "spokesperson", "ambassador", "chief",
        "director", "governor", "mayor", "senator", "general", "gen", "chancellor", "king", "queen", "prince", "envoy",
        "commissioner", "chairman", "chairwoman", "chair", "ceo", "premier", "leader", "official", "adviser", "advisor",
        "judge", "prosecutor", "colonel", "col", "captain", "admiral", "lieutenant", "sergeant", "major", "commander",
        "mr", "mrs", "ms", "dr", "prof", "professor", "sen", "rep", "representative", "gov", "deputy", "head", "economist",
        "analyst", "researcher", "lawyer", "attorney", "founder", "executive", "manager", "officer", "coordinator",
        "rapporteur", "pope", "cardinal", "bishop", "sheikh", "emir", "sultan", "speaker", "lawmaker", "mp", "justice",
        "inspector", "superintendent", "spokesperson", "representative", "counterpart", "negotiator", "diplomat",
        "министр", "представитель", "пресс-секретарь", "губернатор", "депутат", "директор", "вице-премьер", "премьер-министр", "глава",
        "председатель", "посол", "аналитик", "спикер", "президент", "советник", "эксперт", "уполномоченный", "адвокат", "начальник",
        "руководитель", "заместитель", "мэр", "координатор", "профессор", "заведующий", "заведующая", "историк");

    /// <summary>"вице-президент", "экс-министр", "vice-president": a title with its prefix is the title.</summary>
    private static readonly string[] TitlePrefixes = { "вице-", "экс-", "vice-", "ex-" };

    /// <summary>
    /// The stems of the Russian nouns of a body's office: "управление", "отделение", "филиал" — an office of the party
    /// named after it ("управления СК России"), not that party.
    /// </summary>
    private static readonly string[] OfficeStems = { "управлени", "отделени", "филиал", "подразделени" };

    /// <summary>The stems of the Russian words of the sets, so that "министерстве" and "правительства" are found in any case.</summary>
    private static readonly HashSet<string> RussianStems = Stems(Government, Organization, Group, Title);

    private static readonly HashSet<string> GovernmentStems = Stems(Government);

    private static readonly HashSet<string> TitleStems = Stems(Title);

    /// <summary>
    /// Whether a word names a party of its own: a title, a body or a group ("spokesman", "ministry", "officials"); a
    /// Russian one in any case.
    /// </summary>
    public static bool NamesAParty(string word)
    {
        var lower = word.Trim('.', ',', '\u00AB', '\u00BB', '"').ToLowerInvariant();
        var letters = new string(lower.Where(char.IsLetter).ToArray());
        return IsIn(lower) || IsIn(letters) || (lower.Length > 0 && RussianStems.Contains(Stem(lower)));
    }

    /// <summary>Whether any word of <c>text[start..end)</c> names a party of its own.</summary>
    public static bool AnyIn(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (Words.IsWordChar(text[i]) && (i == start || !Words.IsWordChar(text[i - 1])))
            {
                var wordEnd = Words.WordEnd(text, i, end);
                if (NamesAParty(text.Substring(i, wordEnd - i)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a word is a title: "Minister", "Gen.", "пресс-секретарь".</summary>
    public static bool IsTitle(string word)
    {
        var lower = word.ToLowerInvariant().TrimEnd('.');
        var prefix = TitlePrefixes.FirstOrDefault(p => lower.StartsWith(p, StringComparison.Ordinal) && lower.Length > p.Length);
        return Title.Contains(prefix is null ? lower : lower.Substring(prefix.Length));
    }

    /// <summary>Whether a Russian word is a title in any case: "эксперта", "директору", "министром".</summary>
    public static bool IsTitleInAnyCase(string word)
    {
        var lower = word.ToLowerInvariant();
        return IsTitle(lower) || (lower.Length > 0 && RussianCases.IsCyrillic(lower[0]) && TitleStems.Contains(Stem(lower)));
    }

    /// <summary>
    /// Whether a word names a government body or its office: "ministry", a Russian one in any case ("министерства",
    /// "прокуратуре"), "управлении".
    /// </summary>
    public static bool IsGovernment(string word)
    {
        var lower = word.ToLowerInvariant();
        return Government.Contains(lower) || IsOffice(lower)
            || (lower.Length > 0 && RussianCases.IsCyrillic(lower[0]) && GovernmentStems.Contains(Stem(lower)));
    }

    /// <summary>Whether a word is the noun of a body's office, in any case: "управления", "отделении", "филиала".</summary>
    public static bool IsOffice(string word)
    {
        var lower = word.ToLowerInvariant();
        return OfficeStems.Any(stem => lower.StartsWith(stem, StringComparison.Ordinal));
    }

    /// <summary>Whether the words of <c>text[start..end)</c> are all lower case and none names a party.</summary>
    public static bool NoPartyIn(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!Words.IsWordChar(text[i]) || (i > start && Words.IsWordChar(text[i - 1])))
            {
                continue;
            }

            var wordEnd = Words.WordEnd(text, i, end);
            if (char.IsUpper(text[i]) || NamesAParty(text.Substring(i, wordEnd - i)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIn(string word) => Title.Contains(word) || Government.Contains(word) || Group.Contains(word) || Organization.Contains(word);

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);

    private static string Stem(string word) => word.Substring(0, RussianCases.StemLength(word, 0, word.Length));

    private static HashSet<string> Stems(params HashSet<string>[] sets) =>
        new(sets.SelectMany(set => set).Where(w => RussianCases.IsCyrillic(w[0])).Select(Stem), StringComparer.Ordinal);
}
