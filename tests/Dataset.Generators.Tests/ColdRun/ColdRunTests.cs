using System.Collections.Immutable;
using Dataset.CorpusMaker;
using Dataset.Generators.ColdRun;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dataset.Generators.Tests.ColdRun;

/// <summary>
/// A driver's first run makes its per-file steps for every file at once, on every core (<see cref="ColdRunSteps"/>):
/// what it generates and reports must be what the steps make one file after another, as the IDE runs them (without
/// implementation outputs, where the making ahead is), and the steps must take what was made ahead rather than make it
/// again.
/// </summary>
[Collection(nameof(ColdRunTests))]
public class ColdRunTests
{
    private const int Articles = 80;

    [Fact]
    public void A_first_run_made_ahead_generates_and_reports_what_a_run_one_file_after_another_does()
    {
        var corpus = SyntheticCorpus.Make(Articles, seed: 42);
        var before = Counts();

        var ahead = Run(corpus, IncrementalGeneratorOutputKind.None);
        var taken = Counts().Zip(before, (after, start) => after - start).ToList();
        var afterAhead = Counts();
        var oneByOne = Run(corpus, IncrementalGeneratorOutputKind.Implementation);

        var annotations = corpus.Files.Count(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal));
        Assert.True(annotations > ColdRunSteps.SharedFrom);
        Assert.All(taken, count => Assert.True(count >= Articles, $"Only {count} results made ahead were taken: {string.Join(", ", taken)}."));
        Assert.Equal(afterAhead, Counts());
        Assert.Equal(oneByOne.Sources, ahead.Sources);
        Assert.Equal(string.Join("\n", oneByOne.Diagnostics), string.Join("\n", ahead.Diagnostics));
        Assert.NotEmpty(ahead.Sources);
    }

    [Fact]
    public void A_project_with_few_files_is_made_one_file_after_another()
    {
        var corpus = SyntheticCorpus.Make(articles: 10, seed: 42);
        var before = Counts();

        var run = Run(corpus, IncrementalGeneratorOutputKind.None);

        Assert.NotEmpty(run.Sources);
        Assert.Equal(before, Counts());
    }

    private static List<int> Counts() =>
    [
        ColdRunSteps.ParsedAhead.Taken, ColdRunSteps.EvidenceAhead.Taken, ColdRunSteps.CoverageInputsAhead.Taken, ColdRunSteps.CoverageAhead.Taken,
        ColdRunSteps.ValidatedAhead.Taken, ColdRunSteps.EmitInputsAhead.Taken, ColdRunSteps.RecordDataAhead.Taken, ColdRunSteps.GeneratedAhead.Taken,
    ];

    private sealed record Output(ImmutableSortedDictionary<string, string> Sources, ImmutableArray<string> Diagnostics);

    /// <summary>A new driver's run, steps not tracked (as in a build), without the outputs given.</summary>
    private static Output Run(SyntheticCorpus corpus, IncrementalGeneratorOutputKind disabled)
    {
        var globals = ImmutableDictionary<string, string>.Empty
            .Add("build_property.RootNamespace", GeneratorHarness.Namespace)
            .Add("build_property.ProjectDir", GeneratorHarness.ProjectDirectory);
        var driver = CSharpGeneratorDriver.Create(
            generators: [new DatasetGenerator().AsSourceGenerator()],
            additionalTexts: corpus.Files.Select(f => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.Absolute("annotations/" + f.Path), f.Text)),
            parseOptions: new CSharpParseOptions(LanguageVersion.CSharp12),
            optionsProvider: new TestOptionsProvider(globals),
            driverOptions: new GeneratorDriverOptions(disabled, trackIncrementalGeneratorSteps: false));
        var result = driver.RunGenerators(GeneratorHarness.CreateCompilation(csharp: null)).GetRunResult();
        Assert.Empty(result.Results.Where(r => r.Exception is not null));
        return new Output(
            result.Results.SelectMany(r => r.GeneratedSources)
                .ToImmutableSortedDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal),
            result.Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal).ToImmutableArray());
    }
}

/// <summary>The cold-run tests count what every generator run takes, so no other test runs beside them.</summary>
[CollectionDefinition(nameof(ColdRunTests), DisableParallelization = true)]
public sealed class ColdRunTestsAlone;
