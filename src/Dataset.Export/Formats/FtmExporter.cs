using System.Text.Json.Nodes;

namespace Dataset.Export;

/// <summary>
/// `--format ftm`: FollowTheMoney entities, one JSON object per line (the form OpenSanctions and the
/// <c>ftm</c> tools read): each actor as Person, Organization, PublicBody or LegalEntity, and each sanction as one
/// Sanction entity per target (FtM ties a Sanction to one entity), with id <c>sanction-id.target-id</c>.
/// Statements have no FtM schema and are left out. A draft no one has reviewed says so in its <c>notes</c> (a property
/// every FtM schema has), so drafted and reviewed entities can be told apart.
/// </summary>
internal static class FtmExporter
{
    public static string Schema(ActorKind kind) => kind switch
    {
        ActorKind.Person => "Person",
        ActorKind.Organization => "Organization",
        ActorKind.State or ActorKind.GovernmentBody => "PublicBody",
        _ => "LegalEntity",
    };

    /// <summary>The note a drafted entity carries.</summary>
    public const string DraftNote = "draft: drafted from the article, not reviewed";

    public static void Write(TextWriter writer, DatasetExport export)
    {
        var publishers = export.Documents.ToDictionary(d => d.Id, d => d.Publisher, StringComparer.Ordinal);
        var names = export.Actors.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        foreach (var actor in export.Actors)
        {
            var properties = new JsonObject { ["name"] = Values(actor.Name) };
            Add(properties, "alias", actor.Aliases);
            Add(properties, "wikidataId", actor.Wikidata is null ? [] : [actor.Wikidata]);
            if (actor.Kind == ActorKind.Person)
            {
                Add(properties, "position", actor.Roles.Select(r => r.Of is { } of && names.TryGetValue(of, out var name) ? $"{r.Title}, {name}" : r.Title));
            }

            Add(properties, "notes", actor.Draft ? [DraftNote] : []);
            WriteEntity(writer, actor.Id, Schema(actor.Kind), properties);
        }

        foreach (var sanction in export.Sanctions)
        {
            foreach (var target in sanction.Targets.Distinct(StringComparer.Ordinal))
            {
                var properties = new JsonObject
                {
                    ["entity"] = Values(target),
                    ["authority"] = Values(names.GetValueOrDefault(sanction.Imposer, sanction.Imposer)),
                    ["status"] = Values(Names.Kebab(sanction.Status)),
                    ["summary"] = Values(sanction.Evidence.Exact),
                };
                Add(properties, "reason", sanction.Reason is null ? [] : [sanction.Reason]);
                Add(properties, "startDate", sanction.Date is null ? [] : [Names.Date(sanction.Date)]);
                Add(properties, "publisher", publishers.TryGetValue(sanction.Evidence.Document, out var publisher) ? [publisher] : []);
                Add(properties, "notes", sanction.Draft ? [DraftNote] : []);
                WriteEntity(writer, $"{sanction.Id}.{target}", "Sanction", properties);
            }
        }
    }

    private static void WriteEntity(TextWriter writer, string id, string schema, JsonObject properties)
    {
        var entity = new JsonObject { ["id"] = id, ["schema"] = schema, ["properties"] = properties };
        writer.Write(entity.ToJsonString(ExportJson.Compact));
        writer.Write('\n');
    }

    private static JsonArray Values(params string[] values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    private static void Add(JsonObject properties, string name, IEnumerable<string> values)
    {
        var all = values.ToArray();
        if (all.Length > 0)
        {
            properties[name] = Values(all);
        }
    }
}
