using System.Text.Json;
using System.Text.Json.Nodes;
using Dataset.Export;
using Dataset.Seeds;

namespace Dataset.Cli.Tests;

/// <summary>`export` of the seed dataset in every format, read back.</summary>
public class ExportTests
{
    private static readonly DatasetCatalog Data = Catalog.Instance;

    [Fact]
    public void Json_reads_back_into_records_equal_to_the_catalogs()
    {
        var result = CliRun.Run("export", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        var read = JsonExporter.Read(result.Output);
        Assert.Equivalent(DatasetExport.From(Data), read, strict: true);
        Assert.Equal(Data.Statements.Count, read.Statements.Count);
    }

    [Fact]
    public void Json_records_carry_every_field_of_the_catalog_objects()
    {
        var read = JsonExporter.Read(CliRun.Run("export").Output);
        foreach (var s in Data.Statements)
        {
            var r = Assert.Single(read.Statements, r => r.Id == s.Id.Value);
            Assert.Equal(s.SpeakerId.Value, r.Speaker);
            Assert.Equal(s.ViaId?.Value, r.Via);
            Assert.Equal(s.AudienceIds.Select(a => a.Value), r.Audience);
            Assert.Equal((s.Act, s.Form, s.SaidOn, s.Summary, s.RespondsToId?.Value), (r.Act, r.Form, r.SaidOn, r.Summary, r.RespondsTo));
            Assert.Equal(
                s.Evidence,
                new Evidence(
                    new DocumentId(r.Evidence.Document),
                    r.Evidence.Exact,
                    r.Evidence.Prefix,
                    r.Evidence.Suffix,
                    r.Evidence.Start,
                    r.Evidence.End,
                    r.Evidence.StartLine,
                    r.Evidence.EndLine));
        }

        foreach (var s in Data.Sanctions)
        {
            var r = Assert.Single(read.Sanctions, r => r.Id == s.Id.Value);
            Assert.Equal((s.ImposerId.Value, s.Status, s.Reason, s.Date), (r.Imposer, r.Status, r.Reason, r.Date));
            Assert.Equal(s.TargetIds.Select(t => t.Value), r.Targets);
        }

        foreach (var a in Data.Actors)
        {
            var r = Assert.Single(read.Actors, r => r.Id == a.Id.Value);
            Assert.Equal((a.Name, a.Kind, a.Wikidata, a.IntroducedIn?.Value), (r.Name, r.Kind, r.Wikidata, r.IntroducedIn));
            Assert.Equal(a.Roles.Select(x => (x.Title, x.OfId?.Value)), r.Roles.Select(x => (x.Title, x.Of)));
            Assert.Equal(a.Aliases, r.Aliases);
        }
    }

    [Fact]
    public void Json_writes_ids_as_strings_enums_in_kebab_case_and_dates_as_iso()
    {
        var json = JsonNode.Parse(CliRun.Run("export").Output)!;
        var kirby = json["statements"]!.AsArray().Single(s => (string?)s!["id"] == "kirby-vows-to-expose-deter-and-confront-iran")!;
        Assert.Equal("john-kirby", (string?)kirby["speaker"]);
        Assert.Equal("warn", (string?)kirby["act"]);
        Assert.Contains(json["statements"]!.AsArray(), s => (string?)s!["act"] == "decline-comment");
        Assert.Contains(json["actors"]!.AsArray(), a => (string?)a!["kind"] == "government-body");
        var call = json["statements"]!.AsArray().Single(s => (string?)s!["id"] == "austin-urges-shoigu-to-keep-lines-open")!;
        Assert.Equal("2022-10-21", (string?)call["saidOn"]);
        Assert.Equal("2022-10-22", (string?)json["documents"]![0]!["published"]);
    }

    [Fact]
    public void Json_with_an_unknown_field_is_refused_when_read_back()
    {
        var json = CliRun.Run("export").Output.Replace("\"speaker\":", "\"speakr\":", StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonExporter.Read(json));
    }

    [Fact]
    public void Json_lines_hold_one_typed_record_per_line_and_read_back()
    {
        var result = CliRun.Run("export", "--format", "jsonl");
        Assert.Equal(0, result.ExitCode);
        var lines = result.OutputLines;
        Assert.Equal(Data.Documents.Count + Data.Actors.Count + Data.Statements.Count + Data.Sanctions.Count + Data.Events.Count, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("{\"type\":\"", l, StringComparison.Ordinal));
        var read = JsonLinesExporter.Read(new StringReader(result.Output)).ToList();
        Assert.Equivalent(DatasetExport.From(Data).All().ToList(), read, strict: true);
        Assert.Equal(Data.Sanctions.Count, read.OfType<SanctionRecord>().Count());
    }

    [Theory]
    [InlineData("documents")]
    [InlineData("actors")]
    [InlineData("statements")]
    [InlineData("sanctions")]
    [InlineData("events")]
    public void Csv_has_the_documented_header_and_one_row_per_record(string kind)
    {
        var result = CliRun.Run("export", "--format", "csv", "--kind", kind);
        Assert.Equal(0, result.ExitCode);
        var rows = CsvReader.Read(result.Output);
        Assert.Equal(CsvExporter.Columns(ExportTables.FromName(kind)!.Value), rows[0]);
        Assert.Equal(Documented(kind), rows[0]);
        var count = kind switch
        {
            "documents" => Data.Documents.Count,
            "actors" => Data.Actors.Count,
            "statements" => Data.Statements.Count,
            "events" => Data.Events.Count,
            _ => Data.Sanctions.Count,
        };
        Assert.Equal(count, rows.Count - 1);
        Assert.All(rows, r => Assert.Equal(rows[0].Length, r.Length));
    }

    [Fact]
    public void Csv_statements_quote_evidence_with_commas_and_quotes_exactly()
    {
        var rows = CsvReader.Read(CliRun.Run("export", "--format", "csv", "--kind", "statements").Output);
        var column = rows[0].ToList();
        foreach (var s in Data.Statements)
        {
            var row = Assert.Single(rows, r => r[0] == s.Id.Value);
            Assert.Equal(s.Evidence.Exact, row[column.IndexOf("evidence")]);
            Assert.Equal(s.SpeakerId.Value, row[column.IndexOf("speaker")]);
            Assert.Equal(string.Join('|', s.AudienceIds), row[column.IndexOf("audience")]);
            Assert.Equal(s.Evidence.Start.ToString(System.Globalization.CultureInfo.InvariantCulture), row[column.IndexOf("evidence_start")]);
        }

        Assert.Contains(
            Data.Statements,
            s => s.Evidence.Exact.Contains(',', StringComparison.Ordinal) && s.Evidence.Exact.Contains('“', StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_actors_write_roles_as_title_at_actor_id()
    {
        var rows = CsvReader.Read(CliRun.Run("export", "--format", "csv", "--kind", "actors").Output);
        var austin = Assert.Single(rows, r => r[0] == "lloyd-austin");
        Assert.Equal(["lloyd-austin", "Lloyd Austin", "person", "US Defense Secretary@united-states"], austin[..4]);
    }

    [Fact]
    public void Csv_actor_rows_end_with_the_file_line_and_column_of_their_id_then_the_draft_flag()
    {
        var rows = CsvReader.Read(CliRun.Run("export", "--format", "csv", "--kind", "actors").Output);
        var column = rows[0].ToList();
        var austin = Assert.Single(rows, r => r[0] == "lloyd-austin");
        SeedAnnotation.AssertIsTheSeedAnnotation(austin[column.IndexOf("source_file")]);
        var (line, col) = SeedAnnotation.LineAndColumnOf("  - id: lloyd-austin");
        Assert.Equal(
            [line.ToString(System.Globalization.CultureInfo.InvariantCulture), col.ToString(System.Globalization.CultureInfo.InvariantCulture), "false"],
            austin[^4..^1]);
    }

    [Theory]
    [InlineData("documents")]
    [InlineData("actors")]
    [InlineData("statements")]
    [InlineData("sanctions")]
    public void Csv_source_columns_point_at_each_records_id_in_its_annotation(string kind)
    {
        var rows = CsvReader.Read(CliRun.Run("export", "--format", "csv", "--kind", kind).Output);
        var column = rows[0].ToList();
        Assert.All(rows.Skip(1), row =>
        {
            var lines = File.ReadAllLines(SeedAnnotation.Resolve(row[column.IndexOf("source_file")]));
            var line = lines[int.Parse(row[column.IndexOf("source_line")], System.Globalization.CultureInfo.InvariantCulture) - 1];
            Assert.Equal(row[0], line[(int.Parse(row[column.IndexOf("source_column")], System.Globalization.CultureInfo.InvariantCulture) - 1)..]);
        });
    }

    [Fact]
    public void Json_carries_the_declaration_in_camel_case_then_the_draft_flag_and_null_for_a_record_made_in_code()
    {
        var austin = JsonNode.Parse(CliRun.Run("export").Output)!["actors"]!.AsArray().Single(a => (string?)a!["id"] == "lloyd-austin")!.AsObject();
        Assert.Equal(["sourceFile", "sourceLine", "sourceColumn", "draft", "members"], austin.Select(p => p.Key).TakeLast(5));
        Assert.False((bool)austin["draft"]!);
        SeedAnnotation.AssertIsTheSeedAnnotation((string)austin["sourceFile"]!);
        Assert.Equal(SeedAnnotation.LineAndColumnOf("  - id: lloyd-austin"), ((int)austin["sourceLine"]!, (int)austin["sourceColumn"]!));

        var madeInCode = new Actor(new ActorId("made-in-code"), "Made in code", ActorKind.Person, [], [], null, null);
        var record = ActorRecord.From(madeInCode);
        Assert.Equal((null, null, null), (record.SourceFile, record.SourceLine, record.SourceColumn));
        var json = JsonNode.Parse(JsonSerializer.Serialize<ExportRecord>(record, ExportJson.Compact))!;
        Assert.Equal(JsonValueKind.Null, json["sourceFile"]?.GetValueKind() ?? JsonValueKind.Null);
        Assert.True(json.AsObject().ContainsKey("sourceLine"));
    }

    [Fact]
    public void Csv_to_a_folder_writes_one_file_per_kind()
    {
        using var folder = new TempFolder();
        var result = CliRun.Run("export", "--format", "csv", "--output", folder.Path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            ["actors.csv", "documents.csv", "events.csv", "manifest.json", "sanctions.csv", "statements.csv"],
            Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(CliRun.Run("export", "--format", "csv", "--kind", "sanctions").Output, File.ReadAllText(folder.File("sanctions.csv")));
    }

    [Fact]
    public void Csv_without_a_kind_or_folder_is_a_usage_error()
    {
        var result = CliRun.Run("export", "--format", "csv");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("give --kind KIND, or --output DIR", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "plain", "no quoting needed")]
    [InlineData("a,b", "\"a,b\"", "comma")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"", "quotes doubled")]
    [InlineData("two\nlines", "\"two\nlines\"", "line feed")]
    [InlineData("cr\r", "\"cr\r\"", "carriage return")]
    public void Csv_fields_follow_RFC_4180(string value, string expected, string because)
    {
        Assert.True(expected == CsvWriter.Field(value), because);
        Assert.Equal([[value]], CsvReader.Read(CsvWriter.Field(value) + "\r\n"));
    }

    [Fact]
    public void FollowTheMoney_lines_are_entities_with_valid_schemas_and_resolving_references()
    {
        var result = CliRun.Run("export", "--format", "ftm");
        Assert.Equal(0, result.ExitCode);
        var entities = result.OutputLines.Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        Assert.All(entities, e => Assert.Equal(["id", "schema", "properties"], e.Select(p => p.Key)));
        Assert.All(
            entities,
            e => Assert.Contains((string?)e["schema"], new[] { "Article", "Person", "Organization", "PublicBody", "LegalEntity", "Sanction" }));
        Assert.All(entities, e => Assert.All(e["properties"]!.AsObject(), p => Assert.IsType<JsonArray>(p.Value)));
        Assert.Equal(entities.Count, entities.Select(e => (string?)e["id"]).Distinct().Count());

        var kirby = Assert.Single(entities, e => (string?)e["id"] == "john-kirby");
        Assert.Equal("Person", (string?)kirby["schema"]);
        Assert.Equal("John Kirby", (string?)kirby["properties"]!["name"]![0]);
        Assert.Equal("PublicBody", (string?)Assert.Single(entities, e => (string?)e["id"] == "united-kingdom")["schema"]);

        var sanctions = entities.Where(e => (string?)e["schema"] == "Sanction").ToList();
        Assert.Equal(Data.Sanctions.Sum(s => s.TargetIds.Distinct().Count()), sanctions.Count);
        var ids = entities.Select(e => (string?)e["id"]).ToHashSet();
        Assert.All(sanctions, s => Assert.Contains((string?)s["properties"]!["entity"]![0], ids));

        var uk = Assert.Single(sanctions, s => (string?)s["id"] == "uk-sanctions-iranian-drone-suppliers.iranian-drone-firm")["properties"]!;
        Assert.Equal("iranian-drone-firm", (string?)uk["entity"]![0]);
        Assert.Equal("United Kingdom", (string?)uk["authority"]![0]);
        Assert.Equal("imposed", (string?)uk["status"]![0]);
        Assert.Equal("involvement in the supply of Iranian drones to Russia", (string?)uk["reason"]![0]);
    }

    [Fact]
    public void Export_to_a_file_writes_the_same_as_standard_output()
    {
        using var folder = new TempFolder();
        var result = CliRun.Run("export", "--format", "jsonl", "--output", folder.File("out/data.jsonl"));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(CliRun.Run("export", "--format", "jsonl").Output, File.ReadAllText(folder.File("out/data.jsonl")));
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var result = CliRun.Run("export", "--format", "xml");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains("Argument 'xml' not recognized. Must be one of:", result.Error, StringComparison.Ordinal);
        Assert.All(new[] { "json", "jsonl", "csv", "ftm", "parquet" }, f => Assert.Contains($"'{f}'", result.Error, StringComparison.Ordinal));
    }

    /// <summary>The columns as docs/exports.md documents them; a change here is a change for every user of the CSV.</summary>
    private static string[] Documented(string kind) => kind switch
    {
        "documents" => [
            "id", "title", "publisher", "published", "dateline", "text_file", "text_length", "source_file", "source_line", "source_column", "url", "retrieved",
            "wire", "language", "language_guessed"],
        "actors" => ["id", "name", "kind", "roles", "aliases", "wikidata", "introduced_in", "source_file", "source_line", "source_column", "draft", "members"],
        "statements" => [
            "id", "document", "speaker", "via", "audience", "act", "form", "said_on", "summary", "responds_to", "evidence", "evidence_start", "evidence_end",
            "evidence_start_line", "evidence_end_line", "source_file", "source_line", "source_column", "plover_type", "plover_quad", "same_as",
            "distinct_from", "event", "draft", "standing_position", "restates"],
        "events" => [
            "id", "kind", "members", "documents", "publishers", "article_count", "publisher_count", "first_reported", "sources", "source_count",
            "report_count"],
        _ => [
            "id", "document", "imposer", "targets", "status", "reason", "date", "evidence", "evidence_start", "evidence_end", "evidence_start_line",
            "evidence_end_line", "source_file", "source_line", "source_column", "plover_type", "plover_quad", "provisions", "program", "authority", "start",
            "end", "same_as", "distinct_from", "event", "draft", "proposer", "provision_targets"],
    };

    [Theory]
    [InlineData("json", "dataset.json")]
    [InlineData("jsonl", "dataset.jsonl")]
    [InlineData("ftm", "dataset.ftm.json")]
    public void An_existing_folder_as_output_gets_the_export_inside_under_the_formats_name(string format, string name)
    {
        using var folder = new TempFolder();
        var result = CliRun.Run("export", "--format", format, "--output", folder.Path + Path.DirectorySeparatorChar);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        var written = folder.File(name);
        Assert.Equal($"wrote {written}", result.OutputLines[0]);
        Assert.Equal(CliRun.Run("export", "--format", format).Output, File.ReadAllText(written));
    }

    [Fact]
    public void A_csv_kind_into_an_existing_folder_is_named_after_the_kind()
    {
        using var folder = new TempFolder();
        var result = CliRun.Run("export", "--format", "csv", "--kind", "actors", "--output", folder.Path);
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(folder.File("actors.csv")), result.Output + result.Error);
    }
}
