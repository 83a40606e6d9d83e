using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dataset.CorpusMaker;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Dataset.Benchmarks;

/// <summary>
/// The files benchmarks work on, under benchmarks/.work (ignored by git): per corpus size a synthetic corpus, the same
/// data as one JSON file, and two consumer projects — one compiling the corpus with the generator, one without it.
/// Everything is made once and reused, so each benchmark process only loads what it measures.
/// </summary>
public static class Workspace
{
    public const int Seed = 42;

    public static string Root { get; } = FindRepository();

    public static string Folder => Path.Combine(Root, "benchmarks", ".work");

    /// <summary>Corpus sizes to measure: DATASET_BENCH_SIZES (comma-separated), default 10,100,1000.</summary>
    public static IReadOnlyList<int> Sizes =>
        (Environment.GetEnvironmentVariable("DATASET_BENCH_SIZES") ?? "10,100,1000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();

    public static string CorpusFolder(int articles) => Path.Combine(Folder, $"corpus-{articles}");

    public static string JsonFile(int articles) => Path.Combine(Folder, $"corpus-{articles}.json");

    public static string ConsumerFolder(int articles, bool withDataset) => Path.Combine(Folder, $"consumer-{articles}", withDataset ? "with" : "without");

    public static string ConsumerProject(int articles, bool withDataset) => Path.Combine(ConsumerFolder(articles, withDataset), "Bench.Corpus.csproj");

    public static string ConsumerAssembly(int articles, bool withDataset) =>
        Path.Combine(ConsumerFolder(articles, withDataset), "bin", "Release", "net8.0", "Bench.Corpus.dll");

    /// <summary>The corpus in memory (it is deterministic) and on disk.</summary>
    public static SyntheticCorpus Corpus(int articles)
    {
        var corpus = SyntheticCorpus.Make(articles, Seed);
        var folder = CorpusFolder(articles);
        var stamp = Path.Combine(folder, ".complete");
        if (!File.Exists(stamp))
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            corpus.WriteTo(folder);
            File.WriteAllText(stamp, $"{articles} articles, seed {Seed}");
        }

        return corpus;
    }

    /// <summary>
    /// Ends MSBuild's search for Directory.Build.props/targets, and the compiler's for .editorconfig, at benchmarks/.work,
    /// so that the projects made here build as a user's fresh `dotnet new` project does, without this repository's
    /// settings (warnings as errors, XML docs, its analyzer rules). Only central package versions are kept: the
    /// generator's project-reference import names YamlDotNet without one.
    /// </summary>
    public static void IsolateFromRepository()
    {
        WriteIfChanged(Path.Combine(Folder, "Directory.Build.props"), """
            <Project>
              <!-- Projects here build as fresh projects do; see Workspace.IsolateFromRepository. -->
              <PropertyGroup>
                <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
              </PropertyGroup>
            </Project>
            """);
        WriteIfChanged(Path.Combine(Folder, "Directory.Build.targets"), "<Project />\n");
        WriteIfChanged(Path.Combine(Folder, ".editorconfig"), "root = true\n");
    }

    /// <summary>The settings `dotnet new console` and `dotnet new classlib` write into a project.</summary>
    public const string FreshProjectSettings = """
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
        """;

    /// <summary>Makes the corpus, its JSON twin and both consumers, building each consumer once.</summary>
    public static void Prepare(int articles, bool build = true)
    {
        IsolateFromRepository();
        var corpus = Corpus(articles);
        if (!File.Exists(JsonFile(articles)))
        {
            var docs = RuntimeLoading.LoadYaml(YamlFiles(articles));
            File.WriteAllBytes(JsonFile(articles), JsonSerializer.SerializeToUtf8Bytes(docs, CorpusJsonContext.Default.ListAnnotationDoc));
        }

        foreach (var withDataset in new[] { false, true })
        {
            WriteConsumer(articles, withDataset, corpus.ProbeStatementId);
            if (build && IsStale(ConsumerAssembly(articles, withDataset)))
            {
                Dotnet($"build \"{ConsumerProject(articles, withDataset)}\" -c Release -nologo -v q");
            }
        }
    }

    /// <summary>A consumer is rebuilt when it is missing or older than the generator or runtime it was built with.</summary>
    private static bool IsStale(string assembly)
    {
        if (!File.Exists(assembly))
        {
            return true;
        }

        var built = File.GetLastWriteTimeUtc(assembly);
        return new[]
            {
                Path.Combine(Root, "generators", "Dataset.Generators", "bin", "Release", "netstandard2.0", "Dataset.Generators.dll"),
                Path.Combine(Root, "src", "Dataset", "bin", "Release", "net8.0", "Dataset.dll"),
            }
            .Any(input => File.Exists(input) && File.GetLastWriteTimeUtc(input) > built);
    }

