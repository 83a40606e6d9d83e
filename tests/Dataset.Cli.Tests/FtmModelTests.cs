namespace Dataset.Cli.Tests;

/// <summary>
/// `export --format ftm` read by the real FollowTheMoney model (npm <c>@alephdata/followthemoney</c> 3.8.4, in
/// tests/FtmModel): every schema, property, required property, date and entity reference as the model defines them.
/// </summary>
[Trait("Category", "E2E")]
public class FtmModelTests
{
    private static readonly string Checker = Path.Combine(RepositoryPaths.Root, "tests", "FtmModel");
    private static readonly object Gate = new();

    [Fact]
    public void The_seed_export_passes_the_followthemoney_model()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, CliRun.Run("export", "--format", "ftm", "--output", folder.File("seeds.ftm.jsonl")).ExitCode);

        var check = Check(folder.File("seeds.ftm.jsonl"));

        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        Assert.EndsWith("0 problem(s)", check.Output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_of_two_reports_is_one_sanction_entity_per_target_and_passes_the_model()
    {
        using var folder = new TempFolder();
        var file = folder.File("events.ftm.jsonl");
        Assert.Equal(0, CliRun.Run("export", "--format", "ftm", "--annotations", EventArticles.Folder, "--output", file).ExitCode);

        var check = Check(file);

        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        var entities = File.ReadAllLines(file).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        var sanctions = entities.Where(e => e.GetProperty("schema").GetString() == "Sanction").ToList();
        // Targets of the event: the one both report, and one each; the shared target's entity merges both reports.
        Assert.Equal(3, sanctions.Count);
        var shared = sanctions.Single(e => e.GetProperty("id").GetString() == "eu-sanctions-drone-suppliers-times.shahed-aviation-industries");
        Assert.Equal(["Example Wire", "Sample Times"], shared.GetProperty("properties").GetProperty("publisher").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(
            ["asset-freeze", "travel-ban", "export-ban"],
            shared.GetProperty("properties").GetProperty("provisions").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(2, entities.Count(e => e.GetProperty("schema").GetString() == "Article"));
        var target = entities.Single(e => e.GetProperty("id").GetString() == "shahed-aviation-industries");
        Assert.Equal(2, target.GetProperty("properties").GetProperty("proof").GetArrayLength());
    }

    [Fact]
    public void A_wire_copy_and_stated_and_guessed_languages_pass_the_followthemoney_model()
    {
        using var folder = new TempFolder();
        var file = folder.File("wire.ftm.jsonl");
        Assert.Equal(0, CliRun.Run("export", "--format", "ftm", "--annotations", WireCopyArticles.In(folder), "--output", file).ExitCode);

        var check = Check(file);

        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        Assert.Contains(File.ReadAllLines(file), l => l.Contains("\"author\":[\"Example Wire\"]", StringComparison.Ordinal));
        Assert.Contains(File.ReadAllLines(file), l => l.Contains("\"detectedLanguage\":[\"fas\"]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_language_the_model_does_not_list_is_a_problem_the_check_finds()
    {
        using var folder = new TempFolder();
        var file = folder.File("wire.ftm.jsonl");
        Assert.Equal(0, CliRun.Run("export", "--format", "ftm", "--annotations", WireCopyArticles.In(folder), "--output", file).ExitCode);
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"fas\"", "\"fa\"", StringComparison.Ordinal));

        var check = Check(file);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("detectedLanguage 'fa' is not a language the model lists", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Drafts_noted_as_such_pass_the_followthemoney_model()
    {
        using var folder = new TempFolder();
        var file = folder.File("drafts.ftm.jsonl");
        Assert.Equal(0, CliRun.Run("export", "--format", "ftm", "--annotations", DraftArticles.Folder, "--output", file).ExitCode);
        Assert.Contains(
            File.ReadAllLines(file),
            l => l.Contains("\"description\"", StringComparison.Ordinal) && l.Contains("\"schema\":\"Sanction\"", StringComparison.Ordinal));
        Assert.Contains(
            File.ReadAllLines(file),
            l => l.Contains("\"notes\"", StringComparison.Ordinal) && l.Contains("\"schema\":\"PublicBody\"", StringComparison.Ordinal));

        var check = Check(file);

        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        Assert.EndsWith("0 problem(s)", check.Output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_read_at_a_url_on_a_later_day_passes_the_followthemoney_model()
    {
        using var folder = new TempFolder();
        var file = folder.File("source.ftm.jsonl");
        Assert.Equal(0, CliRun.Run("export", "-a", DocumentSourceTests.WithSource(folder), "--format", "ftm", "--output", file).ExitCode);

        var check = Check(file);

        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        Assert.Contains(
            File.ReadAllLines(file),
            l => l.Contains("\"sourceUrl\"", StringComparison.Ordinal) && l.Contains("\"retrievedAt\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_group_with_members_and_provisions_per_target_pass_the_followthemoney_model()
    {
        using var folder = new TempFolder();
        foreach (var (path, text) in RestatementArticles.Files(folder.Path))
        {
            File.WriteAllText(path, text);
        }

        var file = folder.File("groups.ftm.jsonl");
        Assert.Equal(0, CliRun.Run("export", "--format", "ftm", "--annotations", folder.Path, "--output", file).ExitCode);
        Assert.Equal(3, File.ReadAllLines(file).Count(l => l.Contains("\"schema\":\"Membership\"", StringComparison.Ordinal)));

        var check = Check(file);

        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        Assert.EndsWith("0 problem(s)", check.Output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_check_refuses_a_property_the_model_does_not_have()
    {
        using var folder = new TempFolder();
        var file = folder.File("wrong.ftm.jsonl");
        File.WriteAllText(
            file,
            """{"id":"a","schema":"Sanction","properties":{"entity":["b"],"proof":["c"]}}"""
                + "\n"
                + """{"id":"b","schema":"Person","properties":{"name":["B"]}}"""
                + "\n");

        var check = Check(file);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("Sanction has no property proof", check.Output, StringComparison.Ordinal);
    }

    /// <summary>Runs the checker, installing its locked npm packages first when they are missing (CI runs npm ci too).</summary>
    private static ProcessResult Check(string file)
    {
        lock (Gate)
        {
            if (!Directory.Exists(Path.Combine(Checker, "node_modules", "@alephdata", "followthemoney")))
            {
                var install = ProcessRunner.Run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], TimeSpan.FromMinutes(5), Checker);
                Assert.True(install.ExitCode == 0, "npm ci in tests/FtmModel failed: " + install.Error + install.Output);
            }
        }

        return ProcessRunner.Run("node", ["check.mjs", file], TimeSpan.FromMinutes(1), Checker);
    }
}
