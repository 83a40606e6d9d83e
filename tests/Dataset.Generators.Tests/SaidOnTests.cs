namespace Dataset.Generators.Tests;

/// <summary>said-on: a date, the word undated, or absent (which warns).</summary>
public class SaidOnTests
{
    private const string Dated = "said-on: 2022-10-21\n    evidence: keep “lines of communication” open";

    [Fact]
    public void A_statement_without_said_on_is_warned_about()
    {
        var run = GeneratorHarness.Run(Yaml.Files(Yaml.Valid.Replace(Dated, "evidence: keep “lines of communication” open", StringComparison.Ordinal)));

        var warning = run.Single("DS0020");
        Assert.Contains("'austin-urges-shoigu'", warning.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Said_on_undated_records_that_the_article_gives_no_date_without_a_warning()
    {
        var run = GeneratorHarness.Run(
            Yaml.Files(Yaml.Valid.Replace(Dated, "said-on: undated\n    evidence: keep “lines of communication” open", StringComparison.Ordinal)),
            "public static class App { public static bool Undated => TestData.Statements.AustinUrgesShoigu.SaidOn is null; }");

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
    }

    [Theory]
    [InlineData("  published: 2022-10-22\n", "  published: undated\n")]
    [InlineData("  text: article.txt\n", "  text: article.txt\n  retrieved: undated\n")]
    [InlineData("    status: imposed\n", "    status: imposed\n    date: undated\n")]
    [InlineData("    status: imposed\n", "    status: imposed\n    start: undated\n")]
    public void Undated_is_not_a_date_anywhere_else(string find, string replace)
    {
        Assert.Contains(find, Yaml.Valid, StringComparison.Ordinal);
        var yaml = Yaml.Valid.Replace(find, replace, StringComparison.Ordinal);

        var run = GeneratorHarness.Run(Yaml.Files(yaml));

        var error = run.Single("DS0006");
        Assert.Contains("'undated'", error.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(yaml.IndexOf("undated", StringComparison.Ordinal), error.Location.SourceSpan.Start);
    }
}