    public static IReadOnlyList<string> YamlFiles(int articles) =>
        Directory.EnumerateFiles(CorpusFolder(articles), "*.yaml").Order(StringComparer.Ordinal).ToList();

    /// <summary>Rebuilds one consumer alone (its references are built already), as `dotnet build` after a change does.</summary>
    public static void Rebuild(int articles, bool withDataset) =>
        Dotnet($"build \"{ConsumerProject(articles, withDataset)}\" -c Release --no-restore --no-incremental -p:BuildProjectReferences=false -nologo -v q");

    public static void Dotnet(string arguments) => Run("dotnet", arguments);

    /// <summary>Runs a program to its end and returns what it printed; a failure throws with its output.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage(
        "Usage",
        "VSTHRD002",
        Justification = "A console program without a synchronization context, waiting for a child's two streams.")]
    public static string Run(string program, string arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {arguments} failed ({process.ExitCode}):\n{output.Result}\n{error.Result}");
        }

        return output.Result;
    }

    /// <summary>The C# name of an id, by the generator's rule (kebab-case to PascalCase).</summary>
    public static string MemberName(string id) =>
        string.Concat(id.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    private static void WriteConsumer(int articles, bool withDataset, string probeId)
    {
        var folder = ConsumerFolder(articles, withDataset);
        Directory.CreateDirectory(folder);
        var repository = Root.Replace('\\', '/');
        var dataset = withDataset
            ? $"""
                  <PropertyGroup>
                    <DatasetAnnotationsFolder>{CorpusFolder(articles).Replace('\\', '/')}</DatasetAnnotationsFolder>
                  </PropertyGroup>
                  <Import Project="{repository}/generators/Dataset.Generators/Dataset.Generators.ProjectReference.targets" />
                """
            : string.Empty;
        var baseline = withDataset ? string.Empty : ", without the dataset (the baseline build)";
        WriteIfChanged(Path.Combine(folder, "Bench.Corpus.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- A consumer of a {articles}-article corpus{baseline}. Made by the benchmarks. -->
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
                <RootNamespace>Bench.Corpus</RootNamespace>
            {FreshProjectSettings}
                <AssemblyName>Bench.Corpus</AssemblyName>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{repository}/src/Dataset/Dataset.csproj" />
              </ItemGroup>
            {dataset}</Project>
            """);
        var probe = withDataset
            ? $$"""
                /// <summary>What an app does first: read one record, by its typed property or by id.</summary>
                public static class Probe
                {
                    /// <summary>One statement, by its generated property.</summary>
                    public static string Property() => Statements.{{MemberName(probeId)}}.Evidence.Exact;

                    /// <summary>The same statement, looked up by id.</summary>
                    public static string Lookup() => Catalog.Instance.GetStatement(new global::Dataset.StatementId("{{probeId}}")).Evidence.Exact;
                }
                """
            : """
                /// <summary>The same shape without a dataset.</summary>
                public static class Probe
                {
                    /// <summary>Nothing to read.</summary>
                    public static string Property() => string.Empty;
                }
                """;
        WriteIfChanged(Path.Combine(folder, "Probe.cs"), "namespace Bench.Corpus;\n\n" + probe + "\n");
    }

    internal static void WriteIfChanged(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!File.Exists(path) || File.ReadAllText(path) != text)
        {
            File.WriteAllText(path, text);
        }
    }

    private static string FindRepository()
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

/// <summary>The two ways an app could load the annotations without the generator.</summary>
public static class RuntimeLoading
{
    /// <summary>Every annotation file read and deserialized with YamlDotNet, as an app loading YAML at start-up does.</summary>
    public static List<AnnotationDoc> LoadYaml(IReadOnlyList<string> files)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(HyphenatedNamingConvention.Instance).Build();
        var docs = new List<AnnotationDoc>(files.Count);
        foreach (var file in files)
        {
            docs.Add(deserializer.Deserialize<AnnotationDoc>(File.ReadAllText(file)));
        }

        return docs;
    }

    /// <summary>The same data from one JSON file with the source-generated System.Text.Json context.</summary>
    public static List<AnnotationDoc> LoadJson(string file) =>
        JsonSerializer.Deserialize(File.ReadAllBytes(file), CorpusJsonContext.Default.ListAnnotationDoc)!;

    public static string Find(List<AnnotationDoc> docs, string statementId)
    {
        foreach (var doc in docs)
        {
            foreach (var statement in doc.Statements ?? [])
            {
                if (statement.Id == statementId)
                {
                    return statement.Evidence;
                }
            }
        }

        throw new KeyNotFoundException(statementId);
    }
}
