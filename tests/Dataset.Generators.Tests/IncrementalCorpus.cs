using System.Collections.Immutable;
using Dataset.CorpusMaker;
using Dataset.Generators.Model;
using Microsoft.CodeAnalysis;
using Dataset.Annotations.Model;

namespace Dataset.Generators.Tests;

/// <summary>
/// A synthetic corpus run through one generator driver with step tracking, then edited one file at a time the way an
/// IDE does, so tests can see which tracked steps reran for which file.
/// </summary>
internal sealed class IncrementalCorpus
{
    public const string Folder = "annotations/";

    private readonly Dictionary<string, AdditionalText> _files;
    private GeneratorDriver _driver;
    private Compilation _compilation;

    public IncrementalCorpus(int articles)
    {
        Corpus = SyntheticCorpus.Make(articles, seed: 7);
        _files = Corpus.Files.ToDictionary(
            f => f.Path,
            f => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.Absolute(Folder + f.Path), f.Text),
            StringComparer.Ordinal);
        _compilation = GeneratorHarness.CreateCompilation("public static class App { public static int Answer => 42; }");
        _driver = GeneratorHarness.CreateDriver(_files.Values).RunGenerators(_compilation);
        First = _driver.GetRunResult();
    }

    public SyntheticCorpus Corpus { get; }

    public GeneratorDriverRunResult First { get; }

    public static ImmutableDictionary<string, string> Sources(GeneratorDriverRunResult run) =>
        run.Results[0].GeneratedSources.ToImmutableDictionary(s => s.HintName, s => s.SourceText.ToString());

    public string Text(string path) => _files[path].GetText()!.ToString();

    /// <summary>Replaces one file's text and reruns the generator on it.</summary>
    public GeneratorDriverRunResult Edit(string path, Func<string, string> change)
    {
        var old = _files[path];
        var edited = new InMemoryAdditionalText(old.Path, change(old.GetText()!.ToString()));
        Assert.NotEqual(old.GetText()!.ToString(), edited.GetText()!.ToString());
        _files[path] = edited;
        _driver = _driver.ReplaceAdditionalText(old, edited).RunGenerators(_compilation);
        return _driver.GetRunResult();
    }

    /// <summary>
    /// Replaces one file's text and gives the driver every file afresh, as the compiler server gives a driver it kept
    /// between builds (the compiler's enable-generator-cache feature): new AdditionalText objects for all, the others
    /// equal to the old ones in path and text only.
    /// </summary>
    public GeneratorDriverRunResult EditAsCompilerServer(string path, Func<string, string> change)
    {
        foreach (var key in _files.Keys.ToList())
        {
            var old = _files[key];
            var text = old.GetText()!.ToString();
            _files[key] = new InMemoryAdditionalText(old.Path, key == path ? change(text) : text);
        }

        _driver = _driver.ReplaceAdditionalTexts([.. _files.Values]).RunGenerators(_compilation);
        return _driver.GetRunResult();
    }

    /// <summary>A new driver's run over the files as they are now: what a build without a kept driver gives.</summary>
    public GeneratorDriverRunResult FreshRun() => GeneratorHarness.CreateDriver(_files.Values).RunGenerators(_compilation).GetRunResult();

    /// <summary>Changes the C# of the project, leaving every dataset file alone.</summary>
    public GeneratorDriverRunResult EditCSharp(string csharp)
    {
        var tree = _compilation.SyntaxTrees.Single();
        _compilation = _compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(csharp)));
        _driver = _driver.RunGenerators(_compilation);
        return _driver.GetRunResult();
    }

    public static string PathOf(string relative) => GeneratorHarness.Absolute(Folder + relative);

    /// <summary>Every output of a tracked step with the reason it has in this run.</summary>
    public static IReadOnlyList<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorDriverRunResult run, string step)
    {
        Assert.True(run.Results[0].TrackedSteps.TryGetValue(step, out var steps), $"Step {step} was not tracked.");
        return steps.SelectMany(s => s.Outputs).ToList();
    }

    /// <summary>The annotation paths whose parse reran with a new result.</summary>
    public static IReadOnlyList<string> Reparsed(GeneratorDriverRunResult run) =>
        Outputs(run, TrackingNames.Annotations).Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New)
            .Select(o => ((AnnotationFile)o.Value).Path).ToList();

    /// <summary>The hint names whose source was written anew.</summary>
    public static IReadOnlyList<string> Reemitted(GeneratorDriverRunResult run) =>
        Outputs(run, TrackingNames.GeneratedFiles).Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New)
            .Select(o => ((GeneratedFile)o.Value).HintName).ToList();

    public static bool IsCached(IncrementalStepRunReason reason) =>
        reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;
}
