using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Dataset.Benchmarks;

/// <summary>
/// An app's first access to one statement, each time in a fresh process (cold start: type loading, JIT and static
/// initialisation included), by the generated property, by id through the generated catalog, and the two things an
/// app would otherwise do: load the YAML at run time with YamlDotNet, or load the same data from JSON with
/// System.Text.Json's source-generated context. Ratios are against the YAML load.
/// </summary>
[MedianColumn]
[SimpleJob(RunStrategy.ColdStart, launchCount: 15, warmupCount: 0, iterationCount: 1)]
public class FirstAccessBenchmarks
{
    private Func<string> _property = null!;
    private Func<string> _lookup = null!;
    private IReadOnlyList<string> _yamlFiles = [];
    private string _jsonFile = "";
    private string _probeId = "";

    [ParamsSource(nameof(Sizes))]
    public int Articles { get; set; }

    public static IEnumerable<int> Sizes => Workspace.Sizes;

    [GlobalSetup]
    public void Setup()
    {
        Workspace.Prepare(Articles);
        _probeId = CorpusMaker.SyntheticCorpus.Make(Articles, Workspace.Seed).ProbeStatementId;
        _yamlFiles = Workspace.YamlFiles(Articles);
        _jsonFile = Workspace.JsonFile(Articles);
        // Loading the assembly is not timed (a referenced assembly is mapped at start-up); everything after is.
        var probe = Assembly.LoadFrom(Workspace.ConsumerAssembly(Articles, withDataset: true)).GetType("Bench.Corpus.Probe", throwOnError: true)!;
        _property = probe.GetMethod("Property")!.CreateDelegate<Func<string>>();
        _lookup = probe.GetMethod("Lookup")!.CreateDelegate<Func<string>>();
    }

    [Benchmark(Baseline = true)]
    public string YamlAtRunTime() => RuntimeLoading.Find(RuntimeLoading.LoadYaml(_yamlFiles), _probeId);

    [Benchmark]
    public string JsonSourceGenerated() => RuntimeLoading.Find(RuntimeLoading.LoadJson(_jsonFile), _probeId);

    [Benchmark]
    public string GeneratedProperty() => _property();

    [Benchmark]
    public string GeneratedLookupById() => _lookup();
}
