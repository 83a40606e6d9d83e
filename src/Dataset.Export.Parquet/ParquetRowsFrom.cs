namespace Dataset.Export.Parquet;

/// <summary>The export's records as Parquet rows, spelled as the CSV spells them (enums kebab-case, roles title@actor).</summary>
internal static class ParquetRowsFrom
{
    public static IEnumerable<DocumentRow> Documents(DatasetExport export) => export.Documents.Select(d => new DocumentRow
    {
        Id = d.Id, Title = d.Title, Publisher = d.Publisher, Published = d.Published, Dateline = d.Dateline, TextFile = d.TextFile, TextLength = d.TextLength,
        SourceFile = d.SourceFile, SourceLine = d.SourceLine, SourceColumn = d.SourceColumn, Url = d.Url, Retrieved = d.Retrieved,
        Wire = d.Wire, Language = d.Language, LanguageGuessed = d.IsLanguageGuessed,
    });

    public static IEnumerable<ActorRow> Actors(DatasetExport export) => export.Actors.Select(a => new ActorRow
    {
        Id = a.Id,
        Name = a.Name,
        Kind = Names.Kebab(a.Kind),
        Roles = a.Roles.Select(CsvExporter.Role).ToList(),
        Aliases = a.Aliases.ToList(),
        Wikidata = a.Wikidata,
        IntroducedIn = a.IntroducedIn,
        SourceFile = a.SourceFile,
        SourceLine = a.SourceLine,
        SourceColumn = a.SourceColumn,
        Draft = a.Draft,
        Members = [.. a.Members],
    });

    public static IEnumerable<StatementRow> Statements(DatasetExport export) => export.Statements.Select(s => new StatementRow
    {
        Id = s.Id,
        Document = s.Evidence.Document,
        Speaker = s.Speaker,
        Via = s.Via,
        Audience = s.Audience.ToList(),
        Act = Names.Kebab(s.Act),
        Form = Names.Kebab(s.Form),
        SaidOn = s.SaidOn,
        Summary = s.Summary,
        RespondsTo = s.RespondsTo,
        Evidence = s.Evidence.Exact,
        EvidenceStart = s.Evidence.Start,
        EvidenceEnd = s.Evidence.End,
        EvidenceStartLine = s.Evidence.StartLine,
        EvidenceEndLine = s.Evidence.EndLine,
        SourceFile = s.SourceFile,
        SourceLine = s.SourceLine,
        SourceColumn = s.SourceColumn,
        PloverType = s.PloverType,
        PloverQuad = s.PloverQuad,
        SameAs = s.SameAs.ToList(),
        DistinctFrom = s.DistinctFrom.ToList(),
        Event = s.Event ?? s.Id,
        Draft = s.Draft,
        StandingPosition = s.StandingPosition,
        Restates = s.Restates,
    });

    public static IEnumerable<SanctionRow> Sanctions(DatasetExport export) => export.Sanctions.Select(s => new SanctionRow
    {
        Id = s.Id,
        Document = s.Evidence.Document,
        Imposer = s.Imposer,
        Targets = s.Targets.ToList(),
        Status = Names.Kebab(s.Status),
        Reason = s.Reason,
        Date = s.Date,
        Evidence = s.Evidence.Exact,
        EvidenceStart = s.Evidence.Start,
        EvidenceEnd = s.Evidence.End,
        EvidenceStartLine = s.Evidence.StartLine,
        EvidenceEndLine = s.Evidence.EndLine,
        SourceFile = s.SourceFile,
        SourceLine = s.SourceLine,
        SourceColumn = s.SourceColumn,
        PloverType = s.PloverType,
        PloverQuad = s.PloverQuad,
        Provisions = s.Provisions.ToList(),
        Program = s.Program,
        Authority = s.Authority,
        Start = s.Start,
        End = s.End,
        SameAs = s.SameAs.ToList(),
        DistinctFrom = s.DistinctFrom.ToList(),
        Event = s.Event ?? s.Id,
        Draft = s.Draft,
        Proposer = s.Proposer,
        ProvisionTargets = [.. s.ProvisionTargets.Select(p => p.ToString())],
    });

    public static IEnumerable<EventRow> Events(DatasetExport export) => export.Events.Select(e => new EventRow
    {
        Id = e.Id,
        Kind = Names.Kebab(e.Kind),
        Members = e.Members.ToList(),
        Documents = e.Documents.ToList(),
        Publishers = e.Publishers.ToList(),
        ArticleCount = e.ArticleCount,
        PublisherCount = e.PublisherCount,
        FirstReported = e.FirstReported,
        Sources = e.Sources.ToList(),
        SourceCount = e.SourceCount,
        ReportCount = e.ReportCount,
    });
}
