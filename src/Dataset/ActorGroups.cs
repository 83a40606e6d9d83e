using Dataset.EventFormat;

namespace Dataset;

/// <summary>The actors <c>same-as</c> makes one, through the same grouping as events: each linked actor to its group's first id.</summary>
internal static class ActorGroups
{
    public static Dictionary<ActorId, ActorId> Canonical(IReadOnlyList<Actor> actors)
    {
        var known = actors.Select(a => a.Id.Value).ToHashSet(StringComparer.Ordinal);
        var links = actors.SelectMany(
            a => a.SameAsIds.Where(other => known.Contains(other.Value)).Select(other => new KeyValuePair<string, string>(a.Id.Value, other.Value)))
            .ToList();
        var canonical = new Dictionary<ActorId, ActorId>();
        foreach (var members in EventGrouping.Group(links.SelectMany(l => new[] { l.Key, l.Value }).Distinct(StringComparer.Ordinal), links))
        {
            foreach (var member in members)
            {
                canonical[new ActorId(member)] = new ActorId(members[0]);
            }
        }

        return canonical;
    }
}
