using System;
using System.Collections.Generic;
using System.Linq;

namespace Dataset.Annotations.Drafting;

/// <summary>
/// Guesses what kind of party a name written in an article is, from its words: a country is a state; a ministry,
/// council or commission a government body; officials, diplomats or any plural a group; a company, union or party an
/// organization; a title or a first and last name a person.
/// </summary>
internal static class ActorKinds
{
    /// <summary>What separates a name's words.</summary>
    private static readonly char[] NameSeparators = [' ', '\u00A0', '-', '\'', '\u2019', ','];

    private static readonly HashSet<string> GovernmentWords = Set(
        "ministry", "ministries", "council", "commission", "department", "government", "parliament", "cabinet", "senate",
        "congress", "assembly", "office", "court", "police", "army", "military", "navy", "forces", "agency", "authority",
        "authorities", "administration", "presidency", "kremlin", "pentagon", "white", "treasury", "embassy", "prosecutor",
        "prosecutors", "regulator", "bureau", "directorate", "secretariat", "municipality", "junta", "legislature");

    private static readonly HashSet<string> OrganizationWords = Set(
        "company", "corporation", "corp", "inc", "ltd", "plc", "group", "bank", "union", "party", "association",
        "organisation", "organization", "federation", "foundation", "fund", "programme", "program", "institute",
        "alliance", "nato", "un", "eu", "opec", "who", "imf", "network", "channel", "newspaper", "agency", "coalition",
        "movement", "front", "committee", "society", "club", "league", "firm", "airline", "airways", "holdings", "bloc");

    private static readonly HashSet<string> GroupWords = Set(
        "officials", "diplomats", "residents", "analysts", "protesters", "protestors", "rebels", "lawmakers", "experts",
        "sources", "workers", "farmers", "doctors", "people", "families", "witnesses", "leaders", "ministers", "members",
        "militants", "activists", "investors", "economists", "traders", "voters", "students", "critics", "observers",
        "representatives", "ambassadors", "envoys", "negotiators", "governments", "states", "countries", "nations",
        "allies", "partners", "figures", "individuals", "entities", "companies", "firms", "banks", "suppliers", "staff",
        "employees", "unions", "groups", "organisers", "organizers", "locals", "villagers", "survivors", "relatives");

    /// <summary>Words that make the name after them a person's: "Defence Minister Jane Doe", "spokesman Ned Price".</summary>
    public static readonly HashSet<string> TitleWords = Set(
        "minister", "secretary", "president", "spokesman", "spokeswoman", "spokesperson", "ambassador", "chief",
        "director", "governor", "mayor", "senator", "general", "gen", "chancellor", "king", "queen", "prince", "envoy",
        "commissioner", "chairman", "chairwoman", "chair", "ceo", "premier", "leader", "official", "adviser", "advisor",
        "judge", "prosecutor", "colonel", "col", "captain", "admiral", "lieutenant", "sergeant", "major", "commander",
        "mr", "mrs", "ms", "dr", "prof", "professor", "sen", "rep", "representative", "gov", "deputy", "head", "economist",
        "analyst", "researcher", "lawyer", "attorney", "founder", "executive", "manager", "officer", "coordinator",
        "rapporteur", "pope", "cardinal", "bishop", "sheikh", "emir", "sultan", "speaker", "lawmaker", "mp", "justice",
        "inspector", "superintendent", "spokesperson", "representative", "counterpart", "negotiator", "diplomat");

    /// <summary>Whether a word names a party of its own: a title, a body or a group ("spokesman", "ministry", "officials").</summary>
    public static bool NamesAParty(string word)
    {
        var lower = new string(word.Where(char.IsLetter).ToArray()).ToLowerInvariant();
        return TitleWords.Contains(lower) || GovernmentWords.Contains(lower) || GroupWords.Contains(lower) || OrganizationWords.Contains(lower);
    }

    /// <summary>
    /// Whether a phrase can name a party: a capitalised word in it ("Iran", "the Doe ministry"), or a last word that
    /// names one ("senior military figures", "a firm"); "more sanctions" or "while also considering" cannot.
    /// </summary>
    public static bool IsPartyName(string phrase)
    {
        var words = Words(phrase);
        return words.Count > 0 && (words.Any(w => char.IsUpper(w[0])) || NamesAParty(words[words.Count - 1]));
    }

    public static string Guess(string name, bool hasTitle)
    {
        var words = Words(name);
        if (words.Count == 0)
        {
            return "group";
        }

        var lower = words.Select(w => w.ToLowerInvariant()).ToList();
        if (Countries.IsCountry(name))
        {
            return "state";
        }

        // "senior military figures" are people, not the military: the last word says what the party is.
        if (GroupWords.Contains(lower[lower.Count - 1]))
        {
            return "group";
        }

        if (lower.Any(GovernmentWords.Contains))
        {
            return "government-body";
        }

        if (lower.Any(OrganizationWords.Contains) && !hasTitle)
        {
            return "organization";
        }

        if (GroupWords.Contains(lower[lower.Count - 1]) || (lower.Count > 0 && IsPlural(words[words.Count - 1]) && char.IsLower(words[words.Count - 1][0])))
        {
            return "group";
        }

        if (hasTitle || lower.Any(TitleWords.Contains))
        {
            return "person";
        }

        // "Jane Doe": capitalised words, none of them a body's.
        if (words.Count >= 2 && words.All(w => char.IsUpper(w[0])))
        {
            return "person";
        }

        // An acronym ("OPEC", "UNICEF") is a body; a single capitalised word most often a surname.
        return words.Count == 1 && words[0].Length > 1 && words[0].All(char.IsUpper) ? "organization" : "person";
    }

    public static List<string> Words(string name) =>
        name.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0)
            .ToList();

    private static bool IsPlural(string word) =>
        word.Length > 3 && word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal);

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
