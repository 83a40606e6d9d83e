using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dataset.Annotations.Schema;

namespace Dataset.Packaging.Tests;

/// <summary>
/// Packs the runtime library and the generator into a local feed, then uses them the way a new user would: a fresh
/// console project outside the repository that knows them only by PackageReference.
/// </summary>
[Trait("Category", "E2E")]
public sealed class PackageConsumerTests : IDisposable
{
    private const string Version = "0.1.0";
    private const string AnnotationName = "2024-01-02-example-talks";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "dataset-package-" + Guid.NewGuid().ToString("N"));

    public PackageConsumerTests() => Directory.CreateDirectory(_root);

    private string Feed => Path.Combine(_root, "feed");

    private string App => Path.Combine(_root, "app");

    /// <summary>Restores into a folder of its own, so no package cache outside the test sees or serves these packages.</summary>
    private Dictionary<string, string> ConsumerEnvironment => new() { ["NUGET_PACKAGES"] = Path.Combine(_root, "packages") };

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
    public void Packed_packages_build_and_run_a_fresh_console_app_and_locate_a_yaml_mistake()
    {
        Pack("src/Dataset/Dataset.csproj");
        Pack("generators/Dataset.Generators/Dataset.Generators.csproj");
        AssertGeneratorPackageLayout();

        WriteConsumer();
        // As the README says: one package reference; the runtime package comes with it.
        var add = DotnetCli.Run(App, ConsumerEnvironment, "add", "package", "Dataset.Generators", "--version", Version);
        Assert.True(add.ExitCode == 0, add.Output);
        Assert.Contains(
            $"<PackageReference Include=\"Dataset.Generators\" Version=\"{Version}\" />",
            File.ReadAllText(Path.Combine(App, "NewsApp.csproj")),
            StringComparison.Ordinal);
        var build = Build();
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Equal(
            "Jane Doe | Announce | talks with Ruritania would resume next week | 39-82 | Example News",
            RunApp());
        Assert.Equal(AnnotationJsonSchema.Generate(), File.ReadAllText(Path.Combine(App, "annotations", AnnotationJsonSchema.FileName)));
        AssertAnnotationItems();
        AssertGeneratorCacheFeature();

        // A misspelt field is a compiler error at the YAML line and column, with a suggestion.
        var yaml = Path.Combine(App, "annotations", AnnotationName + ".yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("    speaker: jane-doe", "    speakr: jane-doe", StringComparison.Ordinal));
        var broken = Build();
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Matches(
            new Regex(Regex.Escape($"annotations/{AnnotationName}.yaml") + @"\(17,5\): error DS0002: Unknown field 'speakr'.*did you mean 'speaker'"),
            broken.Output);

        // The folder is a convention: DatasetAnnotationsFolder points the generator elsewhere, and DatasetCopySchema=false
        // leaves the folder alone.
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("speakr:", "speaker:", StringComparison.Ordinal));
        Directory.Move(Path.Combine(App, "annotations"), Path.Combine(App, "articles"));
        File.Delete(Path.Combine(App, "articles", AnnotationJsonSchema.FileName));
        var moved = Build("-p:DatasetAnnotationsFolder=articles", "-p:DatasetCopySchema=false");
        Assert.True(moved.ExitCode == 0, moved.Output);
        Assert.StartsWith("Jane Doe | Announce", RunApp(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(App, "articles", AnnotationJsonSchema.FileName)));
    }

    private void Pack(string project)
    {
        var result = DotnetCli.Run(RepositoryPaths.Root, null, "pack", project, "-c", "Release", "-o", Feed, "--disable-build-servers");
        Assert.True(result.ExitCode == 0, result.Output);
    }

    private void AssertGeneratorPackageLayout()
    {
        using var package = ZipFile.OpenRead(Path.Combine(Feed, $"Dataset.Generators.{Version}.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        foreach (var expected in new[]
                 {
                     "analyzers/dotnet/cs/Dataset.Generators.dll", "analyzers/dotnet/cs/YamlDotNet.dll",
                     "build/Dataset.Generators.props", "build/Dataset.Generators.targets", "schema/annotation.schema.json",
                     "THIRD-PARTY-NOTICES.txt",
                 })
        {
            Assert.Contains(expected, entries);
        }

        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        using (var schema = new StreamReader(package.GetEntry("schema/annotation.schema.json")!.Open()))
        {
            Assert.Equal(AnnotationJsonSchema.Generate(), schema.ReadToEnd());
        }

        using var nuspec = package.GetEntry("Dataset.Generators.nuspec")!.Open();
        var dependency = XDocument.Load(nuspec).Descendants().Single(e => e.Name.LocalName == "dependency");
        Assert.Equal("Dataset", dependency.Attribute("id")?.Value);
        Assert.Equal(Version, dependency.Attribute("version")?.Value);
    }

    private void WriteConsumer()
    {
        Directory.CreateDirectory(Path.Combine(App, "annotations"));
        File.WriteAllText(Path.Combine(_root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(App, "NewsApp.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <DatasetNamespace>NewsApp.Data</DatasetNamespace>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(App, "Program.cs"), """
            using NewsApp.Data;

            var statement = Statements.DoeAnnouncesTalks;
            var document = Catalog.Instance.GetDocument(statement.Evidence.Document);
            Console.Write($"{statement.Speaker.Name} | {statement.Act} | {statement.Evidence.Exact} | ");
            Console.Write($"{statement.Evidence.Start}-{statement.Evidence.End} | {document.Publisher}");
            """);
        File.WriteAllText(
            Path.Combine(App, "annotations", AnnotationName + ".txt"),
            "Minister Jane Doe said on Tuesday that talks with Ruritania would resume next week.\n");
        File.WriteAllText(Path.Combine(App, "annotations", AnnotationName + ".yaml"), $"""
            {AnnotationJsonSchema.ModelineComment}
            document:
              id: example-2024-01-02-talks
              title: Talks to resume
              publisher: Example News
              published: 2024-01-02
              text: {AnnotationName}.txt
            actors:
              - id: jane-doe
                name: Jane Doe
                kind: person
              - id: ruritania
                name: Ruritania
                kind: state
            statements:
              - id: doe-announces-talks
                speaker: jane-doe
                audience: [ruritania]
                act: announce
                form: indirect
                said-on: 2024-01-02
                evidence: talks with Ruritania would resume next week

            """);
    }

    /// <summary>
    /// The annotations reach the compiler as AdditionalFiles and not as None items (which every build would walk for
    /// nothing), unless DatasetAnnotationsAsNoneItems asks for them; the article text is in the assembly as
    /// Dataset.Articles/NAME.txt, for the report.
    /// </summary>
    private void AssertAnnotationItems()
    {
        var yaml = $"annotations{Path.DirectorySeparatorChar}{AnnotationName}.yaml";
        Assert.Contains(yaml, Items("AdditionalFiles"));
        Assert.DoesNotContain(Items("None"), item => item.StartsWith("annotations", StringComparison.Ordinal));
        Assert.Contains(yaml, Items("None", "-p:DatasetAnnotationsAsNoneItems=true"));

        using var assembly = new PEReader(File.OpenRead(Path.Combine(App, "bin", "Debug", "net10.0", "NewsApp.dll")));
        var metadata = assembly.GetMetadataReader();
        var resources = metadata.ManifestResources.Select(r => metadata.GetString(metadata.GetManifestResource(r).Name)).ToList();
        Assert.Equal([$"Dataset.Articles/{AnnotationName}.txt"], resources);
    }

    /// <summary>
    /// DatasetGeneratorCache=true lets the compiler server keep the generator's state between builds (the compiler's
    /// enable-generator-cache feature), off by default; a project's own features stay.
    /// </summary>
    private void AssertGeneratorCacheFeature()
    {
        Assert.Equal(string.Empty, Property("Features"));
        Assert.Equal("enable-generator-cache", Property("Features", "-p:DatasetGeneratorCache=true"));
        // A feature the project sets already (here from the environment, which MSBuild reads as the project's own) stays.
        var environment = new Dictionary<string, string>(ConsumerEnvironment) { ["Features"] = "strict" };
        Assert.Equal("strict;enable-generator-cache", Property("Features", environment, "-p:DatasetGeneratorCache=true"));
    }

    /// <summary>A property's value, as MSBuild evaluates the project.</summary>
    private string Property(string name, params string[] properties) => Property(name, ConsumerEnvironment, properties);

    private string Property(string name, Dictionary<string, string> environment, params string[] properties)
    {
        var evaluation = DotnetCli.Run(App, environment, ["msbuild", "NewsApp.csproj", "-getProperty:" + name, .. properties]);
        Assert.True(evaluation.ExitCode == 0, evaluation.Output);
        return evaluation.Output.Trim();
    }

    /// <summary>The identities of the project's items of one type, as MSBuild evaluates them.</summary>
    private List<string> Items(string type, params string[] properties)
    {
        var evaluation = DotnetCli.Run(App, ConsumerEnvironment, ["msbuild", "NewsApp.csproj", "-getItem:" + type, .. properties]);
        Assert.True(evaluation.ExitCode == 0, evaluation.Output);
        using var json = JsonDocument.Parse(evaluation.Output);
        return json.RootElement.GetProperty("Items").GetProperty(type).EnumerateArray().Select(i => i.GetProperty("Identity").GetString()!).ToList();
    }

    private DotnetCli.Result Build(params string[] properties) =>
        DotnetCli.Run(App, ConsumerEnvironment, ["build", "--disable-build-servers", .. properties]);

    private string RunApp()
    {
        var run = DotnetCli.Run(App, ConsumerEnvironment, Path.Combine(App, "bin", "Debug", "net10.0", "NewsApp.dll"));
        Assert.True(run.ExitCode == 0, run.Output);
        return run.Output.TrimEnd();
    }
}
