using System.Text.Json.Nodes;
using DuckDB.NET.Data;
using Dataset.Export;

namespace Dataset.Cli.Tests;

/// <summary>
/// The draft mark reaches every export: on the article of tests/Shared/DraftArticles, each drafted actor, statement
/// and sanction is a draft in CSV, JSON, JSON Lines, Parquet and FtM (the actor's notes, the sanction's description), and each reviewed one is not.
/// </summary>
public partial class DraftExportTests
{
    private static readonly Dictionary<string, string[]> Ids = new()
    {
        ["actors"] = ["freedonia", "jane-doe", DraftArticles.DraftedActor, DraftArticles.ReviewedActor],
        ["statements"] = [DraftArticles.ReviewedStatement, DraftArticles.DraftedStatement],
        ["sanctions"] = [DraftArticles.DraftedSanction, DraftArticles.ReviewedSanction],
    };

    public static TheoryData<string> Kinds => [.. Ids.Keys];

    [Fact]
    public void Export_warns_once_for_each_draft_at_its_mark_and_still_exports_it()
    {
        var result = Export("json");

        Assert.Equal(0, result.ExitCode);
        var warnings = result.Error.Split('\n').Where(l => l.Contains(" DS0032: ", StringComparison.Ordinal)).ToList();
        Assert.All(warnings, w => Assert.Contains(DraftArticles.Annotation, w, StringComparison.Ordinal));
        var lines = File.ReadAllLines(Path.Combine(DraftArticles.Folder, DraftArticles.Annotation));
        var marks = Enumerable.Range(1, lines.Length).Where(n => lines[n - 1].Trim() == "draft: true").ToList();
        Assert.Equal(3, marks.Count);
        Assert.Equal(marks.Select(n => $"({n},12): warning DS0032"), warnings.Select(w => WarningPlace().Match(w).Value));
        var json = JsonExporter.Read(result.Output);
        Assert.Equal(Ids["actors"].Order(StringComparer.Ordinal), json.Actors.Select(a => a.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Csv_draft_column_is_true_for_the_drafts_only(string kind)
    {
        var rows = CsvReader.Read(Export("csv", "--kind", kind).Output);

        var draft = Array.IndexOf(rows[0], "draft");
        Assert.True(draft > 0, string.Join(",", rows[0]));
        Assert.Equal(Expected(kind, "true", "false"), rows.Skip(1).Select(r => (r[0], r[draft])).Order());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Json_draft_property_is_true_for_the_drafts_only(string kind)
    {
        var json = JsonNode.Parse(Export("json").Output)!;

        var records = json[kind]!.AsArray().Select(r => ((string)r!["id"]!, r["draft"]!.GetValue<bool>()));
        Assert.Equal(Expected(kind, true, false), records.Order());
    }

    [Fact]
    public void Json_lines_and_json_read_back_with_the_draft_flag_of_each_record()
    {
        var lines = JsonLinesExporter.Read(new StringReader(Export("jsonl").Output)).ToList();
        var read = JsonExporter.Read(Export("json").Output);

        var drafted = lines.Where(r => r switch { ActorRecord a => a.Draft, EventRecord e => e.Draft, _ => false }).Select(r => r.Id);
        Assert.Equal(DraftArticles.Drafted.Order(StringComparer.Ordinal), drafted.Order(StringComparer.Ordinal));
        var fromJson = read.Actors.Where(a => a.Draft)
            .Select(a => a.Id)
            .Concat(read.Statements.Where(s => s.Draft).Select(s => s.Id))
            .Concat(read.Sanctions.Where(s => s.Draft).Select(s => s.Id));
        Assert.Equal(DraftArticles.Drafted.Order(StringComparer.Ordinal), fromJson.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parquet_draft_column_is_a_boolean_DuckDB_reads_true_for_the_drafts_only()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, Export("parquet", "--output", folder.Path).ExitCode);
        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();

        foreach (var kind in Ids.Keys)
        {
            var file = folder.File(kind + ".parquet");
            Assert.Equal("BOOLEAN", SqlRows.Read(db, $"DESCRIBE SELECT draft FROM '{file}'", r => r.GetString(1)).Single());
            Assert.Equal(Expected(kind, true, false), SqlRows.Read(db, $"SELECT id, draft FROM '{file}' ORDER BY id", r => (r.GetString(0), r.GetBoolean(1))));
        }
    }

    [Fact]
    public void FollowTheMoney_marks_the_drafted_actor_in_its_notes_and_the_drafted_sanction_in_its_description()
    {
        var entities = Export("ftm").OutputLines.Select(l => JsonNode.Parse(l)!).ToDictionary(e => (string)e["id"]!);

        Assert.Equal([DraftArticles.DraftedActor], Carrying(entities, "notes"));
        Assert.Equal([DraftArticles.DraftedSanction + "." + DraftArticles.DraftedActor], Carrying(entities, "description"));
        Assert.Contains(DraftArticles.ReviewedActor, entities.Keys);
        Assert.Contains(DraftArticles.ReviewedSanction + "." + DraftArticles.ReviewedActor, entities.Keys);
    }

    /// <summary>The ids of the entities whose <paramref name="property"/> is exactly the draft note.</summary>
    private static IEnumerable<string> Carrying(Dictionary<string, JsonNode> entities, string property)
    {
        var carrying = entities.Where(e => e.Value["properties"]![property] is not null).ToList();
        Assert.All(carrying, e => Assert.Equal([FtmExporter.DraftNote], e.Value["properties"]![property]!.AsArray().Select(n => (string)n!)));
        return carrying.Select(e => e.Key).Order(StringComparer.Ordinal);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\([0-9]+,[0-9]+\): warning DS0032")]
    private static partial System.Text.RegularExpressions.Regex WarningPlace();

    private static CliResult Export(string format, params string[] more) =>
        CliRun.Run(["export", "--format", format, "--annotations", DraftArticles.Folder, .. more]);

    /// <summary>Each id of the kind with <paramref name="drafted"/> for the drafts and <paramref name="reviewed"/> for the rest, in id order.</summary>
    private static IEnumerable<(string, T)> Expected<T>(string kind, T drafted, T reviewed) =>
        Ids[kind].Order(StringComparer.Ordinal).Select(id => (id, DraftArticles.Drafted.Contains(id) ? drafted : reviewed));
}
