using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Model;
using Dataset.Annotations.Text;
using Dataset.EventFormat;

namespace Dataset.Annotations.Events;

/// <summary>
/// Actors that are one person or body: the groups <c>same-as</c> forms (through the one <c>EventGrouping</c>, so the
/// first id of a group in ordinal order names it everywhere), the <c>distinct-from</c> that contradict them, and the
/// pairs that look like one actor and that neither decides: the same Wikidata item, a shared name or alias, or near
/// names of the same kind (a spelling at most two letters apart).
/// </summary>
internal static class ActorLinks
{
    private const int NearNameDistance = 2;

    /// <summary>Names shorter than this are too often alike by chance to be called near.</summary>
    private const int NearNameMinLength = 8;

    /// <summary>The suggestions and contradictions of these actors (each id's first declaration in path order).</summary>
    public static (List<LinkSuggestion> Suggestions, List<LinkContradiction> Contradictions) Of(IEnumerable<ActorFacts> declared)
    {
        var (suggestions, contradictions) = (new List<LinkSuggestion>(), new List<LinkContradiction>());
        var actors = ActorFacts.FirstOfEach(declared);

        contradictions.AddRange(MembershipCycles.Of(actors));
        var groups = Groups(actors);
        string GroupOf(string id) => groups.TryGetValue(id, out var members) ? members[0] : id;
        var distinct = new HashSet<(string, string)>();
        foreach (var actor in actors.Values.Where(a => a.DistinctFrom.Count > 0).OrderBy(a => a.Id, System.StringComparer.Ordinal))
        {
            foreach (var other in actor.DistinctFrom.Where(actors.ContainsKey))
            {
                if (GroupOf(actor.Id) == GroupOf(other))
                {
                    contradictions.Add(new LinkContradiction(RecordKind.Actor, actor.Id, actor.FilePath, other, string.Join(", ", groups[actor.Id])));
                }

                distinct.Add(Pair(GroupOf(actor.Id), GroupOf(other)));
            }
        }

        // Each pair once: ordered by its ids alone, as no two share both.
        var candidates = Candidates(actors.Values.ToList()).ToList();
        candidates.Sort((x, y) =>
            string.CompareOrdinal(x.Key.Item1, y.Key.Item1) is var first and not 0 ? first : string.CompareOrdinal(x.Key.Item2, y.Key.Item2));
        foreach (var pair in candidates)
        {
            var (first, second) = (actors[pair.Key.Item1], actors[pair.Key.Item2]);
            if (GroupOf(first.Id) != GroupOf(second.Id) && !distinct.Contains(Pair(GroupOf(first.Id), GroupOf(second.Id))))
            {
                suggestions.Add(new LinkSuggestion(RecordKind.Actor, first.Id, first.FilePath, second.Id, second.FilePath, string.Join(", ", pair.Value)));
            }
        }

        return (suggestions, contradictions);
    }

    /// <summary>Each actor of a same-as group, with the group's members in ordinal order.</summary>
    public static Dictionary<string, string[]> Groups(IReadOnlyDictionary<string, ActorFacts> actors)
    {
        var links = actors.Values.SelectMany(
            a => a.SameAs.Where(actors.ContainsKey).Where(other => other != a.Id).Select(other => new KeyValuePair<string, string>(a.Id, other)))
            .ToList();
        var groups = new Dictionary<string, string[]>(System.StringComparer.Ordinal);
        foreach (var members in EventGrouping.Group(links.SelectMany(l => new[] { l.Key, l.Value }).Distinct(System.StringComparer.Ordinal), links))
        {
            foreach (var member in members)
            {
                groups[member] = members;
            }
        }

        return groups;
    }

