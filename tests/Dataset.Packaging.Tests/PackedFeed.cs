namespace Dataset.Packaging.Tests;

/// <summary>
/// One `dotnet pack -c Release -o FEED` of the whole repository, as the README's pack command makes it, shared by the
/// tests of one class; removed with its temporary folder.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    public const string Version = "0.1.0";

    public PackedFeed()
    {
        Directory.CreateDirectory(Root);
        var pack = DotnetCli.Run(RepositoryPaths.Root, null, "pack", "-c", "Release", "-o", Folder, "--disable-build-servers");
        PackOutput = pack.ExitCode == 0 ? null : pack.Output;
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "dataset-feed-" + Guid.NewGuid().ToString("N"));

    public string Folder => Path.Combine(Root, "feed");

    /// <summary>The pack's output when it failed, else null.</summary>
    public string? PackOutput { get; }

    public string Package(string id) => Path.Combine(Folder, $"{id}.{Version}.nupkg");

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
