using System.Text.Json.Nodes;
using DuckDB.NET.Data;
using Dataset.Export;

namespace Dataset.Cli.Tests;

/// <summary>
/// A restatement, a group's members and a provision's targets reach every export, <c>dataset show</c>, the report and
/// the events, and read back: JSON, JSON Lines, CSV, Parquet, FtM (Membership entities, each target's own provisions),
/// the Web Annotation (a linking body, each provision with its targets). The wire article's lede and quote are one
/// utterance: its event counts them as one report and lists the article once.
/// </summary>
public sealed class RestatementExportTests : IDisposable
{
    private readonly CorpusFolder _folder = new(RestatementArticles.Files);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Json_and_json_lines_read_back_with_restates_members_provision_targets_and_the_report_count()
    {
        var json = JsonExporter.Read(Export("json").Output);
        var lines = JsonLinesExporter.Read(new StringReader(Export("jsonl").Output)).ToList();

        foreach (var export in new[] {
            json,
            new DatasetExport(
                lines.OfType<DocumentRecord>().ToList(), lines.OfType<ActorRecord>().ToList(), lines.OfType<StatementRecord>().ToList(),
                lines.OfType<SanctionRecord>().ToList(), lines.OfType<EventExportRecord>().ToList()) })
        {
            Assert.Equal("iran-denies-drones-lede", export.Statements.Single(s => s.Id == "iran-denies-drones-quote").Restates);
            Assert.Null(export.Statements.Single(s => s.Id == "iran-denies-drones-lede").Restates);
            Assert.Equal(["ali-ahmadi", "reza-karimi", "hassan-nouri"], export.Actors.Single(a => a.Id == "iranian-generals").Members);
            Assert.Empty(export.Actors.Single(a => a.Id == "iran").Members);
            var sanction = export.Sanctions.Single();
            Assert.Equal(["asset-freeze", "travel-ban"], sanction.Provisions);
            Assert.Equal(
                ["asset-freeze=drone-firm;iranian-generals", "travel-ban=iranian-generals"],
                sanction.ProvisionTargets.Select(p => p.ToString()));
            var denial = export.Events.Single(e => e.Members.Contains("iran-denies-drones-quote"));
            Assert.Equal(["iran-denies-drones-lede", "iran-denies-drones-quote", "iran-denies-drones-times"], denial.Members);
            Assert.Equal((2, 2, 2), (denial.ReportCount, denial.ArticleCount, denial.Documents.Count));
        }

        var raw = JsonNode.Parse(Export("json").Output)!;
        Assert.Equal("travel-ban", (string?)raw["sanctions"]![0]!["provisionTargets"]![1]!["provision"]);
    }

    [Fact]
    public void Csv_ends_with_members_restates_provision_targets_and_the_report_count()
    {
        var actors = CsvReader.Read(Export("csv", "--kind", "actors").Output);
        var statements = CsvReader.Read(Export("csv", "--kind", "statements").Output);
        var sanctions = CsvReader.Read(Export("csv", "--kind", "sanctions").Output);
        var events = CsvReader.Read(Export("csv", "--kind", "events").Output);

        Assert.Equal("members", actors[0][^1]);
        Assert.Equal("ali-ahmadi|reza-karimi|hassan-nouri", actors.Single(r => r[0] == "iranian-generals")[^1]);
        Assert.Equal("restates", statements[0][^1]);
        Assert.Equal("iran-denies-drones-lede", statements.Single(r => r[0] == "iran-denies-drones-quote")[^1]);
        Assert.Equal("provision_targets", sanctions[0][^1]);
        Assert.Equal("asset-freeze=drone-firm;iranian-generals|travel-ban=iranian-generals", sanctions[1][^1]);
        Assert.Equal("report_count", events[0][^1]);
        Assert.Equal("2", events.Single(r => r[0] == "iran-denies-drones-lede")[^1]);
    }

    [Fact]
    public void Parquet_reads_back_through_duckdb()
    {
        Assert.Equal(0, Export("parquet", "--output", _folder.File("out")).ExitCode);
        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();

        var actors = _folder.File("out/actors.parquet");
        var statements = _folder.File("out/statements.parquet");
        var sanctions = _folder.File("out/sanctions.parquet");
        var events = _folder.File("out/events.parquet");
        Assert.Equal(
            ["ali-ahmadi|reza-karimi|hassan-nouri"],
            SqlRows.Read(db, $"SELECT array_to_string(members, '|') FROM '{actors}' WHERE id = 'iranian-generals'", r => r.GetString(0)));
        Assert.Equal(
            ["iran-denies-drones-lede"],
            SqlRows.Read(db, $"SELECT restates FROM '{statements}' WHERE restates IS NOT NULL", r => r.GetString(0)));
        Assert.Equal(
            ["asset-freeze=drone-firm;iranian-generals|travel-ban=iranian-generals"],
            SqlRows.Read(db, $"SELECT array_to_string(provision_targets, '|') FROM '{sanctions}'", r => r.GetString(0)));
        Assert.Equal([2], SqlRows.Read(db, $"SELECT report_count FROM '{events}' WHERE id = 'iran-denies-drones-lede'", r => r.GetInt32(0)));
    }

