namespace Dataset.Cli.Tests;

/// <summary>A test corpus written to a fresh folder, with the tool's exports and <c>show</c> of it.</summary>
internal sealed class CorpusFolder : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <param name="files">The corpus's files in a folder: their paths and texts.</param>
    public CorpusFolder(Func<string, KeyValuePair<string, string?>[]> files)
    {
        foreach (var (path, text) in files(_folder.Path))
        {
            System.IO.File.WriteAllText(path, text);
        }
    }

    public string Path => _folder.Path;

    public string File(string name) => _folder.File(name);

    /// <summary>An export of the corpus, which must succeed.</summary>
    public CliResult Export(string format, params string[] more)
    {
        var result = CliRun.Run(["export", "--format", format, "--annotations", Path, .. more]);
        Assert.True(result.ExitCode == 0, result.Error);
        return result;
    }

    /// <summary>The lines <c>show</c> writes for a record, each <see cref="Squeezed"/>.</summary>
    public List<string> Show(string id) => CliRun.Run("show", "--annotations", Path, id).OutputLines.Select(Squeezed).ToList();

    /// <summary>A line of <c>show</c> without its indentation and with one space where its columns are padded.</summary>
    public static string Squeezed(string line) => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public void Dispose() => _folder.Dispose();
}