    /// <summary>Every pair of actors (ids in ordinal order) that look like one, with the reasons.</summary>
    private static Dictionary<(string, string), List<string>> Candidates(List<ActorFacts> actors)
    {
        var reasons = new Dictionary<(string, string), List<string>>();
        void Add(ActorFacts a, ActorFacts b, string reason)
        {
            if (a.Id == b.Id)
            {
                return;
            }

            var key = Pair(a.Id, b.Id);
            if (!reasons.TryGetValue(key, out var list))
            {
                reasons[key] = list = new List<string>();
            }

            if (!list.Contains(reason))
            {
                list.Add(reason);
            }
        }

        foreach (var same in actors.Where(a => a.Wikidata is not null).GroupBy(a => a.Wikidata!, System.StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            EachPair(same.ToList(), (a, b) => Add(a, b, $"same Wikidata item {same.Key}"));
        }

        // Each actor's own name as compared, taken once for both the shared and the near names.
        var normalized = actors.Select(a => Normalized(a.Name)).ToList();
        var byName = new Dictionary<string, List<(ActorFacts Actor, string Name)>>(System.StringComparer.Ordinal);
        for (var at = 0; at < actors.Count; at++)
        {
            var actor = actors[at];
            foreach (var name in actor.Aliases.Select(n => (Key: Normalized(n), Name: n))
                .Prepend((Key: normalized[at], actor.Name))
                .Where(n => n.Key.Length > 0)
                .GroupBy(n => n.Key)
                .Select(g => g.First()))
            {
                if (!byName.TryGetValue(name.Key, out var list))
                {
                    byName[name.Key] = list = new List<(ActorFacts, string)>();
                }

                list.Add((actor, name.Name));
            }
        }

        foreach (var shared in byName.Values.Where(l => l.Count > 1))
        {
            EachPair(shared, (a, b) => Add(a.Actor, b.Actor, $"shared name '{a.Name}'"));
        }

        // Near names only within a kind and a first letter, so that the comparisons stay few among many actors.
        foreach (var bucket in actors.Select((a, at) => (Actor: a, Name: normalized[at]))
            .Where(a => a.Name.Length >= NearNameMinLength)
            .GroupBy(a => (a.Actor.Kind, a.Name[0])))
        {
            var list = bucket.OrderBy(a => a.Name.Length).Select(a => (a.Actor, a.Name, Letters: LetterCounts(a.Name))).ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count && list[j].Name.Length - list[i].Name.Length <= NearNameDistance; j++)
                {
                    if (list[i].Name != list[j].Name
                        && LettersApart(list[i].Letters, list[j].Letters) <= 2 * NearNameDistance
                        && Diagnostics.Suggestions.Distance(list[i].Name, list[j].Name, NearNameDistance) <= NearNameDistance)
                    {
                        Add(list[i].Actor, list[j].Actor, $"near names '{list[i].Actor.Name}' and '{list[j].Actor.Name}'");
                    }
                }
            }
        }

        return reasons;
    }

    /// <summary>How often each letter a-z occurs in a name, and anything else in a last count.</summary>
    private static byte[] LetterCounts(string name)
    {
        var counts = new byte[27];
        foreach (var c in name)
        {
            var slot = c is >= 'a' and <= 'z' ? c - 'a' : 26;
            counts[slot] = (byte)System.Math.Min(255, counts[slot] + 1);
        }

        return counts;
    }

    /// <summary>
    /// The letters two names do not share, counted: each edit changes at most two counts by one, so names more than
    /// twice the distance apart here are further apart than the distance, and need no comparison letter by letter.
    /// </summary>
    private static int LettersApart(byte[] a, byte[] b)
    {
        var apart = 0;
        for (var i = 0; i < a.Length; i++)
        {
            apart += System.Math.Abs(a[i] - b[i]);
        }

        return apart;
    }

    private static void EachPair<T>(IReadOnlyList<T> items, System.Action<T, T> pair)
    {
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                pair(items[i], items[j]);
            }
        }
    }

    /// <summary>A name as compared: lower case, single spaces, without a leading "the".</summary>
    private static string Normalized(string name)
    {
        var words = Words.AtSpaces(name.ToLowerInvariant()).ToList();
        if (words.Count > 1 && words[0] == "the")
        {
            words.RemoveAt(0);
        }

        return string.Join(" ", words);
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
