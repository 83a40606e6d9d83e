using System.Text.Json.Nodes;
using DuckDB.NET.Data;

namespace Dataset.Cli.Tests;

/// <summary>
/// A document's wire and language through every front end (tests/Dataset.Cli.Tests/WireCopyArticles): each export read
/// back, show, the summary, the report and coverage; and events counting a wire copy and its original as one source.
/// </summary>
public class WireAndLanguageTests
{
    private const string Times = "sample-times-2022-10-20-eu-drone-sanctions";
    private const string Persian = "sample-news-fa-2022-10-20-drone-denial";

    [Fact]
    public void Json_events_count_a_wire_copy_and_its_original_once_beside_two_publishers()
    {
        using var folder = new TempFolder();
        var json = JsonNode.Parse(CliRun.Run("export", "-a", WireCopyArticles.In(folder)).Output)!;

        var sanction = json["events"]!.AsArray().Single(e => (string?)e!["id"] == "eu-sanctions-drone-suppliers-times")!;
        Assert.Equal((2, 2, 1), ((int)sanction["articleCount"]!, (int)sanction["publisherCount"]!, (int)sanction["sourceCount"]!));
        Assert.Equal(["Example Wire"], sanction["sources"]!.AsArray().Select(s => (string?)s));
        var documents = json["documents"]!.AsArray().ToDictionary(d => (string)d!["id"]!);
        Assert.Equal(("Example Wire", "en", false), ((string?)documents[Times]!["wire"], (string?)documents[Times]!["language"],
            (bool)documents[Times]!["isLanguageGuessed"]!));
        Assert.Equal((null, "fa", true), ((string?)documents[Persian]!["wire"], (string?)documents[Persian]!["language"],
            (bool)documents[Persian]!["isLanguageGuessed"]!));
    }

