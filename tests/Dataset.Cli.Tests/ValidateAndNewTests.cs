using System.Text.RegularExpressions;

namespace Dataset.Cli.Tests;

/// <summary>`validate PATH` runs the build's checks without a build; `new ARTICLE.txt` writes a starter annotation.</summary>
public partial class ValidateAndNewTests
{
    private const string Annotation = "2022-10-22-dawn-us-urges-russia-to-keep-lines-open.yaml";

    [Fact]
    public void The_seed_folder_is_valid()
    {
        var result = CliRun.Run("validate", RepositoryPaths.Seeds);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("validate: 2 annotation file(s), 0 error(s), 0 warning(s)", Assert.Single(result.OutputLines));
    }

    [Fact]
    public void A_changed_evidence_is_an_error_at_its_line_and_column_and_exit_code_1()
    {
        using var seeds = TempFolder.WithSeeds();
        var path = seeds.File(Annotation);
        File.WriteAllText(path, File.ReadAllText(path).Replace("expose, deter and confront", "expose, deter and defeat", StringComparison.Ordinal));

        var result = CliRun.Run("validate", seeds.Path);
        Assert.Equal(1, result.ExitCode);
        var problem = Problem().Match(Assert.Single(result.OutputLines, l => l.Contains("DS0013", StringComparison.Ordinal)));
        Assert.True(problem.Success);
        Assert.Equal(path, problem.Groups["path"].Value);
        Assert.Equal("error", problem.Groups["severity"].Value);
        var line = File.ReadAllLines(path)[int.Parse(problem.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) - 1];
        Assert.Contains("expose, deter and defeat", line, StringComparison.Ordinal);
        Assert.Equal(
            "evidence:",
            line[..(int.Parse(problem.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture) - 1)].Trim().TrimStart('-').Trim());
        Assert.EndsWith("validate: 2 annotation file(s), 1 error(s), 0 warning(s)", result.Output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_actor_gets_the_builds_did_you_mean()
    {
        using var seeds = TempFolder.WithSeeds();
        var path = seeds.File(Annotation);
        File.WriteAllText(path, File.ReadAllText(path).Replace("speaker: lloyd-austin", "speaker: loyd-austin", StringComparison.Ordinal));

        var result = CliRun.Run("validate", path);
        Assert.Equal(1, result.ExitCode);
        Assert.All(result.OutputLines.SkipLast(1), l => Assert.StartsWith(path + "(", l, StringComparison.Ordinal));
        Assert.Contains(
            result.OutputLines,
            l => l.Contains(
                "error DS0010: Unknown actor 'loyd-austin'; declare it under actors: here or in the shared registry; did you mean 'lloyd-austin'?",
                StringComparison.Ordinal));
    }

    [Fact]
    public void Validating_one_file_reports_that_file_only()
    {
        using var seeds = TempFolder.WithSeeds();
        File.WriteAllText(seeds.File("broken.yaml"), "document: [unclosed\n");
        Assert.Equal(1, CliRun.Run("validate", seeds.Path).ExitCode);
        var one = CliRun.Run("validate", seeds.File(Annotation));
        Assert.Equal(0, one.ExitCode);
        Assert.EndsWith(", 0 error(s), 0 warning(s)", Assert.Single(one.OutputLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_is_a_usage_error()
    {
        var result = CliRun.Run("validate", Path.Combine(RepositoryPaths.Root, "no-such-folder"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No folder or file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_names_every_file_read_on_standard_error()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = CliRun.Context(output, error);
        Assert.Equal(0, CommandLine.Run(["validate", RepositoryPaths.Seeds, "--progress"], context));
        var files = Directory.GetFiles(RepositoryPaths.Seeds).Count(f => Path.GetExtension(f) is ".yaml" or ".txt");
        Assert.Contains($"validate: {files}/{files} ", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("validate: 1/", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void New_writes_a_starter_annotation_that_validates_beside_its_article()
    {
        using var folder = TempFolder.WithSeeds();
        var article = folder.File("2023-01-05-reuters-talks-resume.txt");
        File.WriteAllText(article, "Talks resume: \"cautious\" hopes # C:\\path\t“quoted” 🚀\n\nGENEVA: Delegations met on Thursday.\n");

        var result = CliRun.Run("new", article);
        Assert.Equal(0, result.ExitCode);
        var yaml = File.ReadAllLines(folder.File("2023-01-05-reuters-talks-resume.yaml"));
        Assert.Equal("# yaml-language-server: $schema=annotation.schema.json", yaml[0]);
        Assert.Contains("  id: reuters-2023-01-05-talks-resume", yaml);
        Assert.Contains("  title: \"Talks resume: \\\"cautious\\\" hopes # C:\\\\path\\t“quoted” 🚀\"", yaml);
        Assert.Contains("  publisher: \"Reuters\"   # from the file name's 'reuters': write the publication's name as it gives it", yaml);
        Assert.Contains("  published: 2023-01-05", yaml);
        Assert.Contains("  text: \"2023-01-05-reuters-talks-resume.txt\"", yaml);
        Assert.Contains("statements: []", yaml);

        var validation = CliRun.Run("validate", folder.Path);
        Assert.Equal(0, validation.ExitCode);
        Assert.Equal("validate: 3 annotation file(s), 0 error(s), 0 warning(s)", Assert.Single(validation.OutputLines));
    }

    [Fact]
    public void New_takes_the_publisher_the_folder_gives_for_the_same_file_name_part_instead_of_guessing()
    {
        using var folder = TempFolder.WithSeeds();
        const string Seed = "2022-10-22-dawn-us-urges-russia-to-keep-lines-open";
        const string Relabelled = "2022-10-22-mee-us-urges-russia-to-keep-lines-open";
        File.Move(folder.File(Seed + ".txt"), folder.File(Relabelled + ".txt"));
        var seedYaml = File.ReadAllText(folder.File(Seed + ".yaml"));
        File.Delete(folder.File(Seed + ".yaml"));
        File.WriteAllText(
            folder.File(Relabelled + ".yaml"),
            seedYaml.Replace(Seed + ".txt", Relabelled + ".txt", StringComparison.Ordinal)
                .Replace("publisher: Dawn", "publisher: Middle East Eye", StringComparison.Ordinal));
        var article = folder.File("2022-10-23-mee-iran-denies.txt");
        File.WriteAllText(article, "Iran denies\n\nTEHRAN: Iran denied it on Sunday.\n");

        Assert.Equal(0, CliRun.Run("new", article).ExitCode);
        var drafted = folder.File("2022-10-23-mee-iran-denies-drafted.yaml");
        Assert.Equal(0, CliRun.Run("new", article, "--draft", "--output", drafted).ExitCode);

        Assert.Contains("  publisher: \"Middle East Eye\"", File.ReadAllLines(folder.File("2022-10-23-mee-iran-denies.yaml")));
        Assert.Contains("  publisher: \"Middle East Eye\"", File.ReadAllLines(drafted));
    }

    [Fact]
    public void New_for_an_unconventional_name_leaves_publisher_and_date_to_fill_in_and_validate_says_where()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("Some Article.txt"), "Headline\nBody.\n");
        Assert.Equal(0, CliRun.Run("new", folder.File("Some Article.txt")).ExitCode);
        var yaml = File.ReadAllLines(folder.File("Some Article.yaml"));
        Assert.Contains("  id: some-article", yaml);

        var validation = CliRun.Run("validate", folder.Path);
        Assert.Equal(1, validation.ExitCode);
        var problems = validation.OutputLines.SkipLast(1).Select(l => Problem().Match(l)).ToList();
        Assert.All(problems, p => Assert.True(p.Success));
        Assert.Equal(["DS0003", "DS0006"], problems.Select(p => p.Groups["id"].Value));
        Assert.Equal(
            [
                Array.FindIndex(yaml, l => l.StartsWith("  publisher:", StringComparison.Ordinal)) + 1,
                Array.FindIndex(yaml, l => l.StartsWith("  published:", StringComparison.Ordinal)) + 1],
            problems.Select(p => int.Parse(p.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void New_does_not_overwrite_without_force()
    {
        using var folder = new TempFolder();
        var article = folder.File("2023-01-05-ap-x.txt");
        File.WriteAllText(article, "Title\n");
        File.WriteAllText(folder.File("2023-01-05-ap-x.yaml"), "keep me");
        var refused = CliRun.Run("new", article);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("exists; give --force", refused.Error, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(folder.File("2023-01-05-ap-x.yaml")));
        Assert.Equal(0, CliRun.Run("new", article, "--force").ExitCode);
        Assert.StartsWith("# yaml-language-server:", File.ReadAllText(folder.File("2023-01-05-ap-x.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void New_with_draft_drafts_a_said_reported_denial_as_a_denial_and_says_what_it_was_read_from()
    {
        using var folder = new TempFolder();
        var article = folder.File("2024-03-08-reuters-ministry-denies.txt");
        File.WriteAllText(article, "Ministry rejects report\nMOSCOW: The Russian foreign ministry said on Thursday that the accusations were baseless.\n");

        Assert.Equal(0, CliRun.Run("new", article, "--draft").ExitCode);
        var yaml = File.ReadAllLines(folder.File("2024-03-08-reuters-ministry-denies.yaml"));

        Assert.Contains("    act: deny   # a guess from \"baseless\", not from \"said\"; check it", yaml);
        Assert.Contains("    evidence: \"the accusations were baseless\"", yaml);
        Assert.Contains("    said-on: 2024-03-07", yaml);
        var validation = CliRun.Run("validate", folder.Path);
        Assert.Equal(0, validation.ExitCode);
        Assert.All(validation.OutputLines.SkipLast(1), l => Assert.Contains(" DS0032: ", l, StringComparison.Ordinal));
    }

    [Fact]
    public void New_for_a_missing_article_fails()
    {
        using var folder = new TempFolder();
        var result = CliRun.Run("new", folder.File("absent.txt"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no article text at", result.Error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?<path>.+)\((?<line>\d+),(?<col>\d+)\): (?<severity>error|warning) (?<id>DS\d{4}): (?<message>.+)$")]
    private static partial Regex Problem();
}
