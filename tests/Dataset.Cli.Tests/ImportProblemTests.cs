
namespace Dataset.Cli.Tests;

/// <summary>Bad input is a located message and is left out, never guessed, never an exception; nothing a person wrote is lost.</summary>
public class ImportProblemTests
{
    [Fact]
    public void A_span_the_text_no_longer_matches_is_reported_with_file_and_line_and_left_out()
    {
        using var folder = new TempFolder();
        var source = CopyBrat(folder.File("in"));
        var ann = Path.Combine(source, ImportSamples.Name + ".ann");
        File.WriteAllText(
            ann,
            File.ReadAllText(ann).Replace("\tdenied that any drones had been shipped", "\tdenied that any drones were shipped", StringComparison.Ordinal));

        var result = CliRun.Run("import", "brat", source, "--output", folder.File("out"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(
            $"{ann}:4: T4: the annotation says 'denied that any drones were shipped' but the text at 205-244 reads 'denied that any drones had been " +
                "shipped': the text no longer matches the annotation; left out",
            result.Error,
            StringComparison.Ordinal);
        Assert.DoesNotContain("denied that any", File.ReadAllText(Path.Combine(folder.File("out"), ImportSamples.Name + ".yaml")), StringComparison.Ordinal);
        Assert.Equal(0, CliRun.Run("validate", folder.File("out")).ExitCode);
    }

    [Fact]
    public void An_existing_annotation_is_never_replaced_without_force()
    {
        using var folder = new TempFolder();
        var yaml = Path.Combine(folder.Path, ImportSamples.Name + ".yaml");
        File.WriteAllText(yaml, "# a person's work\n");

        var refused = CliRun.Run("import", "brat", ImportSamples.Brat, "--output", folder.Path);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"'{yaml}' exists; give --force to replace it; the article is left out", refused.Error, StringComparison.Ordinal);
        Assert.Equal("# a person's work\n", File.ReadAllText(yaml));
        Assert.Equal(0, CliRun.Run("import", "brat", ImportSamples.Brat, "--output", folder.Path, "--force").ExitCode);
        Assert.Contains("draft: true", File.ReadAllText(yaml), StringComparison.Ordinal);
    }

    [Fact]
    public void Label_studio_offsets_without_text_that_differ_by_unit_are_not_guessed()
    {
        using var folder = new TempFolder();
        var export = File.ReadAllText(ImportSamples.LabelStudio)
            .Replace("\"text\": \"denied that any drones had been shipped\",", string.Empty, StringComparison.Ordinal);
        File.WriteAllText(folder.File("export.json"), export);

        var result = CliRun.Run("import", "labelstudio", folder.File("export.json"), "--output", folder.File("out"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(
            $"{folder.File("export.json")}: task 1, result r4: no text is recorded beside the offsets 208-247, and they read 'denied that any drones had " +
                "been shipped' in code points or ' denied that any drones had been shippe' in UTF-16 code units; left out",
            result.Error,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_json_is_reported_at_its_line_and_column()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("broken.json"), "[\n  {\"id\": 1,\n  \"data\": }\n]");

        var result = CliRun.Run("import", "labelstudio", folder.File("broken.json"), "--output", folder.File("out"));

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{folder.File("broken.json")}:3:11: not JSON: ", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("out")) && Directory.EnumerateFiles(folder.File("out")).Any());
    }

    [Fact]
    public void Brats_documentation_example_reads_each_span_where_brat_puts_it()
    {
        using var folder = new TempFolder();

        var result = CliRun.Run("import", "brat", ImportSamples.BratPublic, "--output", folder.Path, "--published", "2024-01-02", "--publisher", "brat");

        // Its organisations and country are actors no statement or sanction names, and an event is no kind the dataset has.
        var ann = Path.Combine(ImportSamples.BratPublic, "sony-ericsson.ann");
        Assert.Equal(
            [$"{ann}:2: T2: the label 'MERGE-ORG' is no actor kind, statement or sanction the dataset has; left out"],
            result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var problems = new Dataset.Cli.Import.ImportProblems();
        var article = Dataset.Cli.Import.BratReader.Read(ann, problems)!;
        Assert.Empty(problems.Lines);
        Assert.Equal(["Sony", "joint venture", "Ericsson", "Sweden"], article.Spans.Select(s => s.Text));
        Assert.Equal([(0, 4), (14, 27), (33, 41), (62, 68)], article.Spans.Select(s => (s.Start, s.End)));
        Assert.Equal([("Org1", "T2", "T1"), ("Org2", "T2", "T3"), ("Origin", "T3", "T4")], article.Relations.Select(r => (r.Label, r.From, r.To)));
        Assert.Equal("true", article.Attributes["T4"]["Name"]);
    }

    [Fact]
    public void A_discontinuous_brat_span_joins_its_fragments_for_a_name_but_is_never_evidence()
    {
        using var folder = new TempFolder();
        var source = CopyBrat(folder.File("in"));
        var ann = Path.Combine(source, ImportSamples.Name + ".ann");
        File.AppendAllText(ann, "T9\tStatement 205 211;212 216\tdenied that\n");

        var result = CliRun.Run("import", "brat", source, "--output", folder.File("out"));

        Assert.Contains(
            $"{ann}:13: T9: a span of several fragments cannot be evidence, which is one passage of the article; left out",
            result.Error,
            StringComparison.Ordinal);
        Assert.Contains("name: \"Max Roe\"", File.ReadAllText(Path.Combine(folder.File("out"), ImportSamples.Name + ".yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_task_name_is_a_file_name_inside_the_output_folder_never_a_path_out_of_it()
    {
        using var folder = new TempFolder();
        var export = File.ReadAllText(ImportSamples.LabelStudio)
            .Replace("\"name\": \"2024-05-07-example-drone-talks-cp\"", "\"name\": \"../../2024-05-07-example-escape\"", StringComparison.Ordinal);
        File.WriteAllText(folder.File("export.json"), export);

        var result = CliRun.Run("import", "labelstudio", folder.File("export.json"), "--output", folder.File("out"));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.True(File.Exists(Path.Combine(folder.File("out"), "2024-05-07-example-escape.yaml")));
        Assert.Equal(["export.json", "out"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Inception_offsets_past_the_end_of_the_text_are_reported_at_their_feature_structure()
    {
        using var folder = new TempFolder();
        var cas = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(ImportSamples.Inception))!;
        var denial = cas["%FEATURE_STRUCTURES"]!.AsArray().Single(fs => (string?)fs!["act"] == "deny")!;
        denial["end"] = 100_000;
        var file = folder.File(ImportSamples.Name + ".json");
        File.WriteAllText(file, cas.ToJsonString());

        var result = CliRun.Run("import", "inception", file, "--output", folder.File("out"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(
            $"{file}: feature structure {denial["%ID"]} (webanno.custom.Statement): the offsets {denial["begin"]}-100000 are past the end of the text",
            result.Error,
            StringComparison.Ordinal);
        Assert.Equal(0, CliRun.Run("validate", folder.File("out")).ExitCode);
    }

    [Theory]
    [InlineData(
        "labelstudio",
        "[1, \"task\", {\"data\": {\"text\": 5}}, {\"data\": {\"text\": \"Talks.\"}, \"annotations\": [2, {\"result\": [3, {\"type\": \"labels\", \"value\": " +
            "4}, {\"type\": \"relation\", \"labels\": [7]}]}]}]")]
    [InlineData("labelstudio", "{\"data\": {\"text\": \"Talks.\"}, \"annotations\": {\"result\": []}}")]
    [InlineData("labelstudio", "\"just a string\"")]
    [InlineData(
        "inception",
        "{\"%FEATURE_STRUCTURES\": [1, [], {\"%TYPE\": \"uima.cas.Sofa\", \"sofaString\": \"Talks.\"}, {\"%TYPE\": \"x.NamedEntity\", \"begin\": \"0\", " +
            "\"end\": 3, \"value\": \"PER\"}]}")]
    [InlineData("inception", "[]")]
    public void Json_of_an_unexpected_shape_is_reported_never_an_exception(string format, string json)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("2024-01-02-example-odd.json"), json);

        var result = CliRun.Run("import", format, folder.File("2024-01-02-example-odd.json"), "--output", folder.File("out"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(folder.File("2024-01-02-example-odd.json"), result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
    }

    private static string CopyBrat(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(ImportSamples.Brat))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }
}