    [Fact]
    public void Json_lines_carry_the_same_counts_and_fields()
    {
        using var folder = new TempFolder();
        var lines = CliRun.Run("export", "-a", WireCopyArticles.In(folder), "--format", "jsonl").OutputLines.Select(l => JsonNode.Parse(l)!).ToList();

        Assert.Contains(lines, l => l.ToJsonString().Contains("\"sourceCount\":1", StringComparison.Ordinal)
            && l.ToJsonString().Contains("\"publisherCount\":2", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.ToJsonString().Contains("\"wire\":\"Example Wire\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.ToJsonString().Contains("\"language\":\"fa\",\"isLanguageGuessed\":true", StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_documents_and_events_end_with_the_new_columns()
    {
        using var folder = new TempFolder();
        var annotations = WireCopyArticles.In(folder);

        var documents = CsvReader.Read(CliRun.Run("export", "-a", annotations, "--format", "csv", "--kind", "documents").Output);
        var events = CsvReader.Read(CliRun.Run("export", "-a", annotations, "--format", "csv", "--kind", "events").Output);

        var wire = Array.IndexOf(documents[0], "wire");
        Assert.Equal(["wire", "language", "language_guessed"], documents[0][wire..(wire + 3)]);
        Assert.Equal(["Example Wire", "en", "false"], documents.Single(r => r[0] == Times)[wire..(wire + 3)]);
        Assert.Equal(["", "fa", "true"], documents.Single(r => r[0] == Persian)[wire..(wire + 3)]);
        var sources = Array.IndexOf(events[0], "sources");
        Assert.Equal(["sources", "source_count"], events[0][sources..(sources + 2)]);
        Assert.Equal(["Example Wire", "1"], events.Single(r => r[0] == "eu-sanctions-drone-suppliers-times")[sources..(sources + 2)]);
    }

    [Fact]
    public void Parquet_read_back_by_duckdb_has_the_wire_language_and_source_count()
    {
        using var folder = new TempFolder();
        using var output = new TempFolder();
        Assert.Equal(0, CliRun.Run("export", "--format", "parquet", "-a", WireCopyArticles.In(folder), "--output", output.Path).ExitCode);
        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();

        var documents = SqlRows.Read(
            db,
            $"SELECT id, wire, language, language_guessed FROM '{output.File("documents.parquet")}' ORDER BY id",
            r => (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2), r.GetBoolean(3)));
        var events = SqlRows.Read(
            db,
            $"SELECT id, publisher_count, source_count, sources FROM '{output.File("events.parquet")}' WHERE len(members) > 1 ORDER BY id",
            r => (r.GetString(0), r.GetInt32(1), r.GetInt32(2), string.Join("|", (List<string>)r.GetValue(3))));

        Assert.Equal(
            [("example-wire-2022-10-19-eu-drone-sanctions", null, "en", true), (Persian, null, "fa", true), (Times, "Example Wire", "en", false)],
            documents);
        Assert.Equal([("eu-sanctions-drone-suppliers-times", 2, 1, "Example Wire"), ("iran-denies-sending-drones-times", 2, 1, "Example Wire")], events);
    }

    [Fact]
    public void The_followthemoney_article_names_the_wire_as_author_and_the_language_stated_or_detected()
    {
        using var folder = new TempFolder();
        var file = folder.File("wire.ftm.jsonl");
        Assert.Equal(0, CliRun.Run("export", "--format", "ftm", "-a", WireCopyArticles.In(folder), "--output", file).ExitCode);

        var articles = File.ReadAllLines(file).Select(l => JsonNode.Parse(l)!).Where(e => (string?)e["schema"] == "Article")
            .ToDictionary(e => (string)e["id"]!, e => e["properties"]!);
        var times = articles.Single(a => a.Key.Contains(Times, StringComparison.Ordinal)).Value;
        var persian = articles.Single(a => a.Key.Contains(Persian, StringComparison.Ordinal)).Value;
        Assert.Equal(("Example Wire", "eng"), ((string?)times["author"]![0], (string?)times["language"]![0]));
        Assert.Null(times["detectedLanguage"]);
        Assert.Equal("fas", (string?)persian["detectedLanguage"]![0]);
        Assert.Null(persian["language"]);
    }

    [Fact]
    public void The_web_annotation_target_carries_the_language_and_its_direction()
    {
        using var folder = new TempFolder();
        var json = JsonNode.Parse(CliRun.Run("export", "-a", WireCopyArticles.In(folder), "--format", "webannotation").Output)!;

        var targets = json["first"]!["items"]!.AsArray().ToDictionary(a => (string)a!["id"]!, a => a!["target"]!);
        Assert.Equal(("fa", "rtl"), ((string?)targets["urn:dataset:statement:iran-denies-selling-drones-fa"]["language"],
            (string?)targets["urn:dataset:statement:iran-denies-selling-drones-fa"]["textDirection"]));
        Assert.Equal(("en", "ltr"), ((string?)targets["urn:dataset:statement:iran-denies-sending-drones-times"]["language"],
            (string?)targets["urn:dataset:statement:iran-denies-sending-drones-times"]["textDirection"]));
    }

    [Fact]
    public void Show_and_the_summary_give_the_wire_the_language_and_the_events_sources()
    {
        using var folder = new TempFolder();
        var annotations = WireCopyArticles.In(folder);

        var document = CliRun.Run("show", "-a", annotations, "document", Times).OutputLines;
        var persian = CliRun.Run("show", "-a", annotations, "document", Persian).OutputLines;
        var statement = CliRun.Run("show", "-a", annotations, "statement", "iran-denies-sending-drones-times").OutputLines;
        var summary = CliRun.Run("summary", "-a", annotations).Output;

        Assert.Contains(document, l => l.Trim() == "wire:          Example Wire");
        Assert.Contains(document, l => l.Trim() == "language:      en");
        Assert.Contains(persian, l => l.Trim() == "language:      fa (guessed)");
        Assert.Contains(
            statement,
            l => l.Trim() == "event:         iran-denies-sending-drones-times (2 reports in 2 articles, 2 publishers, 1 independent source: Example Wire)");
        Assert.Contains("Sample Times (copy of Example Wire), 2022-10-20 · en · ", summary, StringComparison.Ordinal);
        Assert.Contains("Sample News Persian, 2022-10-20 · fa (guessed) · ", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_shows_the_wire_the_sources_and_sets_lang_and_dir_on_text_and_quotes()
    {
        using var folder = new TempFolder();
        var page = folder.File("report.html");
        Assert.Equal(0, CliRun.Run("report", "-a", WireCopyArticles.In(folder), "--output", page).ExitCode);
        var html = File.ReadAllText(page);

        Assert.Contains("Sample Times (copy of Example Wire), 2022-10-20", html, StringComparison.Ordinal);
        Assert.Contains(">Sample Times (copy of Example Wire), 2022-10-20</a>", html, StringComparison.Ordinal);
        Assert.Contains("2 articles, 2 publishers, 1 independent source</div>", html, StringComparison.Ordinal);
        Assert.Contains("<article class=\"text\" lang=\"fa\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains($"<blockquote lang=\"fa\" dir=\"rtl\">{WireCopyArticles.PersianEvidence}</blockquote>", html, StringComparison.Ordinal);
        Assert.Contains("<article class=\"text\" lang=\"en\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains(
            "language: Persian (fa, guessed) · <span class=\"warning\">coverage: language &#39;fa&#39; is not covered; nothing judged</span>",
            html,
            StringComparison.Ordinal);
        Assert.Contains("language: English (en)</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_says_plainly_that_a_language_it_cannot_read_is_not_judged()
    {
        using var folder = new TempFolder();
        var lines = CliRun.Run("coverage", "-a", WireCopyArticles.In(folder)).OutputLines;

        var persian = Array.FindIndex(lines, l => l.Contains("2022-10-20-sample-news-fa-drone-denial.txt", StringComparison.Ordinal));
        Assert.Equal("  language 'fa' is not covered; nothing judged", lines[persian + 1]);
        Assert.DoesNotContain(
            lines.Skip(persian + 1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)),
            l => l.Contains(" of ", StringComparison.Ordinal));
        Assert.EndsWith(", 1 document(s) in a language not covered, nothing judged", lines[^1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("quoted passages annotated", StringComparison.Ordinal));
    }
}
