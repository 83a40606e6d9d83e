using System.IO.Compression;

namespace Dataset.Packaging.Tests;

/// <summary>
/// The annotation engine as a package of its own: an app reads, validates and covers a folder of annotations through
/// Dataset.Annotations from the feed, with the build's diagnostics and no compiler in its dependency graph; the tool
/// carries the engine and no compiler either.
/// </summary>
[Trait("Category", "E2E")]
public sealed class EnginePackageTests(PackedFeed feed) : IClassFixture<PackedFeed>, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "dataset-engine-" + Guid.NewGuid().ToString("N"));

    private Dictionary<string, string> Environment => new()
    {
        ["NUGET_PACKAGES"] = Path.Combine(_root, "packages"),
        ["DOTNET_CLI_HOME"] = Path.Combine(_root, "home"),
    };

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
    public void An_app_reads_validates_and_covers_a_folder_through_the_engine_package_without_roslyn()
    {
        Assert.True(feed.PackOutput is null, feed.PackOutput);
        var app = Path.Combine(_root, "app");
        var annotations = NewArticleCorpus.Write(Path.Combine(_root, "corpus"));
        Directory.CreateDirectory(app);
        FeedApp.UseFeed(_root, feed.Folder);
        FeedApp.WriteProject(Path.Combine(app, "EngineApp.csproj"), string.Empty, "Dataset.Annotations", "Dataset");
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using Dataset;
            using Dataset.Annotations;

            var files = Directory.EnumerateFiles(args[0]).Order(StringComparer.Ordinal)
                .Select(path => new KeyValuePair<string, string?>(path, File.ReadAllText(path))).ToList();
            var read = AnnotationReader.Read(files);
            foreach (var problem in AnnotationValidator.Validate(files))
            {
                Console.WriteLine(problem);
            }

            var statements = read.HasErrors ? 0 : new RecordDataCatalog(read.Files.Select(f => f.Data)).Statements.Count;
            var coverage = AnnotationCoverage.Analyze(files).Single();
            Console.Write($"{statements} statements; {coverage.QuotedAnnotated} of {coverage.QuotedPassages} quotes and ");
            Console.WriteLine($"{coverage.AttributedAnnotated} of {coverage.AttributedSentences} attributed sentences covered");
            """);
        var build = DotnetCli.Run(app, Environment, "build", "--disable-build-servers");
        Assert.True(build.ExitCode == 0, build.Output);
        var dll = Path.Combine(app, "bin", "Debug", "net8.0", "EngineApp.dll");

        var clean = DotnetCli.Run(app, Environment, dll, annotations);
        Assert.True(clean.ExitCode == 0, clean.Output);
        Assert.Matches($@"^{NewArticleCorpus.Statements} statements; \d+ of \d+ quotes and \d+ of \d+ attributed sentences covered$", clean.Output.Trim());

        var (path, line, column) = NewArticleCorpus.MisspellSpeaker(annotations);
        var misspelt = DotnetCli.Run(app, Environment, dll, annotations);
        Assert.Contains($"{path}({line},{column}): error DS0010: Unknown actor 'jon-roe'", misspelt.Output, StringComparison.Ordinal);

        var graph = DotnetCli.Run(app, Environment, "list", "package", "--include-transitive");
        Assert.True(graph.ExitCode == 0, graph.Output);
        Assert.Contains("Dataset.Annotations", graph.Output, StringComparison.Ordinal);
        Assert.Contains("YamlDotNet", graph.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.CodeAnalysis", graph.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tool_carries_the_engine_and_no_compiler()
    {
        Assert.True(feed.PackOutput is null, feed.PackOutput);
        using var tool = ZipFile.OpenRead(feed.Package("Dataset.Tool"));
        var files = tool.Entries.Select(e => Path.GetFileName(e.FullName)).ToList();

        Assert.Contains("Dataset.Annotations.dll", files);
        Assert.Contains("YamlDotNet.dll", files);
        Assert.DoesNotContain(files, f => f.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || f == "Dataset.Generators.dll");

        var graph = DotnetCli.Run(
            RepositoryPaths.Root,
            null,
            "list",
            Path.Combine("src", "Dataset.Cli", "Dataset.Cli.csproj"),
            "package",
            "--include-transitive");
        Assert.True(graph.ExitCode == 0, graph.Output);
        Assert.Contains("YamlDotNet", graph.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.CodeAnalysis", graph.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_generator_package_carries_the_engine_beside_the_generator()
    {
        Assert.True(feed.PackOutput is null, feed.PackOutput);
        using var generator = ZipFile.OpenRead(feed.Package("Dataset.Generators"));
        var analyzers = generator.Entries.Where(e => e.FullName.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal))
            .Select(e => e.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(["Dataset.Annotations.dll", "Dataset.Generators.dll", "YamlDotNet.dll"], analyzers);
    }
}
