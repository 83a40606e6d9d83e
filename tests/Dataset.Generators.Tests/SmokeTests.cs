using System.Globalization;
namespace Dataset.Generators.Tests;

public class SmokeTests
{
    [Fact]
    public void Valid_annotation_generates_code_that_compiles_without_diagnostics()
    {
        var run = GeneratorHarness.Run(Yaml.Files(Yaml.Valid), "public static class App { public static string Name => TestData.Actors.LloydAustin.Name; }");

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Contains("public static readonly global::Dataset.Actor LloydAustin;", run.SourceFor("seeds_article_yaml"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("---\n")]
    [InlineData("# a new annotation, not written yet\n")]
    [InlineData("---\n# nothing yet\n...\n")]
    public void A_file_with_nothing_in_it_declares_nothing_and_is_not_an_error(string text)
    {
        var run = GeneratorHarness.Run(("seeds/new.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void A_file_holding_only_null_is_not_an_annotation()
    {
        var run = GeneratorHarness.Run(("seeds/new.yaml", "~\n"));

        Assert.Contains("this file is empty", run.Single("DS0021").GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
