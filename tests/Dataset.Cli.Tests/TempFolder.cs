namespace Dataset.Cli.Tests;

/// <summary>A fresh folder under the system temp folder, deleted at the end of the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("dataset-cli-tests-").FullName;
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>A copy of seeds/ to edit without touching the repository.</summary>
    public static TempFolder WithSeeds()
    {
        var folder = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Seeds))
        {
            System.IO.File.Copy(file, folder.File(System.IO.Path.GetFileName(file)));
        }

        return folder;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A browser still closing may hold a file for a moment; the system cleans its temp folder.
        }
    }
}
