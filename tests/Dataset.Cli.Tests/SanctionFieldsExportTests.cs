using System.Text.Json.Nodes;
using DuckDB.NET.Data;
using Dataset.Export;

namespace Dataset.Cli.Tests;

/// <summary>
/// A sanction's proposer and forthcoming status and a statement's standing position reach every export and
/// <c>dataset show</c>, and read back: JSON, JSON Lines, CSV, Parquet; FtM carries the status but has no property for
/// the proposer; the Web Annotation tags the status.
/// </summary>
public sealed class SanctionFieldsExportTests : IDisposable
{
    private readonly CorpusFolder _folder = new(SanctionFieldsArticle.Files);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Json_and_json_lines_read_back_with_the_proposer_the_status_and_the_standing_position()
    {
        var json = JsonExporter.Read(Export("json").Output);
        var lines = JsonLinesExporter.Read(new StringReader(Export("jsonl").Output)).ToList();

        foreach (var (sanction, statements) in new[] {
            (json.Sanctions.Single(), json.Statements),
            (lines.OfType<SanctionRecord>().Single(), lines.OfType<StatementRecord>().ToList()) })
        {
            Assert.Equal("jane-doe", sanction.Proposer);
            Assert.Equal("freedonia", sanction.Imposer);
            Assert.Equal(SanctionStatus.Forthcoming, sanction.Status);
            Assert.Equal([("freedonia-announces", false), ("ruritania-denies-drones", true)], statements.Select(s => (s.Id, s.StandingPosition)).Order());
            Assert.Null(statements.Single(s => s.StandingPosition).SaidOn);
        }

        var raw = JsonNode.Parse(Export("json").Output)!;
        Assert.Equal("forthcoming", (string?)raw["sanctions"]![0]!["status"]);
    }

    [Fact]
    public void Csv_has_the_standing_position_after_the_draft_flag_and_the_proposer()
    {
        var statements = CsvReader.Read(Export("csv", "--kind", "statements").Output);
        var sanctions = CsvReader.Read(Export("csv", "--kind", "sanctions").Output);

        var standing = Array.IndexOf(statements[0], "standing_position");
        Assert.Equal("draft", statements[0][standing - 1]);
        Assert.Equal([("freedonia-announces", "false"), ("ruritania-denies-drones", "true")], statements.Skip(1).Select(r => (r[0], r[standing])).Order());
        var proposer = Array.IndexOf(sanctions[0], "proposer");
        Assert.Equal("draft", sanctions[0][proposer - 1]);
        Assert.Equal("jane-doe", sanctions[1][proposer]);
        Assert.Equal("forthcoming", sanctions[1][Array.IndexOf(sanctions[0], "status")]);
    }

    [Fact]
    public void Parquet_has_a_boolean_standing_position_and_a_string_proposer()
    {
        Assert.Equal(0, Export("parquet", "--output", _folder.File("out")).ExitCode);
        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();

        var statements = _folder.File("out/statements.parquet");
        var sanctions = _folder.File("out/sanctions.parquet");
        Assert.Equal("BOOLEAN", SqlRows.Read(db, $"DESCRIBE SELECT standing_position FROM '{statements}'", r => r.GetString(1)).Single());
        Assert.Equal(
            [("freedonia-announces", false), ("ruritania-denies-drones", true)],
            SqlRows.Read(db, $"SELECT id, standing_position FROM '{statements}' ORDER BY id", r => (r.GetString(0), r.GetBoolean(1))));
        Assert.Equal([("jane-doe", "forthcoming")], SqlRows.Read(db, $"SELECT proposer, status FROM '{sanctions}'", r => (r.GetString(0), r.GetString(1))));
    }

    [Fact]
    public void FollowTheMoney_carries_the_status_and_no_proposer()
    {
        var sanction = Export("ftm").OutputLines.Select(l => JsonNode.Parse(l)!).Single(e => (string?)e["schema"] == "Sanction")["properties"]!;

        Assert.Equal("forthcoming", (string?)sanction["status"]![0]);
        Assert.Equal("Freedonia", (string?)sanction["authority"]![0]);
        Assert.DoesNotContain("jane-doe", sanction.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Jane Doe", sanction.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_web_annotation_tags_the_forthcoming_status()
    {
        var items = JsonNode.Parse(Export("webannotation").Output)!["first"]!["items"]!.AsArray();
        var sanction = items.Single(i => (string?)i!["id"] == "urn:dataset:sanction:freedonia-sanctions-ruritania")!;

        Assert.Contains(sanction["body"]!.AsArray(), b => (string?)b!["purpose"] == "tagging" && (string?)b["value"] == "forthcoming");
    }

    [Fact]
    public void Show_names_the_proposer_and_the_standing_position()
    {
        var sanction = _folder.Show("freedonia-sanctions-ruritania");
        var statement = _folder.Show("ruritania-denies-drones");

        Assert.Contains("proposer: Jane Doe [jane-doe]", sanction);
        Assert.Contains("status: forthcoming", sanction);
        Assert.Contains("said on: standing position, no day", statement);
    }

    [Fact]
    public void Summary_list_and_report_name_the_proposer()
    {
        var summary = CliRun.Run("summary", "--annotations", _folder.Path).OutputLines.Select(CorpusFolder.Squeezed).ToList();
        var list = CliRun.Run("list", "--annotations", _folder.Path, "sanctions").OutputLines;
        var report = CliRun.Run("report", "--annotations", _folder.Path, "--output", "-").Output;

        Assert.Equal("proposed by: Jane Doe", summary[summary.FindIndex(l => l.StartsWith("Freedonia → Ruritania", StringComparison.Ordinal)) + 1]);
        Assert.Contains(list, l => l.Contains("Freedonia → Ruritania: forthcoming, proposed by Jane Doe", StringComparison.Ordinal));
        Assert.Contains("<span class=\"meta\">proposed by</span> <a class=\"actor\" href=\"#actor-jane-doe\"", report, StringComparison.Ordinal);
    }

    private CliResult Export(string format, params string[] more) => _folder.Export(format, more);
}
