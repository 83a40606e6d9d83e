namespace Dataset.LanguageServer.Tests;

/// <summary>A project folder with the seeds in its annotations/ folder: the registry (actors.yaml) and one article.</summary>
internal sealed class SeedFolder : IDisposable
{
    public const string Article = "2022-10-22-dawn-us-urges-russia-to-keep-lines-open";

    public SeedFolder()
    {
        Root = Directory.CreateTempSubdirectory("dataset-lsp-").FullName;
        Annotations = Path.Combine(Root, "annotations");
        Directory.CreateDirectory(Annotations);
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Seeds).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(Annotations, Path.GetFileName(file)));
        }
    }

    public string Root { get; }

    public string Annotations { get; }

    public string Yaml => Path.Combine(Annotations, Article + ".yaml");

    public string Text => Path.Combine(Annotations, Article + ".txt");

    public string Registry => Path.Combine(Annotations, "actors.yaml");

    /// <summary>Every file's bytes, to show the server wrote none.</summary>
    public Dictionary<string, string> Contents() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);

    /// <summary>The 0-based line and column of the first occurrence of a text in a file.</summary>
    public static (int Line, int Column) Find(string text, string what)
    {
        var at = text.IndexOf(what, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{what}' is not in the file");
        var line = text[..at].Count(c => c == '\n');
        return (line, at - (text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temporary folder behind.
        }
    }
}
