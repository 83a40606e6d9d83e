using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Text;

namespace Dataset.Annotations.Events;

/// <summary>
/// The state a government body declared without roles acts for, read from its own name or an alias that names one
/// declared state, by the state's name or an alias, as whole words ("US Treasury", "Peru's foreign ministry",
/// "Republic of Fiji Navy"): a body's name says whose it is as a role would. A name that names no state, or several
/// ("Canada-US Joint Commission" names neither, "Canada US Joint Commission" two), says nothing.
/// </summary>
internal static class BodyStates
{
    public const string BodyKind = Model.ActorKindNames.GovernmentBody;

    public const string StateKind = Model.ActorKindNames.State;

    /// <summary>The state each government body without roles names, for the bodies that name exactly one.</summary>
    public static Dictionary<string, string> Of(IReadOnlyCollection<ActorFacts> actors)
    {
        var found = new Dictionary<string, string>(System.StringComparer.Ordinal);
        var bodies = actors.Where(a => a.Kind == BodyKind && a.RoleOf.Count == 0).ToList();
        if (bodies.Count == 0)
        {
            return found;
        }

        // Each state's names as words, under their first word: a body's words look up only the names that start with one.
        var statesByFirstWord = new Dictionary<string, List<(string[] Words, string Id)>>(System.StringComparer.Ordinal);
        foreach (var state in actors.Where(a => a.Kind == StateKind))
        {
            foreach (var name in state.Aliases.Prepend(state.Name).Select(NameWords).Where(w => w.Length > 0))
            {
                if (!statesByFirstWord.TryGetValue(name[0], out var names))
                {
                    statesByFirstWord[name[0]] = names = new List<(string[], string)>();
                }

                names.Add((name, state.Id));
            }
        }

        foreach (var body in bodies)
        {
            var named = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var words in body.Aliases.Prepend(body.Name).Select(NameWords))
            {
                for (var at = 0; at < words.Length; at++)
                {
                    foreach (var state in statesByFirstWord.TryGetValue(words[at], out var names) ? names : [])
                    {
                        if (StartsAt(words, at, state.Words) && state.Id != body.Id)
                        {
                            named.Add(state.Id);
                        }
                    }
                }
            }

            if (named.Count == 1)
            {
                found[body.Id] = named.First();
            }
        }

        return found;
    }

    /// <summary>A name's words as compared: split at spaces, a possessive's "'s" and a trailing comma dropped ("Peru's" is "Peru").</summary>
    private static string[] NameWords(string name) =>
        Words.AtSpaces(name)
            .Select(w => w.Replace('\u2019', '\'').TrimEnd(','))
            .Select(w => w.EndsWith("'s", System.StringComparison.Ordinal) ? w.Substring(0, w.Length - 2) : w)
            .Where(w => w.Length > 0)
            .ToArray();

    private static bool StartsAt(string[] words, int at, string[] name)
    {
        if (at + name.Length > words.Length)
        {
            return false;
        }

        for (var k = 0; k < name.Length; k++)
        {
            if (words[at + k] != name[k])
            {
                return false;
            }
        }

        return true;
    }
}
