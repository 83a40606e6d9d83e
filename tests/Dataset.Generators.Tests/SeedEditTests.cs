using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Dataset.Generators.Tests;

/// <summary>What an analyst's edit to the real seed annotation does to a build.</summary>
public class SeedEditTests
{
    private const string App = "public static class App { public static string Name => Dataset.Seeds.Actors.LloydAustin.Name; }";

    [Fact]
    public void An_app_line_using_a_seed_actor_compiles()
    {
        var run = Run(SeedFiles(), App);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Renaming_the_actor_id_makes_the_app_line_a_compile_error()
    {
        var files = Edit(
            SeedFiles(),
            "id: lloyd-austin",
            "id: lloyd-j-austin",
            "speaker: lloyd-austin",
            "speaker: lloyd-j-austin",
            "via: lloyd-austin",
            "via: lloyd-j-austin",
            "[lloyd-austin]",
            "[lloyd-j-austin]");

        var run = Run(files, App);

        var error = Assert.Single(run.CompilationProblems, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CS0117", error.Id);
        Assert.Contains("LloydAustin", error.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelled_speaker_is_an_error_at_its_yaml_line()
    {
        var (path, text) = Annotation(SeedFiles());
        var index = text.IndexOf("speaker: lloyd-austin", StringComparison.Ordinal);
        var files = SeedFiles()
            .Select(f => f.Path == path ? (f.Path, (string?)(text[..index] + "speaker: loyd-austin" + text[(index + "speaker: lloyd-austin".Length)..])) : f)
            .ToArray();

        var run = Run(files, null);

        var error = run.Single("DS0010");
        var span = error.Location.GetLineSpan();
        Assert.Equal(GeneratorHarness.Absolute(path), span.Path);
        Assert.Equal(LineOf(text, index), span.StartLinePosition.Line);
        Assert.Equal(ColumnOf(text, index) + "speaker: ".Length, span.StartLinePosition.Character);
        Assert.Contains("did you mean 'lloyd-austin'", error.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_that_no_longer_occurs_in_the_article_is_an_error_at_its_yaml_line()
    {
        var (path, text) = Annotation(SeedFiles());
        const string Original = "“expose, deter and confront”";
        var index = text.IndexOf(Original, StringComparison.Ordinal);
        Assert.True(index >= 0, "The seed annotation quotes Kirby's \"expose, deter and confront\".");
        var files = SeedFiles()
            .Select(f => f.Path == path ? (f.Path, (string?)text.Replace(Original, "“expose, deter and defeat”", StringComparison.Ordinal)) : f)
            .ToArray();

        var run = Run(files, null);

        var error = Assert.Single(run.Diagnostics, d => d.Id is "DS0013" or "DS0014");
        var span = error.Location.GetLineSpan();
        Assert.Equal(GeneratorHarness.Absolute(path), span.Path);
        Assert.Equal(LineOf(text, index), span.StartLinePosition.Line);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
    }

    private static GeneratorRun Run((string Path, string? Text)[] files, string? csharp) =>
        GeneratorHarness.Run(files, csharp, datasetNamespace: "Dataset.Seeds");

    internal static (string Path, string? Text)[] SeedFiles() => Directory.EnumerateFiles(RepositoryPaths.Seeds)
        .Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .Select(p => ("seeds/" + Path.GetFileName(p), (string?)File.ReadAllText(p)))
        .ToArray();

    private static (string Path, string Text) Annotation((string Path, string? Text)[] files)
    {
        var file = files.Single(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal) && f.Text!.Contains("document:", StringComparison.Ordinal));
        return (file.Path, file.Text!);
    }

    private static (string Path, string? Text)[] Edit((string Path, string? Text)[] files, params string[] replacements) =>
        files.Select(f =>
        {
            var text = f.Text;
            for (var i = 0; i < replacements.Length; i += 2)
            {
                text = text!.Replace(replacements[i], replacements[i + 1], StringComparison.Ordinal);
            }

            return (f.Path, text);
        }).ToArray();

    private static int LineOf(string text, int index) => text[..index].Count(c => c == '\n');

    private static int ColumnOf(string text, int index) => index - (text.LastIndexOf('\n', index - 1) + 1);
}
