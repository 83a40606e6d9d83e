using System.Globalization;
using Dataset.Cli.Text;

namespace Dataset.Cli.Export;

/// <summary>
/// `--format csv`: one table per kind with stable columns (documented in docs/exports.md; new columns are only ever
/// added at the end). A list cell joins its values with <c>|</c>; a role is <c>title@actor-id</c> or just the title.
/// </summary>
internal static class CsvExporter
{
    public static IReadOnlyList<string> Kinds { get; } = ["documents", "actors", "statements", "sanctions"];

    public static IReadOnlyList<string> Columns(string kind) => kind switch
    {
        "documents" => ["id", "title", "publisher", "published", "dateline", "text_file", "text_length"],
        "actors" => ["id", "name", "kind", "roles", "aliases", "wikidata", "introduced_in"],
        "statements" => ["id", "document", "speaker", "via", "audience", "act", "form", "said_on", "summary", "responds_to", .. EvidenceColumns],
        "sanctions" => ["id", "document", "imposer", "targets", "status", "reason", "date", .. EvidenceColumns],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind."),
    };

    public static void Write(TextWriter writer, DatasetExport export, string kind)
    {
        CsvWriter.WriteRow(writer, Columns(kind));
        foreach (var row in Rows(export, kind))
        {
            CsvWriter.WriteRow(writer, row);
        }
    }

    private static readonly string[] EvidenceColumns = ["evidence", "evidence_start", "evidence_end", "evidence_start_line", "evidence_end_line"];

    private static IEnumerable<string?[]> Rows(DatasetExport export, string kind) => kind switch
    {
        "documents" => export.Documents.Select(d => new[] { d.Id, d.Title, d.Publisher, Names.Date(d.Published), d.Dateline, d.TextFile, Number(d.TextLength) }),
        "actors" => export.Actors.Select(a => new[]
        {
            a.Id, a.Name, Names.Kebab(a.Kind), List(a.Roles.Select(r => r.Of is null ? r.Title : $"{r.Title}@{r.Of}")), List(a.Aliases), a.Wikidata, a.IntroducedIn,
        }),
        "statements" => export.Statements.Select(s => (string?[])
        [
            s.Id, s.Evidence.Document, s.Speaker, s.Via, List(s.Audience), Names.Kebab(s.Act), Names.Kebab(s.Form), Names.Date(s.SaidOn), s.Summary, s.RespondsTo, .. Evidence(s.Evidence),
        ]),
        "sanctions" => export.Sanctions.Select(s => (string?[])
        [
            s.Id, s.Evidence.Document, s.Imposer, List(s.Targets), Names.Kebab(s.Status), s.Reason, Names.Date(s.Date), .. Evidence(s.Evidence),
        ]),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind."),
    };

    private static string?[] Evidence(EvidenceRecord e) =>
        [e.Exact, Number(e.Start), Number(e.End), Number(e.StartLine), Number(e.EndLine)];

    private static string List(IEnumerable<string> values) => string.Join('|', values);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
