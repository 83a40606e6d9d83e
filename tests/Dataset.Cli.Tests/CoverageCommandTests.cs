namespace Dataset.Cli.Tests;

/// <summary>`coverage --annotations DIR`: per article the quoted passages and attributed sentences annotated, then what is not.</summary>
public class CoverageCommandTests
{
    private const string Article = "2022-10-22-dawn-us-urges-russia-to-keep-lines-open";

    [Fact]
    public void The_seeds_name_nothing_and_count_every_passage_annotated()
    {
        var result = CliRun.Run("coverage", "--annotations", RepositoryPaths.Seeds);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                $"{Path.Combine(RepositoryPaths.Seeds, Article)}.txt (annotated in {Article}.yaml)",
                "  8 of 8 quoted passages annotated",
                "  21 of 21 attributed sentences annotated",
                "  2 of them left unannotated with a reason",
                "coverage: 1 document(s), 0 passage(s) not annotated",
            ],
            result.OutputLines);
    }

    [Fact]
    public void Without_kirbys_statement_his_quote_is_named_with_its_line_and_the_exit_code_stays_0()
    {
        using var seeds = TempFolder.WithSeeds();
        var annotation = seeds.File(Article + ".yaml");
        var yaml = File.ReadAllText(annotation);
        var start = yaml.IndexOf("  - id: kirby-says-iran-and-russia-cannot-hide-the-facts\n", StringComparison.Ordinal);
        File.WriteAllText(annotation, yaml.Remove(start, yaml.IndexOf("\n  - id: ", start + 1, StringComparison.Ordinal) + 1 - start));

        var result = CliRun.Run("coverage", "--annotations", seeds.Path);

        Assert.Equal(0, result.ExitCode);
        var text = seeds.File(Article + ".txt");
        Assert.Contains("  7 of 8 quoted passages annotated", result.OutputLines);
        Assert.Contains("  20 of 21 attributed sentences annotated", result.OutputLines);
        Assert.Contains(
            $"{text}:21:1: quoted passage “Iran and Russia, they can lie to the world, but they certainly can’t hide the facts, and the fact is this: Tehran " +
                "is now directly engaged on the ground,”",
            result.OutputLines);
        Assert.Contains(
            result.OutputLines,
            l => l.StartsWith($"{text}:21:1: attributed sentence “Iran and Russia,", StringComparison.Ordinal)
                && l.EndsWith("Kirby said, without providing details.", StringComparison.Ordinal));
        Assert.Equal("coverage: 1 document(s), 2 passage(s) not annotated", result.OutputLines[^1]);
    }

    /// <summary>The passage of Kirby's quote the draft takes as evidence.</summary>
    private const string KirbysEvidence =
        "Iran and Russia, they can lie to the world, but they certainly can’t hide the facts, "
        + "and the fact is this: Tehran is now directly engaged on the ground";

    /// <summary>The statement drafting proposes for Kirby's quote: what `coverage --draft` prints and the editor inserts.</summary>
    public const string KirbysDraft = $"""
          - id: john-kirby-says-iran-russia-can
            speaker: john-kirby
            act: claim   # a guess: "said" names no act; check it
            form: direct
            said-on: undated
            evidence: "{KirbysEvidence}"
            draft: true

        """;

    [Fact]
    public void With_draft_what_nothing_covers_is_drafted_and_the_draft_pasted_in_validates_with_only_its_mark()
    {
        using var seeds = TempFolder.WithSeeds();
        var annotation = seeds.File(Article + ".yaml");
        var yaml = File.ReadAllText(annotation);
        var start = yaml.IndexOf("  - id: kirby-says-iran-and-russia-cannot-hide-the-facts\n", StringComparison.Ordinal);
        var withoutKirby = yaml.Remove(start, yaml.IndexOf("\n  - id: ", start + 1, StringComparison.Ordinal) + 1 - start);
        File.WriteAllText(annotation, withoutKirby);

        var result = CliRun.Run("coverage", "--annotations", seeds.Path, "--draft");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(
            "statements:\n" + KirbysDraft + "\nsanctions: []\n",
            result.Output.Replace("\r\n", "\n", StringComparison.Ordinal),
            StringComparison.Ordinal);
        Assert.Contains("actors: []", result.OutputLines);
        Assert.Equal(withoutKirby, File.ReadAllText(annotation));

        File.WriteAllText(annotation, withoutKirby.Insert(start, KirbysDraft));
        var validate = CliRun.Run("validate", seeds.Path);
        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("DS0032", Assert.Single(validate.OutputLines, l => l.Contains(" warning ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("  8 of 8 quoted passages annotated", CliRun.Run("coverage", "--annotations", seeds.Path).OutputLines);
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_a_usage_error()
    {
        var result = CliRun.Run("coverage", "--annotations", Path.Combine(Path.GetTempPath(), "no-such-annotations-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No annotations folder", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_names_the_command_and_its_option()
    {
        var result = CliRun.Run("help", "coverage");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.OutputLines, l => l.EndsWith(" coverage [options]", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, l => l.StartsWith("  -a, --annotations <DIR>", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_says_it_scores_the_check_and_drafts_of_each_article_and_writes_nothing()
    {
        using var seeds = TempFolder.WithSeeds();
        var before = Directory.GetFiles(seeds.Path).ToDictionary(f => f, File.ReadAllText);

        var result = CliRun.Run("coverage", "--evaluate", "--annotations", seeds.Path);

        Assert.Equal(0, result.ExitCode);
        var lines = result.OutputLines;
        Assert.Equal("The coverage check's attributed sentences, scored against the annotations:", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("attributed sentences: 1 article(s), ", StringComparison.Ordinal));
        Assert.Contains("  precision 100.0 % (21 of 21), recall 100.0 % (21 of 21)", lines);
        var draftsHeading = Array.IndexOf(lines, "Each annotated article drafted as if it were new (nothing written), scored against its statements:");
        Assert.True(draftsHeading > 0, result.Output);
        Assert.Contains(lines[draftsHeading..], l => l.StartsWith("drafts: 1 article(s) drafted as new, ", StringComparison.Ordinal));
        Assert.Equal(before, Directory.GetFiles(seeds.Path).ToDictionary(f => f, File.ReadAllText));
    }

    [Fact]
    public void Evaluate_with_nothing_found_says_there_is_nothing_to_score_instead_of_a_perfect_share()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("2024-01-02-example-quiet.txt"), "A quiet day\nNothing happened in the capital.\n");
        File.WriteAllText(
            folder.File("2024-01-02-example-quiet.yaml"),
            "document:\n  id: example-quiet\n  title: A quiet day\n  publisher: Example\n  published: 2024-01-02\n  text: 2024-01-02-example-quiet.txt\n");

        var lines = CliRun.Run("coverage", "--evaluate", "--annotations", folder.Path).OutputLines;

        Assert.Contains("  precision none to score, recall none to score", lines);
        Assert.Contains("  overlapped none to score; of those, right speaker none to score, act none to score, form none to score", lines);
    }
}
