using System.Text.Json.Serialization;

namespace Dataset.Export;

/// <summary>
/// The exported shape of every record: plain values, ids as strings, references as ids, so that the JSON reads
/// back into the same records. The <c>type</c> property names the kind in JSON Lines.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(DocumentRecord), "document")]
[JsonDerivedType(typeof(ActorRecord), "actor")]
[JsonDerivedType(typeof(StatementRecord), "statement")]
[JsonDerivedType(typeof(SanctionRecord), "sanction")]
[JsonDerivedType(typeof(EventExportRecord), "event")]
internal abstract record ExportRecord([property: JsonPropertyOrder(-1)] string Id)
{
    // Where the record was declared, after every other property (a column added at the end); null for a record made
    // in code. Flat values rather than an object so that the CSV and Parquet columns carry the same names.

    /// <summary>The annotation's path relative to the project that compiled it.</summary>
    [JsonPropertyOrder(1)] public string? SourceFile { get; init; }

    /// <summary>The 1-based line of the record's <c>id</c>.</summary>
    [JsonPropertyOrder(1)] public int? SourceLine { get; init; }

    /// <summary>The 1-based column where the id's value starts.</summary>
    [JsonPropertyOrder(1)] public int? SourceColumn { get; init; }

    /// <summary>This record with <paramref name="source"/> as its declaration, or none when it is unknown.</summary>
    protected static T Located<T>(T record, SourceLocation source) where T : ExportRecord =>
        source.IsKnown ? record with { SourceFile = source.Path, SourceLine = source.Line, SourceColumn = source.Column } : record;
}

internal sealed record DocumentRecord(string Id, string Title, string Publisher, DateOnly Published, string? Dateline, string TextFile, int TextLength)
    : ExportRecord(Id)
{
    /// <summary>The address the article was read at, after the declaration's place (a column added at the end).</summary>
    [JsonPropertyOrder(2)] public string? Url { get; init; }

    /// <summary>The date its text was retrieved from <see cref="Url"/>.</summary>
    [JsonPropertyOrder(2)] public DateOnly? Retrieved { get; init; }

    /// <summary>The news agency whose copy the article runs.</summary>
    [JsonPropertyOrder(3)] public string? Wire { get; init; }

    /// <summary>The ISO 639-1 language of the text, stated or guessed.</summary>
    [JsonPropertyOrder(3)] public string? Language { get; init; }

    /// <summary>True when <see cref="Language"/> was guessed from the text's letters.</summary>
    [JsonPropertyOrder(3)] public bool IsLanguageGuessed { get; init; }

    public static DocumentRecord From(Document d) =>
        Located(
            new DocumentRecord(d.Id.Value, d.Title, d.Publisher, d.Published, d.Dateline, d.TextFile, d.TextLength)
            {
                Url = d.Url, Retrieved = d.Retrieved, Wire = d.Wire, Language = d.Language, IsLanguageGuessed = d.IsLanguageGuessed,
            },
            d.Source);
}

internal sealed record RoleRecord(string Title, string? Of)
{
    public static RoleRecord From(Role r) => new(r.Title, r.OfId?.Value);
}

internal sealed record ActorRecord(
    string Id,
    string Name,
    ActorKind Kind,
    IReadOnlyList<RoleRecord> Roles,
    IReadOnlyList<string> Aliases,
    string? Wikidata,
    string? IntroducedIn)
    : ExportRecord(Id)
{
    /// <summary>Whether the actor is a draft no one has reviewed (<c>draft: true</c>), after every other property.</summary>
    [JsonPropertyOrder(3)] public bool Draft { get; init; }

    /// <summary>A group's members (<c>members</c>), after every other property.</summary>
    [JsonPropertyOrder(4)] public IReadOnlyList<string> Members { get; init; } = [];

    public static ActorRecord From(Actor a) =>
        Located(
            new ActorRecord(a.Id.Value, a.Name, a.Kind, a.Roles.Select(RoleRecord.From).ToList(), a.Aliases.ToList(), a.Wikidata, a.IntroducedIn?.Value)
            {
                Draft = a.IsDraft,
                Members = a.MemberIds.Select(m => m.Value).ToList(),
            },
            a.Source);
}

