// Compiled into both the annotation engine (which suggests links and checks them) and the runtime (which forms the
// events apps query): which records are one event is decided here once.
using System.Collections.Generic;
using System.Linq;

namespace Dataset.EventFormat;

/// <summary>
/// Forms events from <c>same-as</c> links: records linked directly or through others are one event (links are
/// symmetric and transitive), a record linked to nothing is an event of one. Deterministic whatever the input order:
/// each event's members in ordinal id order, its id the first of them, events in the order of their ids.
/// </summary>
internal static class EventGrouping
{
    /// <summary>The events of one kind of record. A link naming an id that is not among <paramref name="members"/> is passed over.</summary>
    public static List<string[]> Group(IEnumerable<string> members, IEnumerable<KeyValuePair<string, string>> links)
    {
        var parent = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var member in members)
        {
            parent[member] = member;
        }

        foreach (var link in links)
        {
            if (parent.ContainsKey(link.Key) && parent.ContainsKey(link.Value))
            {
                var a = Root(parent, link.Key);
                var b = Root(parent, link.Value);
                if (a != b)
                {
                    // The smaller id becomes the root, so the result does not depend on the order of the links.
                    if (string.CompareOrdinal(a, b) < 0)
                    {
                        parent[b] = a;
                    }
                    else
                    {
                        parent[a] = b;
                    }
                }
            }
        }

        return parent.Keys.GroupBy(member => Root(parent, member), System.StringComparer.Ordinal)
            .Select(group => group.OrderBy(member => member, System.StringComparer.Ordinal).ToArray())
            .OrderBy(group => group[0], System.StringComparer.Ordinal)
            .ToList();
    }

    private static string Root(Dictionary<string, string> parent, string member)
    {
        var root = member;
        while (parent[root] != root)
        {
            root = parent[root];
        }

        // Path compression: later look-ups of these members take one step.
        while (parent[member] != root)
        {
            var next = parent[member];
            parent[member] = root;
            member = next;
        }

        return root;
    }
}
