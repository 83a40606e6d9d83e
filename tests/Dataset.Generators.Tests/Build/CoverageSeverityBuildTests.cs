using Xunit.Abstractions;

namespace Dataset.Generators.Tests.Build;

/// <summary>
/// Coverage advice (DS0028, info) in a real <c>dotnet build</c>: located at the passage in the article text, and
/// raised to a warning by the project's global analyzer configuration.
/// </summary>
[Trait("Category", "E2E")]
public class CoverageSeverityBuildTests(ITestOutputHelper output)
{
    private const string App = """
        namespace Consumer;

        /// <summary>Uses the dataset.</summary>
        public static class App
        {
            /// <summary>A name from the dataset.</summary>
            public static string Name => Consumer.Data.Actors.JohnKirby.Name;
        }
        """;

    [Fact]
    public void A_globalconfig_raises_the_advice_on_kirbys_unannotated_quote_to_a_warning_at_its_line_and_column()
    {
        using var project = SeedsWithoutKirbysQuote((".globalconfig", "is_global = true\ndotnet_diagnostic.DS0028.severity = warning\n"));

        var (exitCode, text) = project.Build("Consumer.csproj", "-p:TreatWarningsAsErrors=false");
        output.WriteLine(text);

        var article = Path.Combine(project.Directory, "annotations", SeedArticle.Name + ".txt");
        Assert.True(exitCode == 0, text);
        Assert.Contains(
            $"{article}(21,1): warning DS0028: Quoted passage “Iran and Russia, they can lie to the world, but they certainly can’t hide the facts",
            text,
            StringComparison.Ordinal);
        Assert.Contains($"{article}(21,1): warning DS0028: Sentence '“Iran and Russia,", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Roslyn applies an .editorconfig section's severities to diagnostics in C# files only; one located in an additional
    /// file follows the global configuration alone (by design: dotnet/roslyn#55921). If this starts to fail, Roslyn has
    /// changed and docs/coverage.md can recommend .editorconfig too.
    /// </summary>
    [Fact]
    public void An_editorconfig_section_does_not_reach_advice_located_in_an_article_text()
    {
        using var project = SeedsWithoutKirbysQuote((".editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.DS0028.severity = warning\n"));

        var (exitCode, text) = project.Build("Consumer.csproj", "-p:TreatWarningsAsErrors=false");
        output.WriteLine(text);

        Assert.True(exitCode == 0, text);
        Assert.DoesNotContain("DS0028", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_configuration_the_advice_fails_no_build_with_warnings_as_errors()
    {
        using var project = SeedsWithoutKirbysQuote();

        var (exitCode, text) = project.Build();
        output.WriteLine(text);

        Assert.True(exitCode == 0, text);
        Assert.DoesNotContain("warning DS0028", text, StringComparison.Ordinal);
        Assert.DoesNotContain("error DS0028", text, StringComparison.Ordinal);
    }

    private static ConsumerProject SeedsWithoutKirbysQuote(params (string Path, string Text)[] extra)
    {
        var files = new Dictionary<string, string> { ["App.cs"] = App };
        foreach (var (path, text) in SeedArticle.Files())
        {
            var name = Path.GetFileName(path);
            files["annotations/" + name] = name == SeedArticle.Name + ".yaml" ? SeedArticle.WithoutKirbysQuote(text!) : text!;
        }

        foreach (var (path, text) in extra)
        {
            files[path] = text;
        }

        return ConsumerProject.Create("net10.0", files);
    }
}
