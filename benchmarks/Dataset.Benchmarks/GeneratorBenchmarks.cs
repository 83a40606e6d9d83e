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
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class GeneratorBenchmarks
{
    private AdditionalText[] _files = [];
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _driver = null!;
    private AdditionalText _original = null!;
    private AdditionalText _edited = null!;
    private bool _isEdited;

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
        _original = _files.Single(f => f.Path.EndsWith("/" + corpus.ProbeAnnotationPath, StringComparison.Ordinal));
        var text = _original.GetText()!.ToString();
        var at = text.IndexOf("summary: \"", StringComparison.Ordinal) + "summary: \"".Length;
        _edited = new MemoryText(_original.Path, text.Insert(at, "Edited: "));
        _driver = NewDriver().RunGenerators(_compilation);
        var result = _driver.GetRunResult();
        if (!result.Diagnostics.IsEmpty || result.Results[0].Exception is not null)
        {
            throw new InvalidOperationException($"The corpus does not generate cleanly: {result.Diagnostics.FirstOrDefault()}{result.Results[0].Exception}");
        }
    }

    /// <summary>Everything parsed, validated and emitted from nothing.</summary>
    [Benchmark]
    public int ColdRun() => NewDriver().RunGenerators(_compilation).GetRunResult().Results[0].GeneratedSources.Length;

    /// <summary>One annotation changed (a summary edited, then back): the incremental pipeline reruns what depends on it.</summary>
    [Benchmark]
    public GeneratorDriver OneFileEdit()
    {
        var (from, to) = _isEdited ? (_edited, _original) : (_original, _edited);
        _isEdited = !_isEdited;
        _driver = _driver.ReplaceAdditionalText(from, to).RunGenerators(_compilation);
        return _driver;
    }

    private GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(
        generators: [new DatasetGenerator().AsSourceGenerator()],
        additionalTexts: _files,
        parseOptions: new CSharpParseOptions(LanguageVersion.CSharp12),
        optionsProvider: new Options(),
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

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

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
