using Dataset.CorpusMaker;

namespace Dataset.Annotations.Tests.Parsing;

/// <summary>
/// The subset reader against YamlDotNet on every YAML text at hand: each is either left to YamlDotNet or read into the
/// very tree YamlDotNet reads (<see cref="YamlTreeDifference"/>). And the annotations this repository writes take the
/// fast path, counted, so that a change that sends them back to YamlDotNet fails here rather than only slowing down.
/// </summary>
public class YamlSubsetCorpusTests
{
    private static readonly string Suite = Path.Combine(RepositoryPaths.Shared, "corpus", "yaml-test-suite");

    [Fact]
    public void Every_yaml_file_in_the_repository_reads_as_YamlDotNet_reads_it()
    {
        var files = RepositoryYaml().ToList();
        Assert.True(files.Count > 50, $"Expected the repository's YAML files; found {files.Count}.");
        AssertEqualOrLeft(files.Select(f => (Path.GetRelativePath(RepositoryPaths.Root, f), File.ReadAllText(f))), out _);
    }

    [Fact]
    public void The_synthetic_corpus_reads_as_YamlDotNet_reads_it_and_takes_the_fast_path()
    {
        var annotations = SyntheticCorpus.Make(300, seed: 7).Files.Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)).ToList();
        Assert.Equal(301, annotations.Count);
        AssertEqualOrLeft(annotations.Select(f => (f.Path, f.Text)), out var left);
        Assert.Empty(left);
    }

    [Fact]
    public void Every_file_of_the_yaml_test_suite_is_left_to_YamlDotNet_or_read_as_it_reads_it()
    {
        var cases = Directory.EnumerateFiles(Suite).Order(StringComparer.Ordinal).ToList();
        Assert.True(cases.Count > 400, $"Expected the YAML test suite at {Suite}; found {cases.Count} files.");
        AssertEqualOrLeft(cases.Select(c => ("corpus/" + Path.GetFileName(c), File.ReadAllText(c))), out var left);

        // Most of the suite is YAML no annotation is written in; the few plain cases it has are read here.
        Assert.InRange(cases.Count - left.Count, 5, cases.Count / 4);
    }

    [Fact]
    public void The_seeds_and_the_gold_sets_take_the_fast_path()
    {
        var files = RepositoryYaml()
            .Where(f => IsUnder(f, RepositoryPaths.Seeds) || Path.GetFileName(Path.GetDirectoryName(f)!).StartsWith("Gold", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 40, $"Expected the seeds and gold sets; found {files.Count}.");
        AssertEqualOrLeft(files.Select(f => (Path.GetRelativePath(RepositoryPaths.Root, f), File.ReadAllText(f))), out var left);
        Assert.True(left.Count == 0, "Left to YamlDotNet: " + string.Join(", ", left));
    }

    /// <summary>Every .yaml file of the repository's sources, tests and samples (not build output).</summary>
    internal static IEnumerable<string> RepositoryYaml() =>
        Directory.EnumerateFiles(RepositoryPaths.Root, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(RepositoryPaths.Root, f).Split(Path.DirectorySeparatorChar)
                .Any(part => part is "bin" or "obj" or "node_modules" or ".git" or ".work"))
            .Order(StringComparer.Ordinal);

    private static bool IsUnder(string file, string folder) => file.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static void AssertEqualOrLeft(IEnumerable<(string Path, string Text)> files, out List<string> left)
    {
        left = [];
        var differences = new List<string>();
        foreach (var (path, text) in files)
        {
            if (YamlTreeDifference.OfReaders(path, text, out var fast) is { } difference)
            {
                differences.Add($"{path}: {difference}");
            }

            if (!fast)
            {
                left.Add(path);
            }
        }

        Assert.True(
            differences.Count == 0,
            $"{differences.Count} texts read otherwise than YamlDotNet reads them:\n" + string.Join("\n", differences.Take(20)));
    }
}
