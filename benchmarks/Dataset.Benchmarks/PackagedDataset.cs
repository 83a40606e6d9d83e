using System.IO.Compression;
using System.Security.Cryptography;

namespace Dataset.Benchmarks;

/// <summary>
/// The repository's runtime and generator packages, packed into a workspace's own feed, so that its projects use
/// Dataset as a user does: by PackageReference, without the repository's projects in every build's walk. The packages
/// restore into the workspace's own cache: their version stays the repository's between changes, and a cache
/// shared with anything else would keep serving the first bytes packed under it.
/// </summary>
public static class PackagedDataset
{
    /// <summary>The repository's VersionPrefix (Directory.Build.props).</summary>
    public const string Version = "0.1.0";

    /// <summary>The package a user references: the runtime package comes with it.</summary>
    public const string PackageId = "Dataset.Generators";

    private static readonly string[] Projects = ["src/Dataset/Dataset.csproj", "generators/Dataset.Generators/Dataset.Generators.csproj"];

    /// <summary>
    /// Packs both packages into FOLDER/feed and writes the workspace's nuget.config and build files. When the packed
    /// content differs from the feed's, the feed is replaced and the workspace's package cache emptied.
    /// </summary>
    public static void Prepare(string folder)
    {
        var feed = Path.Combine(folder, "feed");
        var packed = Path.Combine(folder, "feed.new");
        DeleteFolder(packed);
        foreach (var project in Projects)
        {
            Workspace.Dotnet($"pack \"{Path.Combine(Workspace.Root, project)}\" -c Release -o \"{packed}\" -nologo -v q --disable-build-servers");
        }

        if (Directory.Exists(feed) && ContentHash(feed) == ContentHash(packed))
        {
            DeleteFolder(packed);
        }
        else
        {
            DeleteFolder(feed);
            DeleteFolder(Path.Combine(folder, "packages"));
            Directory.Move(packed, feed);
        }

        WriteBuildFiles(folder, feed);
    }

    private static void WriteBuildFiles(string folder, string feed)
    {
        // The Dataset packages from the workspace's feed only; everything else from the machine's registry.
        Workspace.WriteIfChanged(Path.Combine(folder, "nuget.config"), Dataset.TestSupport.LocalFeedConfig.Text(feed, Registry()));
        Workspace.WriteIfChanged(Path.Combine(folder, "Directory.Build.props"), $"""
            <Project>
              <!-- Projects here build as fresh projects do, with a package cache of their own; see PackagedDataset. -->
              <PropertyGroup>
                <RestorePackagesPath>{Path.Combine(folder, "packages")}</RestorePackagesPath>
                <ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps>
              </PropertyGroup>
            </Project>
            """);
        Workspace.WriteIfChanged(Path.Combine(folder, "Directory.Build.targets"), "<Project />\n");
    }

    /// <summary>A hash of every package's entries, without the parts NuGet names afresh on each pack.</summary>
    private static string ContentHash(string feed)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var package in Directory.EnumerateFiles(feed, "*.nupkg").Order(StringComparer.Ordinal))
        {
            using var zip = ZipFile.OpenRead(package);
            foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith(".psmdcp", StringComparison.Ordinal) && e.FullName != "_rels/.rels")
                         .OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes(entry.FullName));
                using var stream = entry.Open();
                using var bytes = new MemoryStream();
                stream.CopyTo(bytes);
                hash.AppendData(bytes.ToArray());
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>The first enabled package source of the machine: the registry the repository restores from.</summary>
    private static string Registry()
    {
        var sources = Workspace.Run("dotnet", "nuget list source --format short");
        return Dataset.TestSupport.LocalFeedConfig.FirstEnabledSource(sources)
            ?? throw new InvalidOperationException($"No enabled package source:\n{sources}");
    }

    private static void DeleteFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
