using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Dataset.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Dataset.Benchmarks;

/// <summary>
/// The generator as the compiler and the IDE run it: a cold run (a new driver, nothing cached: a command-line build)
/// and a re-run after one annotation is edited (a keystroke in the IDE). The files are in memory, as the IDE has them.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class GeneratorBenchmarks
{
    private AdditionalText[] _files = [];
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _driver = null!;
    private Edit _summary = null!;
    private Edit _quote = null!;
    private Edit _article = null!;

    [ParamsSource(nameof(Sizes))]
    public int Articles { get; set; }

    public static IEnumerable<int> Sizes => Workspace.Sizes;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = CorpusMaker.SyntheticCorpus.Make(Articles, Workspace.Seed);
        _files = corpus.Files.Select(f => (AdditionalText)new MemoryText("/bench/annotations/" + f.Path, f.Text)).ToArray();
        _compilation = CSharpCompilation.Create(
            "Bench.Corpus",
            [],
            Basic.Reference.Assemblies.Net80.References.All.Append(MetadataReference.CreateFromFile(typeof(Dataset.Actor).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var annotation = _files.Single(f => f.Path.EndsWith("/" + corpus.ProbeAnnotationPath, StringComparison.Ordinal));
        var article = _files.Single(f => f.Path == annotation.Path[..^".yaml".Length] + ".txt");
        _summary = new Edit(annotation, yaml => yaml.Insert(yaml.IndexOf("summary: \"", StringComparison.Ordinal) + "summary: \"".Length, "Edited: "));
        _quote = new Edit(annotation, yaml =>
        {
            // The first evidence loses its first word: still verbatim and unique in the article, but located anew.
            var start = yaml.IndexOf("evidence: \"", StringComparison.Ordinal) + "evidence: \"".Length;
            return yaml.Remove(start, yaml.IndexOf(' ', start) + 1 - start);
        });
        _article = new Edit(article, text => text.Insert(text.IndexOf('\n', StringComparison.Ordinal) + 1, "A line added by the editor.\n"));
        _driver = NewDriver().RunGenerators(_compilation);
        foreach (var edit in new[] { _summary, _quote, _article })
        {
            _driver = edit.Apply(_driver).RunGenerators(_compilation);
            Check(_driver.GetRunResult());
            _driver = edit.Apply(_driver).RunGenerators(_compilation);
        }

        Check(_driver.GetRunResult());
    }

    private static void Check(GeneratorDriverRunResult result)
    {
        // The identity key's advice (DS0038) and the likely duplicate actors (DS0043), both info, are set aside: a
        // synthetic corpus drawn from small vocabularies has look-alike sanctions, statements and names by chance, and
        // the advice is computed, so its cost is measured.
        var problems = result.Diagnostics.Where(d => d.Id is not "DS0038" and not "DS0043").ToList();
        if (problems.Count != 0 || result.Results[0].Exception is not null)
        {
            throw new InvalidOperationException($"The corpus does not generate cleanly: {problems.FirstOrDefault()}{result.Results[0].Exception}");
        }
    }

    /// <summary>Everything parsed, validated and emitted from nothing.</summary>
    [Benchmark]
    public int ColdRun() => NewDriver().RunGenerators(_compilation).GetRunResult().Results[0].GeneratedSources.Length;

    /// <summary>One annotation's summary edited (then back, each invocation an edit): the file is re-parsed and re-emitted.</summary>
    [Benchmark]
    public GeneratorDriver OneFileEdit() => _driver = _summary.Apply(_driver).RunGenerators(_compilation);

    /// <summary>One annotation's evidence edited: also re-locates that article's evidence.</summary>
    [Benchmark]
    public GeneratorDriver OneQuoteEdit() => _driver = _quote.Apply(_driver).RunGenerators(_compilation);

    /// <summary>One article text edited (a line added above every quote): re-checks that article's evidence only.</summary>
    [Benchmark]
    public GeneratorDriver OneArticleTextEdit() => _driver = _article.Apply(_driver).RunGenerators(_compilation);

    private CSharpGeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(
        generators: [new DatasetGenerator().AsSourceGenerator()],
        additionalTexts: _files,
        parseOptions: new CSharpParseOptions(LanguageVersion.CSharp12),
        optionsProvider: new Options(),
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>A file and an edit of it; each Apply swaps the original and the edited text.</summary>
    private sealed class Edit(AdditionalText original, Func<string, string> change)
    {
        private readonly AdditionalText _edited = new MemoryText(original.Path, change(original.GetText()!.ToString()));
        private bool _isEdited;

        public GeneratorDriver Apply(GeneratorDriver driver)
        {
            var (from, to) = _isEdited ? (_edited, original) : (original, _edited);
            _isEdited = !_isEdited;
            return driver.ReplaceAdditionalText(from, to);
        }
    }

    private sealed class MemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(ImmutableDictionary<string, string>.Empty
            .Add("build_property.RootNamespace", "Bench.Corpus")
            .Add("build_property.ProjectDir", "/bench/"));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Values.Empty;

        private sealed class Values(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Values Empty = new(ImmutableDictionary<string, string>.Empty);

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
                values.TryGetValue(key, out value);
        }
    }
}
