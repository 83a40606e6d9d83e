using Microsoft.CodeAnalysis;
using Xunit.Abstractions;
using Dataset.Annotations.Parsing;

namespace Dataset.Generators.Tests.Hostile;

/// <summary>
/// Every case of the official YAML test suite fed as an annotation. Each file is parsed on its own (no exception,
/// every diagnostic located inside it, at least one error for the cases the suite marks invalid); then all of them go
/// through the whole generator in one run, which must raise no exception and produce code that compiles cleanly.
/// </summary>
public class YamlTestSuiteCorpusTests(ITestOutputHelper output)
{
    private static readonly string Corpus = Path.Combine(RepositoryPaths.Shared, "corpus", "yaml-test-suite");

    [Fact]
    public void Every_case_ends_in_located_diagnostics_or_compiling_code()
    {
        var cases = Directory.EnumerateFiles(Corpus, "*.yaml").Order(StringComparer.Ordinal).ToList();
        Assert.True(cases.Count > 300, $"Expected the YAML test suite at {Corpus}; found {cases.Count} cases.");
        var files = cases.Select(
            c => (Path: "corpus/"
                + Path.GetFileName(c), Text: CompilerText.Decode(File.ReadAllBytes(c)), Invalid: File.Exists(Path.ChangeExtension(c, ".error"))))
            .ToList();

        var failures = new List<string>();
        foreach (var (path, text, invalid) in files)
        {
            failures.AddRange(CheckAlone(path, text, invalid));
        }

        // Hundreds of files: too many to track steps (see GeneratorHarness).
        var run = GeneratorHarness.Run(files.Select(f => (f.Path, f.Text)).ToArray(), csharp: null, trackSteps: false);
        var paths = files.Select(f => GeneratorHarness.Absolute(f.Path)).ToHashSet(StringComparer.Ordinal);
        failures.AddRange(run.Diagnostics.Where(d => !paths.Contains(d.Location.GetLineSpan().Path)).Select(d => "unlocated: " + d));
        failures.AddRange(run.CompilationProblems.Select(d => "generated code: " + d));

        var summary = $"YAML test suite: {files.Count} cases run ({files.Count(f => f.Invalid)} marked invalid), {run.Diagnostics.Length} diagnostics in the " +
            $"joint run, {run.Sources.Count} sources generated, {failures.Count} failures.";
        output.WriteLine(summary);
        Console.WriteLine(summary);
        Assert.True(failures.Count == 0, summary + "\n" + string.Join("\n", failures.Take(50)));
    }

    /// <summary>The parse of one case: no exception, diagnostics inside the file, an error when the suite says invalid.</summary>
    private static List<string> CheckAlone(string path, string? text, bool invalid)
    {
        var absolute = GeneratorHarness.Absolute(path);
        Dataset.Annotations.Model.AnnotationFile file;
        try
        {
            file = AnnotationParser.Parse(absolute, text);
        }
        catch (Exception exception)
        {
            return [$"{path}: {exception.GetType().Name}: {exception.Message}"];
        }

        var problems = new List<string>();
        var lines = text is null ? 1 : text.Split('\n').Length;
        foreach (var diagnostic in file.Diagnostics)
        {
            var location = diagnostic.Location;
            if (location.FilePath != absolute || location.StartLine >= lines || location.Start > (text?.Length ?? 0))
            {
                problems.Add($"{path}: {diagnostic.Id} located at {location.FilePath}({location.ToDisplay()}), outside the file");
            }
        }

        if (invalid && !file.Diagnostics.Any(d => d.IsError))
        {
            problems.Add($"{path}: invalid YAML, but no error");
        }

        return problems;
    }
}
