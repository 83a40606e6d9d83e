using Dataset.TestSupport;

namespace Dataset.Fuzz;

/// <summary>The inputs fuzzing starts from: real annotations with their articles, and hostile YAML.</summary>
public static class SeedCorpus
{
    public static int Write(string folder, string repository, string shared)
    {
        Directory.CreateDirectory(folder);
        var count = 0;
        void Add(string name, FuzzInput input)
        {
            File.WriteAllBytes(Path.Combine(folder, name), input.ToBytes());
            count++;
        }

        var seeds = Path.Combine(repository, "seeds");
        foreach (var yaml in Directory.EnumerateFiles(seeds, "*.yaml").Order(StringComparer.Ordinal))
        {
            var text = Path.ChangeExtension(yaml, ".txt");
            Add("seed-" + Path.GetFileNameWithoutExtension(yaml), new FuzzInput(File.ReadAllText(yaml), File.Exists(text) ? File.ReadAllText(text) : string.Empty));
        }

        var fixture = Directory.CreateTempSubdirectory("dataset-fuzz-").FullName;
        try
        {
            var annotations = NewArticleCorpus.Write(fixture);
            var name = Path.Combine(annotations, NewArticleCorpus.Name);
            Add("fixture-new-article", new FuzzInput(File.ReadAllText(name + ".yaml"), File.ReadAllText(name + ".txt")));
        }
        finally
        {
            Directory.Delete(fixture, recursive: true);
        }

        var suite = Path.Combine(shared, "corpus", "yaml-test-suite");
        foreach (var yaml in Directory.EnumerateFiles(suite, "*.yaml").Order(StringComparer.Ordinal))
        {
            Add("suite-" + Path.GetFileNameWithoutExtension(yaml), new FuzzInput(File.ReadAllText(yaml), string.Empty));
        }

        return count;
    }
}
