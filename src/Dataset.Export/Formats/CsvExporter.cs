using System.Globalization;

namespace Dataset.Export;

/// <summary>
/// `--format csv`: one table per kind with stable columns (documented in docs/exports.md; new columns are only ever
/// added at the end). A list cell joins its values with <c>|</c>; a role is <c>title@actor-id</c> or just the title.
/// </summary>
internal static class CsvExporter
{
    public static IReadOnlyList<string> Columns(ExportTable table) => table switch
    {
        ExportTable.Documents => ["id", "title", "publisher", "published", "dateline", "text_file", "text_length", .. SourceColumns, "url", "retrieved"],
        ExportTable.Actors => ["id", "name", "kind", "roles", "aliases", "wikidata", "introduced_in", .. SourceColumns, "draft"],
        ExportTable.Statements => [
            "id",
            "document",
            "speaker",
            "via",
            "audience",
            "act",
            "form",
            "said_on",
            "summary",
            "responds_to",
            .. EvidenceColumns,
            .. SourceColumns,
            .. PloverColumns,
            .. LinkColumns,
            "draft"],
        ExportTable.Sanctions => [
            "id",
            "document",
            "imposer",
            "targets",
            "status",
            "reason",
            "date",
            .. EvidenceColumns,
            .. SourceColumns,
            .. PloverColumns,
            "provisions",
            "program",
            "authority",
            "start",
            "end",
            .. LinkColumns,
            "draft"],
        ExportTable.Events => ["id", "kind", "members", "documents", "publishers", "article_count", "publisher_count", "first_reported"],
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

    private static readonly string[] EvidenceColumns = ["evidence", "evidence_start", "evidence_end", "evidence_start_line", "evidence_end_line"];

    private static readonly string[] SourceColumns = ["source_file", "source_line", "source_column"];

    private static readonly string[] PloverColumns = ["plover_type", "plover_quad"];

    private static readonly string[] LinkColumns = ["same_as", "distinct_from", "event"];

    private static IEnumerable<string?[]> Rows(DatasetExport export, ExportTable table) => table switch
    {
        ExportTable.Documents => export.Documents.Select(d => (string?[])
        [
            d.Id, d.Title, d.Publisher, Names.Date(d.Published), d.Dateline, d.TextFile, Number(d.TextLength), .. Source(d), d.Url, Names.Date(d.Retrieved),
        ]),
        ExportTable.Actors => export.Actors.Select(a => (string?[])
        [
            a.Id, a.Name, Names.Kebab(a.Kind), List(a.Roles.Select(Role)), List(a.Aliases), a.Wikidata, a.IntroducedIn, .. Source(a), Flag(a.Draft),
        ]),
        ExportTable.Statements => export.Statements.Select(s => (string?[])
        [
            s.Id,
            s.Evidence.Document,
            s.Speaker,
            s.Via,
            List(s.Audience),
            Names.Kebab(s.Act),
            Names.Kebab(s.Form),
            Names.Date(s.SaidOn),
            s.Summary,
            s.RespondsTo,
            .. Evidence(s.Evidence),
            .. Source(s),
            s.PloverType,
            s.PloverQuad,
            .. Links(s),
            Flag(s.Draft),
        ]),
        ExportTable.Sanctions => export.Sanctions.Select(s => (string?[])
        [
            s.Id,
            s.Evidence.Document,
            s.Imposer,
            List(s.Targets),
            Names.Kebab(s.Status),
            s.Reason,
            Names.Date(s.Date),
            .. Evidence(s.Evidence),
            .. Source(s),
            s.PloverType,
            s.PloverQuad,
                List(s.Provisions), s.Program, s.Authority, Names.Date(s.Start), Names.Date(s.End), .. Links(s), Flag(s.Draft),
        ]),
        ExportTable.Events => export.Events.Select(e => (string?[])
        [
            e.Id,
            Names.Kebab(e.Kind),
            List(e.Members),
            List(e.Documents),
            List(e.Publishers),
            Number(e.ArticleCount),
            Number(e.PublisherCount),
            Names.Date(e.FirstReported),
        ]),
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Not a table."),
    };

    private static string?[] Links(EventRecord r) => [List(r.SameAs), List(r.DistinctFrom), r.Event];

    private static string?[] Evidence(EvidenceRecord e) =>
        [e.Exact, Number(e.Start), Number(e.End), Number(e.StartLine), Number(e.EndLine)];

    /// <summary>The declaration's path, line and column; empty cells when it is unknown.</summary>
    private static string?[] Source(ExportRecord r) =>
        [r.SourceFile, r.SourceLine is { } line ? Number(line) : null, r.SourceColumn is { } column ? Number(column) : null];

    /// <summary>A role as one value: <c>title@actor-id</c>, or just the title (the Parquet export spells it the same).</summary>
    public static string Role(RoleRecord role) => role.Of is null ? role.Title : $"{role.Title}@{role.Of}";

    private static string Flag(bool value) => value ? "true" : "false";

    private static string List(IEnumerable<string> values) => string.Join('|', values);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
