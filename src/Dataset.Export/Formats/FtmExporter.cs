using System.Text.Json.Nodes;
using Dataset.LanguageFormat;

namespace Dataset.Export;

/// <summary>
/// `--format ftm`: FollowTheMoney entities, one JSON object per line (the form OpenSanctions and the
/// <c>ftm</c> tools read): each document as an Article, each actor as Person, Organization, PublicBody or
/// LegalEntity with the articles that name it as its <c>proof</c>, and each sanction event (the sanctions same-as
/// links, or one sanction) as one Sanction entity per target, merging the reports that name that target, (FtM ties a Sanction to one entity), with id
/// <c>event-id.target-id</c> and the publishers of all its reports. FtM 3.8 gives a Sanction (an Interval) no
/// <c>proof</c>, so its articles are named through <c>publisher</c> and the targets' proof. Statements have no FtM
/// schema and are left out.
/// A provision that names its targets is on the Sanction entities of those targets only. A group with members is an
/// Organization (FtM's Membership ties a member, any LegalEntity, to an Organization), with one Membership entity per
/// member, id <c>membership.group-id.member-id</c>.
/// A draft no one has reviewed says so, so drafted and reviewed entities can be told apart: an actor in its
/// <c>notes</c> (a Thing's property), a sanction in its <c>description</c> (FtM 3.8 gives an Interval no <c>notes</c>).
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
        var published = export.Documents.ToDictionary(d => d.Id, d => d.Published, StringComparer.Ordinal);
        var names = export.Actors.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        var proof = ArticlesNaming(export);
        foreach (var document in export.Documents)
        {
            var properties = new JsonObject
            {
                ["name"] = Values(document.Title),
                ["title"] = Values(document.Title),
                ["fileName"] = Values(document.TextFile),
                ["publisher"] = Values(document.Publisher),
                ["publishedAt"] = Values(Names.Date(document.Published)),
            };
            Add(properties, "sourceUrl", document.Url is null ? [] : [document.Url]);
            Add(properties, "retrievedAt", document.Retrieved is { } retrieved ? [Names.Date(retrieved)] : []);
            // The wire wrote the copy the publisher runs: FtM's author is "the original author, not the uploader".
            Add(properties, "author", document.Wire is null ? [] : [document.Wire]);
            // FtM names languages by ISO 639-3 code, and only some; a stated one is the document's language, a guessed one detected.
            var language = document.Language is null ? null : LanguageCodes.Find(document.Language)?.Alpha3;
            var known = language is not null && FtmLanguages.Contains(language);
            Add(properties, document.IsLanguageGuessed ? "detectedLanguage" : "language", known ? [language!] : []);
            WriteEntity(writer, ArticleId(document.Id), "Article", properties);
        }

        foreach (var actor in export.Actors)
        {
            var properties = new JsonObject { ["name"] = Values(actor.Name) };
            Add(properties, "alias", actor.Aliases);
            Add(properties, "wikidataId", actor.Wikidata is null ? [] : [actor.Wikidata]);
            if (actor.Kind == ActorKind.Person)
            {
                Add(properties, "position", actor.Roles.Select(r => r.Of is { } of && names.TryGetValue(of, out var name) ? $"{r.Title}, {name}" : r.Title));
            }

            Add(properties, "proof", proof.GetValueOrDefault(actor.Id, []).Select(ArticleId));
            Add(properties, "notes", actor.Draft ? [DraftNote] : []);
            WriteEntity(writer, actor.Id, actor.Members.Count > 0 ? "Organization" : Schema(actor.Kind), properties);
        }

        foreach (var group in export.Actors.Where(a => a.Members.Count > 0))
        {
            foreach (var member in group.Members.Where(names.ContainsKey))
            {
                WriteEntity(
                    writer,
                    $"membership.{group.Id}.{member}",
                    "Membership",
                    new JsonObject { ["member"] = Values(member), ["organization"] = Values(group.Id) });
            }
        }

        // One Sanction per event and target: the reports of one event are one entity.
        var sanctions = export.Sanctions.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var @event in export.Events.Where(e => e.Kind == EventKind.Sanction))
        {
            var all = @event.Members.Select(id => sanctions[id])
                .OrderBy(r => published.GetValueOrDefault(r.Evidence.Document))
                .ThenBy(r => r.Id, StringComparer.Ordinal)
                .ToList();
            foreach (var target in all.SelectMany(r => r.Targets).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                // The reports that name this target, earliest published first.
                var reports = all.Where(r => r.Targets.Contains(target, StringComparer.Ordinal)).ToList();
                var properties = new JsonObject
                {
                    ["entity"] = Values(target),
                    ["authority"] = Values([.. Distinct(reports.Select(r => r.Authority ?? names.GetValueOrDefault(r.Imposer, r.Imposer)))]),
                    ["status"] = Values([.. Distinct(reports.Select(r => Names.Kebab(r.Status)))]),
                    ["summary"] = Values([.. Distinct(reports.Select(r => r.Evidence.Exact))]),
                };
                Add(properties, "reason", Distinct(reports.Select(r => r.Reason)));
                Add(
                    properties,
                    "provisions",
                    Distinct(
                        reports.SelectMany(r => r.ProvisionTargets.Where(p => p.Targets.Contains(target, StringComparer.Ordinal)).Select(p => p.Provision))));
                Add(properties, "program", Distinct(reports.Select(r => r.Program)));
                Add(properties, "startDate", Distinct(reports.Select(r => r.Start ?? r.Date).Select(d => d is null ? null : Names.Date(d))));
                Add(properties, "endDate", Distinct(reports.Select(r => r.End is null ? null : Names.Date(r.End))));
                Add(properties, "publisher", Distinct(reports.Select(r => publishers.GetValueOrDefault(r.Evidence.Document))));
                Add(properties, "description", reports.Any(r => r.Draft) ? [DraftNote] : []);
                WriteEntity(writer, $"{@event.Id}.{target}", "Sanction", properties);
            }
        }
    }

    /// <summary>The FtM id of a document's Article entity.</summary>
    public static string ArticleId(string document) => "article." + document;

    /// <summary>For each actor, the documents whose statements or sanctions name it or that introduce it: its proof.</summary>
    private static Dictionary<string, List<string>> ArticlesNaming(DatasetExport export)
    {
        var mentions = export.Statements.SelectMany(s => new[] { s.Speaker, s.Via }.Concat(s.Audience).Select(a => new Mention(a, s.Evidence.Document)))
            .Concat(export.Sanctions.SelectMany(s => s.Targets.Prepend(s.Imposer).Select(a => new Mention(a, s.Evidence.Document))))
            .Concat(export.Actors.Select(a => new Mention(a.Id, a.IntroducedIn)));
        var documents = export.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        return mentions.Where(m => m.Actor is not null && m.Document is not null && documents.Contains(m.Document))
            .GroupBy(m => m.Actor!, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(m => m.Document!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                StringComparer.Ordinal);
    }

    private sealed record Mention(string? Actor, string? Document);

    private static IEnumerable<string> Distinct(IEnumerable<string?> values) =>
        values.Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).Distinct(StringComparer.Ordinal);

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