/// <summary>The evidence with both W3C Web Annotation selectors: quote (exact, prefix, suffix) and position (start, end).</summary>
internal sealed record EvidenceRecord(string Document, string Exact, string Prefix, string Suffix, int Start, int End, int StartLine, int EndLine)
{
    public static EvidenceRecord From(Evidence e) => new(e.Document.Value, e.Exact, e.Prefix, e.Suffix, e.Start, e.End, e.StartLine, e.EndLine);
}

/// <summary>A record that can be an event: a statement or a sanction, with its PLOVER type after its declaration.</summary>
internal abstract record EventRecord(string Id) : ExportRecord(Id)
{
    /// <summary>The record's PLOVER event type (<c>THREATEN</c>), or null where PLOVER has none.</summary>
    [JsonPropertyOrder(2)] public string? PloverType { get; init; }

    /// <summary>The PLOVER quad class (<c>verbal-conflict</c>), or null.</summary>
    [JsonPropertyOrder(2)] public string? PloverQuad { get; init; }

    /// <summary>The records in other articles the annotator linked as reports of the same event.</summary>
    [JsonPropertyOrder(3)] public IReadOnlyList<string> SameAs { get; init; } = [];

    /// <summary>The records in other articles the annotator marked as other events.</summary>
    [JsonPropertyOrder(3)] public IReadOnlyList<string> DistinctFrom { get; init; } = [];

    /// <summary>The id of the event the record reports (its own id when it links to none): a row of the events table.</summary>
    [JsonPropertyOrder(4)] public string? Event { get; init; }

    /// <summary>Whether the record is a draft no one has reviewed (<c>draft: true</c>), after every other property.</summary>
    [JsonPropertyOrder(5)] public bool Draft { get; init; }

    /// <summary>This record with its PLOVER event, where it has one.</summary>
    protected static T AsPlover<T>(T record, PloverEvent? plover) where T : EventRecord =>
        plover is { } found ? record with { PloverType = found.Code, PloverQuad = Names.Kebab(found.Quad) } : record;
}

internal sealed record StatementRecord(
    string Id,
    string Speaker,
    string? Via,
    IReadOnlyList<string> Audience,
    SpeechAct Act,
    StatementForm Form,
    DateOnly? SaidOn,
    string? Summary,
    string? RespondsTo,
    EvidenceRecord Evidence)
    : EventRecord(Id)
{
    /// <summary>Whether the statement is a standing position (<c>said-on: standing</c>), after every other property.</summary>
    [JsonPropertyOrder(6)] public bool StandingPosition { get; init; }

    /// <summary>The statement of the same article this one restates (<c>restates</c>), after every other property.</summary>
    [JsonPropertyOrder(7)] public string? Restates { get; init; }

    public static StatementRecord From(Statement s) => AsPlover(Located(
        new StatementRecord(
            s.Id.Value, s.SpeakerId.Value, s.ViaId?.Value, s.AudienceIds.Select(a => a.Value).ToList(), s.Act, s.Form, s.SaidOn, s.Summary,
            s.RespondsToId?.Value, EvidenceRecord.From(s.Evidence)),
        s.Source), Plover.Of(s)) with
    {
        SameAs = s.SameAsIds.Select(id => id.Value).ToList(),
        DistinctFrom = s.DistinctFromIds.Select(id => id.Value).ToList(),
        Event = s.Event.Id,
        Draft = s.IsDraft,
        StandingPosition = s.IsStandingPosition,
        Restates = s.RestatesId?.Value,
    };
}

