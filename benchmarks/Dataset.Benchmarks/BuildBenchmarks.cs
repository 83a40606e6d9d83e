using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Dataset.Benchmarks;

/// <summary>
/// `dotnet build` of a consumer project, rebuilt from scratch (its references already built), with the corpus compiled
/// by the generator and without it; the difference is the build time the dataset adds.
/// </summary>
[MedianColumn]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class BuildBenchmarks
{
    [ParamsSource(nameof(Sizes))]
    public int Articles { get; set; }

    public static IEnumerable<int> Sizes => Workspace.Sizes;

    [GlobalSetup]
    public void Setup() => Workspace.Prepare(Articles);

    [Benchmark(Baseline = true)]
    public void BuildWithoutDataset() => Workspace.Rebuild(Articles, withDataset: false);

    [Benchmark]
    public void BuildWithDataset() => Workspace.Rebuild(Articles, withDataset: true);
}
