using System.Collections.Generic;
using System.Linq;

namespace Dataset.Annotations.Events;

/// <summary>
/// Whom each actor speaks for: the actors its <c>roles</c> are held in (a prime minister for her state, a foreign
/// ministry for its state, an owner for his company), and theirs in turn, so that a ministry's spokesman speaks for
/// the ministry and for its state; a government body declared without roles speaks for the one state its name names
/// (<see cref="BodyStates"/>). One utterance is reported as the person's in one article and as the state's in
/// another; the identity key lets such speakers meet (docs/events.md).
/// </summary>
internal sealed class Voices
{
    public static readonly Voices None = new(new Dictionary<string, string[]>(System.StringComparer.Ordinal));

    // Only the actors that hold a role: every other actor speaks for itself alone.
    private readonly Dictionary<string, string[]> _for;

    // The actors some other actor speaks for.
    private readonly HashSet<string> _spokenFor;

    private Voices(Dictionary<string, string[]> speaksFor)
    {
        _for = speaksFor;
        _spokenFor = new HashSet<string>(speaksFor.Values.SelectMany(v => v), System.StringComparer.Ordinal);
    }

    /// <summary>The voices of the declared actors, the first declaration of each id (in path order) being the actor.</summary>
    public static Voices Of(IEnumerable<ActorFacts> declared)
    {
        var actors = ActorFacts.FirstOfEach(declared).Values;
        var roles = actors
            .Where(a => a.RoleOf.Count > 0)
            .ToDictionary(a => a.Id, a => (IReadOnlyList<string>)a.RoleOf, System.StringComparer.Ordinal);

        // A body without roles whose name names its state acts for that state, as with a role.
        foreach (var body in BodyStates.Of(actors))
        {
            roles[body.Key] = [body.Value];
        }

        var speaksFor = new Dictionary<string, string[]>(System.StringComparer.Ordinal);
        foreach (var id in roles.Keys)
        {
            // Most roles are held in an actor that holds none: those are all it speaks for.
            if (!roles[id].Any(roles.ContainsKey) && !roles[id].Contains(id))
            {
                speaksFor[id] = roles[id].ToArray();
                continue;
            }

            // Else every actor reached through roles, once, without the actor itself (a cycle of roles ends where it began).
            var reached = new SortedSet<string>(System.StringComparer.Ordinal);
            var queue = new Queue<string>(roles[id]);
            while (queue.Count > 0)
            {
                var next = queue.Dequeue();
                if (next != id && reached.Add(next) && roles.TryGetValue(next, out var further))
                {
                    foreach (var other in further)
                    {
                        queue.Enqueue(other);
                    }
                }
            }

            if (reached.Count > 0)
            {
                speaksFor[id] = reached.ToArray();
            }
        }

        return new Voices(speaksFor);
    }

    /// <summary>The actors this one speaks for through its roles, in ordinal order; empty for most.</summary>
    public IReadOnlyList<string> For(string id) => _for.TryGetValue(id, out var found) ? found : System.Array.Empty<string>();

    /// <summary>Whether some actor speaks for this one.</summary>
    public bool IsSpokenFor(string id) => _spokenFor.Contains(id);

    /// <summary>Whether one of two actors speaks for the other (not merely both for a third: two ministers of one state are two speakers).</summary>
    public bool OneSpeaksFor(string a, string b) => For(a).Contains(b) || For(b).Contains(a);

    /// <summary>The actors whose voices differ between two states of the folder: the speakers whose records must be placed anew.</summary>
    public IEnumerable<string> ChangedFrom(Voices before) =>
        _for.Keys.Concat(before._for.Keys)
            .Distinct(System.StringComparer.Ordinal)
            .Where(id => !For(id).SequenceEqual(before.For(id), System.StringComparer.Ordinal));
}