internal sealed record SanctionRecord(
    string Id,
    string Imposer,
    IReadOnlyList<string> Targets,
    SanctionStatus Status,
    string? Reason,
    DateOnly? Date,
    EvidenceRecord Evidence)
    : EventRecord(Id)
{
    // FollowTheMoney's Sanction properties of the same names, after every earlier property.

    /// <summary>What the measure does: a kind (<c>asset-freeze</c>) or the free text kept for other provisions.</summary>
    [JsonPropertyOrder(3)] public IReadOnlyList<string> Provisions { get; init; } = [];

    [JsonPropertyOrder(3)] public string? Program { get; init; }

    [JsonPropertyOrder(3)] public string? Authority { get; init; }

    [JsonPropertyOrder(3)] public DateOnly? Start { get; init; }

    [JsonPropertyOrder(3)] public DateOnly? End { get; init; }

    /// <summary>The actor who proposed the measure when it is not the imposer, after every other property.</summary>
    [JsonPropertyOrder(6)] public string? Proposer { get; init; }

    /// <summary>Each provision with the targets it applies to (those it names, else every target), after every other property.</summary>
    [JsonPropertyOrder(7)] public IReadOnlyList<ProvisionTargetsRecord> ProvisionTargets { get; init; } = [];

    public static SanctionRecord From(Sanction s) =>
        AsPlover(
            Located(
                new SanctionRecord(
                    s.Id.Value,
                    s.ImposerId.Value,
                    s.TargetIds.Select(t => t.Value).ToList(),
                    s.Status,
                    s.Reason,
                    s.Date,
                    EvidenceRecord.From(s.Evidence)),
                s.Source),
            Plover.Of(s)) with
        {
            Provisions = s.Provisions.Select(p => p.ToString()).ToList(),
            Program = s.Program,
            Authority = s.Authority,
            Start = s.Start,
            End = s.End,
            SameAs = s.SameAsIds.Select(id => id.Value).ToList(),
            DistinctFrom = s.DistinctFromIds.Select(id => id.Value).ToList(),
            Event = s.Event.Id,
            Draft = s.IsDraft,
            Proposer = s.ProposerId?.Value,
            ProvisionTargets = s.Provisions.Select(p => new ProvisionTargetsRecord(p.ToString(), s.TargetIdsOf(p).Select(t => t.Value).ToList())).ToList(),
        };
}

/// <summary>One provision of a sanction (as <see cref="SanctionRecord.Provisions"/> spells it) and the targets it applies to.</summary>
internal sealed record ProvisionTargetsRecord(string Provision, IReadOnlyList<string> Targets)
{
    /// <summary>As one CSV or Parquet value: <c>travel-ban=a;b</c>.</summary>
    public override string ToString() => Provision + "=" + string.Join(';', Targets);
}

/// <summary>
/// One event: the statements or sanctions linked by same-as (or one record linked to none), with its reports'
/// documents and publishers, counted as GDELT counts NumArticles and NumSources; its independent sources (a wire and the
/// outlets running its copy count once) after them.
/// </summary>
internal sealed record EventExportRecord(
    string Id,
    EventKind Kind,
    IReadOnlyList<string> Members,
    IReadOnlyList<string> Documents,
    IReadOnlyList<string> Publishers,
    int ArticleCount,
    int PublisherCount,
    DateOnly? FirstReported,
    IReadOnlyList<string> Sources,
    int SourceCount)
    : ExportRecord(Id)
{
    /// <summary>How many reports, a restatement counted with what it restates, after every other property.</summary>
    [JsonPropertyOrder(2)] public int ReportCount { get; init; }

    public static EventExportRecord From(ReportedEvent e) => new(
        e.Id,
        e.Kind,
        e.MemberIds.ToList(),
        e.Documents.Select(d => d.Id.Value).ToList(),
        e.Publishers.ToList(),
        e.ArticleCount,
        e.PublisherCount,
        e.FirstReported,
        e.Sources.ToList(),
        e.SourceCount) { ReportCount = e.ReportCount };
}

/// <summary>The whole dataset, as the JSON export writes it.</summary>
internal sealed record DatasetExport(
    IReadOnlyList<DocumentRecord> Documents,
    IReadOnlyList<ActorRecord> Actors,
    IReadOnlyList<StatementRecord> Statements,
    IReadOnlyList<SanctionRecord> Sanctions,
    IReadOnlyList<EventExportRecord> Events)
{
    public static DatasetExport From(DatasetCatalog c) => CanonicalActors.Apply(
        new(
            c.Documents.Select(DocumentRecord.From).ToList(),
            c.Actors.Select(ActorRecord.From).ToList(),
            c.Statements.Select(StatementRecord.From).ToList(),
            c.Sanctions.Select(SanctionRecord.From).ToList(),
            c.Events.Select(EventExportRecord.From).ToList()),
        c);

    /// <summary>Every record, kind by kind in the order documents, actors, statements, sanctions, events.</summary>
    public IEnumerable<ExportRecord> All() =>
        Documents.Cast<ExportRecord>().Concat(Actors).Concat(Statements).Concat(Sanctions).Concat(Events);
}
