namespace Dataset.Generators.Tests;

public class SmokeTests
{
    [Fact]
    public void Valid_annotation_generates_code_that_compiles_without_diagnostics()
    {
        var run = GeneratorHarness.Run(Yaml.Files(Yaml.Valid), "public static class App { public static string Name => TestData.Actors.LloydAustin.Name; }");

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Contains("public static global::Dataset.Actor LloydAustin", run.SourceFor("seeds_article_yaml"));
    }
}
