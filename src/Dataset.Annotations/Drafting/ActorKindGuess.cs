using System;
using System.Linq;
using Dataset.Annotations.Model;
using Dataset.Annotations.Text;

namespace Dataset.Annotations.Drafting;

/// <summary>
/// Guesses what kind of party a name written in an article is, from its words: a country is a state; a ministry,
/// council or commission a government body; officials, diplomats or any plural a group; a company, union or party an
/// organization; a title or a first and last name a person.
/// </summary>
internal static class ActorKindGuess
{
    /// <summary>
    /// Whether a phrase can name a party: a capitalised word in it ("Iran", "the Doe ministry"), or a last word that
    /// names one ("senior military figures", "a firm"); "more sanctions" or "while also considering" cannot.
    /// </summary>
    public static bool IsPartyName(string phrase)
    {
        var words = Text.Words.Split(phrase);
        return words.Count > 0 && (words.Any(w => char.IsUpper(w[0])) || PartyWords.NamesAParty(words[words.Count - 1]));
    }

    public static string Guess(string name, bool hasTitle)
    {
        var words = Text.Words.Split(name);
        if (words.Count == 0)
        {
            return ActorKindNames.Group;
        }

        var lower = words.Select(w => w.ToLowerInvariant()).ToList();
        if (Countries.IsCountry(name))
        {
            return ActorKindNames.State;
        }

        // "senior military figures" are people, not the military: the last word says what the party is.
        if (PartyWords.Group.Contains(lower[lower.Count - 1]))
        {
            return ActorKindNames.Group;
        }

        if (words.Any(PartyWords.IsGovernment))
        {
            return ActorKindNames.GovernmentBody;
        }

        if (lower.Any(PartyWords.Organization.Contains) && !hasTitle)
        {
            return ActorKindNames.Organization;
        }

        var last = words[words.Count - 1];
        if (PartyWords.Group.Contains(lower[lower.Count - 1]) || (IsPlural(last) && char.IsLower(last[0])))
        {
            return ActorKindNames.Group;
        }

        if (hasTitle || lower.Any(PartyWords.Title.Contains))
        {
            return ActorKindNames.Person;
        }

        // "Jane Doe": capitalised words, none of them a body's.
        if (words.Count >= 2 && words.All(w => char.IsUpper(w[0])))
        {
            return ActorKindNames.Person;
        }

        // An acronym ("OPEC", "UNICEF") is a body; a single capitalised word most often a surname.
        return words.Count == 1 && words[0].Length > 1 && words[0].All(char.IsUpper) ? ActorKindNames.Organization : ActorKindNames.Person;
    }

    private static bool IsPlural(string word) =>
        word.Length > 3 && word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal);

}