    [Fact]
    public void FollowTheMoney_ties_members_by_membership_and_gives_each_target_its_own_provisions()
    {
        var entities = Export("ftm").OutputLines.Select(l => JsonNode.Parse(l)!).ToList();

        Assert.Equal("Organization", (string?)entities.Single(e => (string?)e["id"] == "iranian-generals")["schema"]);
        var memberships = entities.Where(e => (string?)e["schema"] == "Membership").ToList();
        Assert.Equal(
            [("ali-ahmadi", "iranian-generals"), ("hassan-nouri", "iranian-generals"), ("reza-karimi", "iranian-generals")],
            memberships.Select(m => ((string?)m["properties"]!["member"]![0], (string?)m["properties"]!["organization"]![0])).Order());
        string[] Provisions(string target) =>
            [.. entities.Single(e => (string?)e["id"] == "uk-sanctions-firm-and-generals." + target)["properties"]!["provisions"]!.AsArray()
                .Select(v => (string)v!)];
        Assert.Equal(["asset-freeze"], Provisions("drone-firm"));
        Assert.Equal(["asset-freeze", "travel-ban"], Provisions("iranian-generals"));
    }

    [Fact]
    public void The_web_annotation_links_a_restatement_and_describes_each_provision_with_its_targets()
    {
        var items = JsonNode.Parse(Export("webannotation").Output)!["first"]!["items"]!.AsArray();
        var quote = items.Single(i => (string?)i!["id"] == "urn:dataset:statement:iran-denies-drones-quote")!;
        var sanction = items.Single(i => (string?)i!["id"] == "urn:dataset:sanction:uk-sanctions-firm-and-generals")!;

        Assert.Contains(
            quote["body"]!.AsArray(),
            b => (string?)b!["purpose"] == "linking" && (string?)b["source"] == "urn:dataset:statement:iran-denies-drones-lede");
        Assert.Equal(
            ["provision asset-freeze: drone-firm, iranian-generals", "provision travel-ban: iranian-generals"],
            sanction["body"]!.AsArray().Where(b => (string?)b!["purpose"] == "describing").Select(b => (string?)b!["value"]));
    }

    [Fact]
    public void Show_names_the_restatement_the_members_and_each_provisions_targets()
    {
        var quote = _folder.Show("iran-denies-drones-quote");
        var lede = _folder.Show("iran-denies-drones-lede");
        var group = _folder.Show("iranian-generals");
        var member = _folder.Show("reza-karimi");
        var sanction = _folder.Show("uk-sanctions-firm-and-generals");

        Assert.Contains(quote, l => l.StartsWith("restates: iran-denies-drones-lede", StringComparison.Ordinal));
        Assert.Contains("event: iran-denies-drones-lede (2 reports in 2 articles, 2 publishers)", quote);
        Assert.Equal("restated by (1):", lede[lede.FindIndex(l => l.StartsWith("restated by", StringComparison.Ordinal))]);
        Assert.Equal(
            ["Ali Ahmadi [ali-ahmadi]", "Reza Karimi [reza-karimi]", "Hassan Nouri [hassan-nouri]"],
            group.Skip(group.IndexOf("members (3):") + 1).Take(3));
        Assert.Equal("Three Iranian generals [iranian-generals]", member[member.IndexOf("member of (1):") + 1]);
        Assert.Contains("provisions: asset-freeze, travel-ban (for iranian-generals)", sanction);
    }

    [Fact]
    public void The_report_lists_an_article_once_in_also_reported_by_and_names_restates_members_and_provision_targets()
    {
        var report = CliRun.Run("report", "--annotations", _folder.Path, "--output", "-").Output;

        // The Times report of the denial is also reported by the wire article: once, though two of its statements link to it.
        var times = Between(report, "id=\"statement-iran-denies-drones-times\"", "</li>");
        Assert.Equal(1, Count(times, "Example Wire, 2022-10-19"));
        // The lede's own article is not among those that also report it.
        Assert.DoesNotContain("Example Wire", Between(report, "id=\"statement-iran-denies-drones-lede\"", "</li>"), StringComparison.Ordinal);
        Assert.Contains(
            "restates <a href=\"#statement-iran-denies-drones-lede\">",
            Between(report, "id=\"statement-iran-denies-drones-quote\"", "</li>"),
            StringComparison.Ordinal);
        Assert.Contains("<span class=\"meta\">members</span> <a class=\"actor\" href=\"#actor-ali-ahmadi\"", report, StringComparison.Ordinal);
        Assert.Contains(
            "travel-ban for Three Iranian generals",
            Between(report, "id=\"sanction-uk-sanctions-firm-and-generals\"", "</li>"),
            StringComparison.Ordinal);
    }

    private static string Between(string text, string start, string end)
    {
        var at = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{start}' is not in the text");
        return text[at..text.IndexOf(end, at, StringComparison.Ordinal)];
    }

    private static int Count(string text, string what) => (text.Length - text.Replace(what, string.Empty, StringComparison.Ordinal).Length) / what.Length;

    private CliResult Export(string format, params string[] more) => _folder.Export(format, more);
}
