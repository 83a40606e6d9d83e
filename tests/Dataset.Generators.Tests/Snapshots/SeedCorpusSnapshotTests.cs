using Dataset.Testing;

namespace Dataset.Generators.Tests.Snapshots;

/// <summary>The generated source for the seed corpus, file by file, against committed snapshots.</summary>
public class SeedCorpusSnapshotTests
{
    [Fact]
    public void Generated_source_for_the_seeds_matches_the_snapshots()
    {
        var files = SeedEditTests.SeedFiles();

        var run = GeneratorHarness.Run(files, csharp: null, datasetNamespace: "Dataset.Seeds");

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Contains(files, f => f.Item1.EndsWith(".yaml", StringComparison.Ordinal));
        foreach (var (hintName, source) in run.Sources.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            Snapshot.Match(source, name: "Seeds." + Path.GetFileNameWithoutExtension(hintName), extension: "cs");
        }
    }
}
