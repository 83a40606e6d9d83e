namespace Dataset.TestSupport;

/// <summary>Finds the repository (the folder holding Dataset.sln) and the shared folder beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Dataset.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Dataset.sln above {AppContext.BaseDirectory}.");
    }
}
