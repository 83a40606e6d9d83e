namespace Dataset.Packaging.Tests;

/// <summary>
/// A temporary folder with the repository's packages packed into a feed, a nuget.config that takes the Dataset
/// packages from that feed only and everything else from the registry the machine already uses, and a package cache
/// of its own so nothing outside sees or serves these packages.
/// </summary>
internal sealed class LocalFeed : IDisposable
{
    public const string Version = "0.1.0";

    public LocalFeed(params string[] projects)
    {
        Directory.CreateDirectory(Feed);
        foreach (var project in projects)
        {
            var pack = DotnetCli.Run(RepositoryPaths.Root, null, "pack", project, "-c", "Release", "-o", Feed, "--disable-build-servers");
            Assert.True(pack.ExitCode == 0, pack.Output);
        }

        File.WriteAllText(Path.Combine(Root, "nuget.config"), LocalFeedConfig.Text(Feed, Registry()));
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "dataset-feed-" + Guid.NewGuid().ToString("N"));

    public string Feed => Path.Combine(Root, "feed");

    /// <summary>Restores into a folder of its own; no snapshot acceptance leaks in from the test run's environment.</summary>
    public Dictionary<string, string> Environment => new()
    {
        ["NUGET_PACKAGES"] = Path.Combine(Root, "packages"),
        ["DATASET_ACCEPT_SNAPSHOTS"] = "",
    };

    public DotnetCli.Result Run(string folder, params string[] arguments) => DotnetCli.Run(folder, Environment, arguments);

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

    /// <summary>The first enabled package source of the machine's own configuration: where xunit and the SDK packs come from.</summary>
    private static string Registry()
    {
        var list = DotnetCli.Run(Path.GetTempPath(), null, "nuget", "list", "source", "--format", "short");
        Assert.True(list.ExitCode == 0, list.Output);
        var enabled = LocalFeedConfig.FirstEnabledSource(list.Output);
        Assert.True(enabled is not null, $"No enabled package source:\n{list.Output}");
        return enabled;
    }
}
