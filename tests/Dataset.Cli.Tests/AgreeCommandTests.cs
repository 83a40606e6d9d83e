using System.Text.Json;

namespace Dataset.Cli.Tests;

/// <summary>
/// `dataset agree` on two annotators of the same articles (tests/Shared/TeamArticles): the spans and fields they differ
/// on, per article and overall, as text and JSON; a folder against a git revision of itself; bad sources.
/// </summary>
public class AgreeCommandTests
{
    [Fact]
    public void Two_annotators_get_span_and_field_agreement_per_article_and_overall()
    {
        var result = CliRun.Run("agree", TeamArticles.Alice, TeamArticles.Bob);

        Assert.Equal(0, result.ExitCode);
        var lines = result.OutputLines;
        var overall = Array.IndexOf(lines, "overall: 2 article(s) in both");
        Assert.True(overall > 0, result.Output);
        Assert.Equal("  statements  6  6  5        3      0.833  0.906", lines[overall + 2]);
        Assert.Equal("  sanctions   3  4  3        2      0.857  0.834", lines[overall + 3]);
        Assert.Contains("  statement speaker  5      4       0.762  0.780", lines);
        Assert.Contains("  statement kanaani-condemns-sanctions / iran-condemns-sanctions: speaker nasser-kanaani / iranian-foreign-ministry", lines);
        Assert.Contains("  sanction canada-sanctions-iranian-entities: status announced / imposed", lines);
        Assert.Contains(
            "  sanction australia-considers-junta-sanctions: targets myanmar-military-government / myanmar-military-commanders, myanmar-military-government",
            lines);
        Assert.Contains(lines, l => l.StartsWith("  statement kanaani-warns-of-response: only in A", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  sanction us-uk-sanctioned-commanders: only in B", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_has_the_same_figures_and_null_where_a_statistic_is_undefined()
    {
        var result = CliRun.Run("agree", TeamArticles.Alice, TeamArticles.Bob, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var overall = json.RootElement.GetProperty("overall");
        Assert.Equal(0.833, overall.GetProperty("spans").GetProperty("statements").GetProperty("f1").GetDouble(), 3);
        Assert.Equal(0.843, overall.GetProperty("u_alpha").GetProperty("any").GetDouble(), 3);
        var myanmar = json.RootElement.GetProperty("articles")[1];
        Assert.Equal("sample-herald-2023-06-02-myanmar-sanctions", myanmar.GetProperty("document").GetString());
        var imposer = myanmar.GetProperty("figures").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("field").GetString() == "imposer");
        Assert.Equal(JsonValueKind.Null, imposer.GetProperty("kappa").ValueKind);
        Assert.Equal("us-uk-sanctioned-commanders", myanmar.GetProperty("only_b")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void A_folder_agrees_fully_with_the_committed_revision_of_itself()
    {
        var result = CliRun.Run("agree", RepositoryPaths.Seeds, "HEAD:seeds");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("B: HEAD:seeds (1 annotated article(s))", result.OutputLines);
        Assert.Contains("  statements  24  24  24       24     1.000  1.000", result.OutputLines);
        Assert.Contains("  any                                        1.000", result.OutputLines);
    }

    [Fact]
    public void A_bare_revision_reads_the_default_folder_as_that_revision_holds_it()
    {
        var result = CliRun.Run("agree", RepositoryPaths.Seeds, "HEAD", "--annotations", RepositoryPaths.Seeds, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.StartsWith("HEAD:./", json.RootElement.GetProperty("b").GetString(), StringComparison.Ordinal);
        Assert.Equal(1.0, json.RootElement.GetProperty("overall").GetProperty("spans").GetProperty("statements").GetProperty("f1").GetDouble());
    }

    [Fact]
    public void Articles_only_one_side_has_or_whose_text_differs_are_listed_apart()
    {
        using var temp = new TempFolder();
        var bob = TeamArticles.CopyTo(TeamArticles.Bob, temp.File("bob"));
        File.Delete(Path.Combine(bob, "2023-02-20-example-post-iran-protest-sanctions.yaml"));
        File.Delete(Path.Combine(bob, "2023-02-20-example-post-iran-protest-sanctions.txt"));
        File.AppendAllText(Path.Combine(bob, "2023-06-02-sample-herald-myanmar-sanctions.txt"), "\nUpdated at 1400 GMT.\n");

        var result = CliRun.Run("agree", TeamArticles.Alice, bob);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("overall: 0 article(s) in both", result.OutputLines);
        Assert.Contains("  only in A: example-post-2023-02-20-iran-protest-sanctions", result.OutputLines);
        Assert.Contains("  not compared, the article text differs: sample-herald-2023-06-02-myanmar-sanctions", result.OutputLines);
    }

    [Fact]
    public void A_source_that_is_neither_folder_nor_revision_is_a_usage_error()
    {
        var result = CliRun.Run("agree", TeamArticles.Alice, "no-such-branch-or-folder");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'no-such-branch-or-folder' is neither a folder nor a git revision", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_annotation_error_is_printed_where_it_is_and_nothing_is_compared()
    {
        using var temp = new TempFolder();
        var bob = TeamArticles.CopyTo(TeamArticles.Bob, temp.File("bob"));
        var annotation = Path.Combine(bob, "2023-06-02-sample-herald-myanmar-sanctions.yaml");
        File.WriteAllText(annotation, File.ReadAllText(annotation).Replace("speaker: penny-wong", "speaker: penny-wang", StringComparison.Ordinal));

        var result = CliRun.Run("agree", TeamArticles.Alice, bob);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(
            "2023-06-02-sample-herald-myanmar-sanctions.yaml(13,14): error DS0010: Unknown actor 'penny-wang'", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }
}
