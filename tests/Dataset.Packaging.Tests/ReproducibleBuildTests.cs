using System.IO.Compression;
using System.Text;

namespace Dataset.Packaging.Tests;

/// <summary>
/// The same sources built in two folders of different depth give the same bytes: every package the repository packs,
/// the seeds' assembly (whose annotations are outside its project), and an app from those packages whose annotations
/// are outside its project folder, with the exports and the report it writes. No output names the folder it was
/// built in. Built as docs/settings.md tells users to: ContinuousIntegrationBuild and SOURCE_DATE_EPOCH.
/// </summary>
[Trait("Category", "E2E")]
public sealed class ReproducibleBuildTests : IDisposable
{
    private const string Epoch = "1764806400";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "dataset-repro-" + Guid.NewGuid().ToString("N")[..12]);

    private static Dictionary<string, string> Environment => new() { ["SOURCE_DATE_EPOCH"] = Epoch };

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temporary folder behind.
        }
    }

    [Fact]
    public void Packages_the_seeds_an_app_and_its_exports_are_the_same_bytes_built_in_two_folders()
    {
        var first = Path.Combine(_root, "a", "repo");
        var second = Path.Combine(_root, "b", "somewhat", "deeper", "repo");
        foreach (var clone in new[] { first, second })
        {
            CopyWorkingTree(RepositoryPaths.Root, clone);
            var pack = DotnetCli.Run(
                clone,
                Environment,
                "pack",
                "-c",
                "Release",
                "-p:ContinuousIntegrationBuild=true",
                "-o",
                Path.Combine(clone, "feed"),
                "--disable-build-servers");
            Assert.True(pack.ExitCode == 0, pack.Output);
        }

        var packages = Directory.EnumerateFiles(Path.Combine(first, "feed"), "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(7, packages.Count);
        foreach (var package in packages)
        {
            AssertSameBytes(Path.Combine(first, "feed", package!), Path.Combine(second, "feed", package!));
            AssertNamesNoFolder(ZipContents(Path.Combine(first, "feed", package!)), first, package!);
        }

        var seeds = Path.Combine("src", "Dataset.Seeds", "bin", "Release", "net8.0", "Dataset.Seeds.dll");
        AssertSameBytes(Path.Combine(first, seeds), Path.Combine(second, seeds));
        AssertNamesNoFolder(File.ReadAllBytes(Path.Combine(first, seeds)), first, seeds);

        var apps = new[] { Path.Combine(_root, "app-a"), Path.Combine(_root, "app-b", "two", "levels") };
        foreach (var app in apps)
        {
            BuildAndRunApp(app, Path.Combine(first, "feed"));
        }

        var outputs = Directory.EnumerateFiles(Path.Combine(apps[0], "project", "bin"), "Reporter.dll", SearchOption.AllDirectories)
            .Select(dll => Path.GetRelativePath(apps[0], dll))
            .Concat(Directory.EnumerateFiles(Path.Combine(apps[0], "out")).Select(file => Path.GetRelativePath(apps[0], file)))
            .ToList();
        // Reporter.dll; five Parquet tables (documents, actors, statements, sanctions, events), dataset.json, report.html.
        Assert.Equal(8, outputs.Count);
        foreach (var output in outputs)
        {
            AssertSameBytes(Path.Combine(apps[0], output), Path.Combine(apps[1], output));
            AssertNamesNoFolder(File.ReadAllBytes(Path.Combine(apps[0], output)), apps[0], output);
        }
    }

    /// <summary>
    /// An app in <c>FOLDER/project</c> whose annotations are in <c>FOLDER/corpus/annotations</c>, outside it; it writes exports and the report to
    /// <c>FOLDER/out</c>.
    /// </summary>
    private static void BuildAndRunApp(string folder, string feed)
    {
        var annotations = NewArticleCorpus.Write(Path.Combine(folder, "corpus"));
        var project = Path.Combine(folder, "project");
        FeedApp.UseFeed(project, feed);
        FeedApp.WriteProject(
            Path.Combine(project, "Reporter.csproj"),
            """
                <DatasetNamespace>Reporter.Data</DatasetNamespace>
                <DatasetAnnotationsFolder>../corpus/annotations</DatasetAnnotationsFolder>
                <DatasetCopySchema>false</DatasetCopySchema>
                <!-- Outside a git repository, the folder both the project and its annotations are in is named /_/. -->
                <PathMap>$([System.IO.Path]::GetFullPath('$(MSBuildProjectDirectory)/..'))=/_/</PathMap>
            """,
            "Dataset.Generators",
            "Dataset.Export.Parquet");
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using Dataset.Export;
            using Dataset.Export.Parquet;
            using Reporter.Data;

            var folder = args[0];
            ParquetExporter.Write(Catalog.Instance, folder);
            DatasetExporter.WriteFile(Path.Combine(folder, "dataset.json"), writer => DatasetExporter.WriteJson(Catalog.Instance, writer));
            HtmlReport.Write(Catalog.Instance, ArticleTexts.FromAssembly(typeof(Catalog).Assembly), Path.Combine(folder, "report.html"));
            """);
        var build = DotnetCli.Run(
            project,
            new Dictionary<string, string>(Environment) { ["NUGET_PACKAGES"] = Path.Combine(folder, "packages") },
            "build",
            "-c",
            "Release",
            "-p:ContinuousIntegrationBuild=true",
            "--disable-build-servers");
        Assert.True(build.ExitCode == 0, build.Output);
        var run = DotnetCli.Run(project, null, Path.Combine(project, "bin", "Release", "net8.0", "Reporter.dll"), Path.Combine(folder, "out"));
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.True(File.Exists(Path.Combine(annotations, NewArticleCorpus.Name + ".yaml")));
    }

    private static void CopyWorkingTree(string repository, string destination)
    {
        var files = Git(repository, "ls-files", "-z", "--cached", "--others", "--exclude-standard").Split('\0', StringSplitOptions.RemoveEmptyEntries);
        foreach (var file in files.Where(f => File.Exists(Path.Combine(repository, f))))
        {
            var target = Path.Combine(destination, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(repository, file), target);
        }

        // A repository of its own, committed at a fixed time by a fixed author, so both copies have the same commit:
        // the SDK takes the source root (mapped to /_/) and the revision in the informational version from git.
        Git(destination, "init", "-q");
        Git(destination, "add", "-A");
        Git(
            destination, "-c", "user.name=Dataset", "-c", "user.email=dataset@example.invalid", "commit", "-q", "--no-gpg-sign", "--date=2026-01-01T00:00:00Z",
            "-m", "Sources");
    }

    private static string Git(string folder, params string[] arguments)
    {
        var result = ProcessRunner.Run(
            "git",
            arguments,
            TimeSpan.FromMinutes(1),
            folder,
            new Dictionary<string, string> { ["GIT_COMMITTER_DATE"] = "2026-01-01T00:00:00Z" });
        Assert.True(result.ExitCode == 0, result.Error);
        return result.Output;
    }

    private static byte[] ZipContents(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        using var all = new MemoryStream();
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            stream.CopyTo(all);
        }

        return all.ToArray();
    }

    private static void AssertSameBytes(string first, string second) =>
        Assert.True(File.ReadAllBytes(first).AsSpan().SequenceEqual(File.ReadAllBytes(second)), $"{first} and {second} differ");

    /// <summary>As `strings` would find it: the folder in UTF-8 or UTF-16 anywhere in the bytes.</summary>
    private static void AssertNamesNoFolder(byte[] bytes, string folder, string what)
    {
        foreach (var encoding in new Encoding[] { Encoding.UTF8, Encoding.Unicode })
        {
            Assert.True(bytes.AsSpan().IndexOf(encoding.GetBytes(folder)) < 0, $"{what} names the folder it was built in ({folder})");
        }
    }
}
