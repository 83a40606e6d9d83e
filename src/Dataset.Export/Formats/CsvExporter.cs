using System.Globalization;

namespace Dataset.Export;

/// <summary>
/// `--format csv`: one table per kind with stable columns (documented in docs/exports.md; new columns are only ever
/// added at the end). A list cell joins its values with <c>|</c>; a role is <c>title@actor-id</c> or just the title.
/// Each table is one list of columns, a column its name beside its cell, so that a column is added in one place.
/// </summary>
internal static class CsvExporter
{
    private static readonly Column<DocumentRecord>[] DocumentColumns =
    [
        new("id", d => d.Id), new("title", d => d.Title), new("publisher", d => d.Publisher), new("published", d => Names.Date(d.Published)),
        new("dateline", d => d.Dateline), new("text_file", d => d.TextFile), new("text_length", d => Number(d.TextLength)), .. Source<DocumentRecord>(),
        new("url", d => d.Url), new("retrieved", d => Names.Date(d.Retrieved)),
        new("wire", d => d.Wire), new("language", d => d.Language), new("language_guessed", d => Flag(d.IsLanguageGuessed)),
    ];

    private static readonly Column<ActorRecord>[] ActorColumns =
    [
        new("id", a => a.Id), new("name", a => a.Name), new("kind", a => Names.Kebab(a.Kind)), new("roles", a => List(a.Roles.Select(Role))),
        new("aliases", a => List(a.Aliases)), new("wikidata", a => a.Wikidata), new("introduced_in", a => a.IntroducedIn), .. Source<ActorRecord>(),
        new("draft", a => Flag(a.Draft)), new("members", a => List(a.Members)),
    ];

    private static readonly Column<StatementRecord>[] StatementColumns =
    [
        new("id", s => s.Id),
        new("document", s => s.Evidence.Document),
        new("speaker", s => s.Speaker),
        new("via", s => s.Via),
        new("audience", s => List(s.Audience)),
            new(
                "act",
                s => Names.Kebab(s.Act)), new("form", s => Names.Kebab(s.Form)), new("said_on", s => Names.Date(s.SaidOn)), new("summary", s => s.Summary),
            new(
                "responds_to",
                s => s.RespondsTo), .. Evidence<StatementRecord>(
                    s => s.Evidence), .. Source<StatementRecord>(), .. Plover<StatementRecord>(), .. Links<StatementRecord>(),
            new("draft", s => Flag(s.Draft)), new("standing_position", s => Flag(s.StandingPosition)), new("restates", s => s.Restates),
    ];

    private static readonly Column<SanctionRecord>[] SanctionColumns =
    [
        new("id", s => s.Id), new("document", s => s.Evidence.Document), new("imposer", s => s.Imposer), new("targets", s => List(s.Targets)),
        new(
            "status",
            s => Names.Kebab(s.Status)), new("reason", s => s.Reason), new("date", s => Names.Date(s.Date)), .. Evidence<SanctionRecord>(s => s.Evidence),
        .. Source<SanctionRecord>(), .. Plover<SanctionRecord>(), new("provisions", s => List(s.Provisions)), new("program", s => s.Program),
        new("authority", s => s.Authority), new("start", s => Names.Date(s.Start)), new("end", s => Names.Date(s.End)), .. Links<SanctionRecord>(),
        new("draft", s => Flag(s.Draft)), new("proposer", s => s.Proposer),
        new("provision_targets", s => List(s.ProvisionTargets.Select(p => p.ToString()))),
    ];

    private static readonly Column<EventExportRecord>[] EventColumns =
    [
        new("id", e => e.Id), new("kind", e => Names.Kebab(e.Kind)), new("members", e => List(e.Members)), new("documents", e => List(e.Documents)),
        new("publishers", e => List(e.Publishers)), new("article_count", e => Number(e.ArticleCount)), new("publisher_count", e => Number(e.PublisherCount)),
        new("first_reported", e => Names.Date(e.FirstReported)), new("sources", e => List(e.Sources)), new("source_count", e => Number(e.SourceCount)),
        new("report_count", e => Number(e.ReportCount)),
    ];

    public static IReadOnlyList<string> Columns(ExportTable table) => table switch
    {
        ExportTable.Documents => NamesOf(DocumentColumns),
        ExportTable.Actors => NamesOf(ActorColumns),
        ExportTable.Statements => NamesOf(StatementColumns),
        ExportTable.Sanctions => NamesOf(SanctionColumns),
        ExportTable.Events => NamesOf(EventColumns),
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Not a table."),
    };

    public static void Write(TextWriter writer, DatasetExport export, ExportTable table)
    {
        CsvWriter.WriteRow(writer, Columns(table));
        foreach (var row in Rows(export, table))
        {
            CsvWriter.WriteRow(writer, row);
        }
    }

    /// <summary>A role as one value: <c>title@actor-id</c>, or just the title (the Parquet export spells it the same).</summary>
    public static string Role(RoleRecord role) => role.Of is null ? role.Title : $"{role.Title}@{role.Of}";

    private static IEnumerable<string?[]> Rows(DatasetExport export, ExportTable table) => table switch
    {
        ExportTable.Documents => Cells(export.Documents, DocumentColumns),
        ExportTable.Actors => Cells(export.Actors, ActorColumns),
        ExportTable.Statements => Cells(export.Statements, StatementColumns),
        ExportTable.Sanctions => Cells(export.Sanctions, SanctionColumns),
        ExportTable.Events => Cells(export.Events, EventColumns),
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Not a table."),
    };

    private static string[] NamesOf<T>(Column<T>[] columns) => columns.Select(c => c.Name).ToArray();

    private static IEnumerable<string?[]> Cells<T>(IEnumerable<T> records, Column<T>[] columns) =>
        records.Select(record => columns.Select(c => c.Cell(record)).ToArray());

    /// <summary>The quote and its position in the article.</summary>
    private static Column<T>[] Evidence<T>(Func<T, EvidenceRecord> evidence) =>
    [
        new("evidence", r => evidence(r).Exact), new("evidence_start", r => Number(evidence(r).Start)), new("evidence_end", r => Number(evidence(r).End)),
        new("evidence_start_line", r => Number(evidence(r).StartLine)), new("evidence_end_line", r => Number(evidence(r).EndLine)),
    ];

    /// <summary>The declaration's path, line and column; empty cells when it is unknown.</summary>
    private static Column<T>[] Source<T>()
        where T : ExportRecord =>
    [
        new("source_file", r => r.SourceFile), new("source_line", r => r.SourceLine is { } line ? Number(line) : null),
        new("source_column", r => r.SourceColumn is { } column ? Number(column) : null),
    ];

    private static Column<T>[] Plover<T>()
        where T : EventRecord =>
        [new("plover_type", r => r.PloverType), new("plover_quad", r => r.PloverQuad)];

    private static Column<T>[] Links<T>()
        where T : EventRecord =>
        [new("same_as", r => List(r.SameAs)), new("distinct_from", r => List(r.DistinctFrom)), new("event", r => r.Event)];

    private static string Flag(bool value) => value ? "true" : "false";

    private static string List(IEnumerable<string> values) => string.Join('|', values);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>One column of a table: its name and its cell for a record.</summary>
    private sealed record Column<T>(string Name, Func<T, string?> Cell);
}
