namespace Dataset.Export;

/// <summary>
/// Actors that same-as makes one are one in every export: each reference (speaker, via, audience, imposer, targets,
/// a provision's targets, a group's members, a role's actor) names the group's canonical id (<see cref="DatasetCatalog.CanonicalId(ActorId)"/>), and the actors
/// table has one row per group, the canonical actor's, with the other members' names among its aliases.
/// </summary>
internal static class CanonicalActors
{
    public static DatasetExport Apply(DatasetExport export, DatasetCatalog catalog)
    {
        var members = catalog.Actors.GroupBy(a => catalog.CanonicalId(a.Id))
            .Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key.Value, g => g.ToList(), StringComparer.Ordinal);
        if (members.Count == 0)
        {
            return export;
        }

        string Of(string id) => catalog.CanonicalId(new ActorId(id)).Value;
        List<string> All(IEnumerable<string> ids) => ids.Select(Of).Distinct(StringComparer.Ordinal).ToList();
        return export with
        {
            Actors = export.Actors.Where(a => Of(a.Id) == a.Id).Select(a => a with
            {
                Roles = a.Roles.Select(r => r with { Of = r.Of is null ? null : Of(r.Of) }).ToList(),
                Aliases = members.TryGetValue(a.Id, out var group)
                    ? a.Aliases.Concat(group.Where(m => m.Id.Value != a.Id).SelectMany(m => m.Aliases.Prepend(m.Name)))
                        .Where(n => n != a.Name)
                        .Distinct(StringComparer.Ordinal)
                        .ToList()
                    : a.Aliases,
                Wikidata = a.Wikidata ?? group?.Select(m => m.Wikidata).FirstOrDefault(w => w is not null),
                Members = All(group?.SelectMany(m => m.MemberIds.Select(id => id.Value)) ?? a.Members),
            }).ToList(),
            Statements = export.Statements.Select(s => s with { Speaker = Of(s.Speaker), Via = s.Via is null ? null : Of(s.Via), Audience = All(s.Audience) })
                .ToList(),
            Sanctions = export.Sanctions.Select(
                s => s with
                {
                    Imposer = Of(s.Imposer),
                    Proposer = s.Proposer is null ? null : Of(s.Proposer),
                    Targets = All(s.Targets),
                    ProvisionTargets = s.ProvisionTargets.Select(p => p with { Targets = All(p.Targets) }).ToList(),
                })
                .ToList(),
        };
    }
}
