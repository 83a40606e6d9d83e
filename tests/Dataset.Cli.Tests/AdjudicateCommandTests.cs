namespace Dataset.Cli.Tests;

/// <summary>
/// `dataset adjudicate` on two annotators who disagree (tests/Shared/TeamArticles): agreed records kept as A wrote them,
/// each difference a disagreement: entry the build reports (DS0042), the merged folder still valid; an existing
/// folder is never written into without --force.
/// </summary>
public class AdjudicateCommandTests
{
    private const string Iran = "2023-02-20-example-post-iran-protest-sanctions.yaml";

    [Fact]
    public void The_merged_folder_keeps_what_both_agree_on_and_marks_each_difference()
    {
        using var temp = new TempFolder();
        var output = temp.File("merged");

        var result = CliRun.Run("adjudicate", TeamArticles.Alice, TeamArticles.Bob, "--output", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(
            "2 article(s) merged, 2 record(s) agreed, 11 disagreement(s) to resolve (warning DS0042 at each)", result.Output, StringComparison.Ordinal);
        var merged = File.ReadAllText(Path.Combine(output, Iran));
        string[] written =
        [
            "    disagreement:\n      act: { a: condemn, b: announce }\n",
            "      speaker: { a: nasser-kanaani, b: iranian-foreign-ministry }\n",
            "    evidence: warned that Tehran would respond\n    disagreement: { only-in: a }\n",
            "  - id: ottawa-announces-sanctions\n",
            "    evidence: the foreign ministry in Ottawa said\n    disagreement: { only-in: b }\n",
            "      status: { a: announced, b: imposed }\n",
            // A's own lines (comments, provisions) stay as A wrote them.
            "# Alice's annotation.",
            "    provisions: [asset-freeze, travel-ban]\n",
        ];
        Assert.All(written, fragment => Assert.Contains(fragment, merged, StringComparison.Ordinal));
        Assert.Contains("global-affairs-canada", File.ReadAllText(Path.Combine(output, "actors-from-b.yaml")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "annotation.schema.json")), "the schema the annotations name is beside them");

        var validate = CliRun.Run("validate", output);
        Assert.Equal(0, validate.ExitCode);
        Assert.Equal(11, validate.OutputLines.Count(l => l.Contains(": warning DS0042: ", StringComparison.Ordinal)));
        Assert.Contains(
            $"{Iran}(19,7): warning DS0042: Annotators disagree on the act of statement 'cleverly-condemns-repression': A gave 'condemn', B gave 'announce'; " +
                "keep the right value in 'act' and remove this entry (in the editor: Take A or Take B)",
            validate.Output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Two_annotators_who_agree_give_a_folder_without_disagreement()
    {
        using var temp = new TempFolder();
        var output = temp.File("merged");

        var result = CliRun.Run("adjudicate", TeamArticles.Alice, TeamArticles.Alice, "--output", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("9 record(s) agreed, 0 disagreement(s) to resolve", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("disagreement", File.ReadAllText(Path.Combine(output, Iran)), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, "actors-from-b.yaml")));
    }

    [Fact]
    public void A_folder_that_is_not_empty_is_left_alone_unless_forced()
    {
        using var temp = new TempFolder();
        var output = Directory.CreateDirectory(temp.File("merged")).FullName;
        File.WriteAllText(Path.Combine(output, "notes.txt"), "keep me");

        var refused = CliRun.Run("adjudicate", TeamArticles.Alice, TeamArticles.Bob, "--output", output);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("is not empty; give a new or empty folder, or --force to write into it", refused.Error, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.EnumerateFiles(output).Select(Path.GetFileName));

        var forced = CliRun.Run("adjudicate", TeamArticles.Alice, TeamArticles.Bob, "--output", output, "--force");

        Assert.Equal(0, forced.ExitCode);
        Assert.True(File.Exists(Path.Combine(output, Iran)));
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(output, "notes.txt")));
    }

    [Fact]
    public void Without_output_the_command_line_is_wrong()
    {
        var result = CliRun.Run("adjudicate", TeamArticles.Alice, TeamArticles.Bob);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--output", result.Error, StringComparison.Ordinal);
    }
}
