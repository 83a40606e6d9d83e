using System.Text;
using Dataset.CorpusMaker;

namespace Dataset.Benchmarks;

/// <summary>One project of a sharded workspace: its folder and the assembly it builds.</summary>
public sealed record WorkspaceProject(string Name, string Folder)
{
    public string ProjectFile => Path.Combine(Folder, Name + ".csproj");

    /// <summary>Written by the compiler only when the project is compiled (bin/ gets a copy).</summary>
    public string IntermediateAssembly => Path.Combine(Folder, "obj", "Release", ShardedWorkspace.TargetFramework, Name + ".dll");

    /// <summary>What referencing projects compile against; copied only when its content changes.</summary>
    public string ReferenceAssembly => Path.Combine(Folder, "obj", "Release", ShardedWorkspace.TargetFramework, "ref", Name + ".dll");
}

/// <summary>What a sharded workspace holds and how its projects get Dataset.</summary>
/// <param name="Articles">The corpus's size.</param>
/// <param name="Shards">How many shard projects share it.</param>
/// <param name="LanguageVersion">The C# version of the shards, when not the SDK's default.</param>
/// <param name="Packaged">Whether the projects reference the packed packages (as a user's do) rather than the repository's projects.</param>
public sealed record ShardSetup(int Articles, int Shards, string? LanguageVersion, bool Packaged);

/// <summary>
/// A synthetic corpus of N articles as S shard projects plus a registry project, and an app that references every
/// shard, under benchmarks/.work/shards-N-S, or shards-N-S-packages when packaged (ignored by git). Each shard
/// references the registry only, so an article may refer to the registry's actors and to statements of its own shard.
/// </summary>
public sealed class ShardedWorkspace
{
    public const string TargetFramework = "net10.0";

    private static readonly string[] BuildOutputs = ["bin", "obj"];

    private ShardedWorkspace(ShardSetup setup, SyntheticCorpus corpus)
    {
        Articles = setup.Articles;
        LanguageVersion = setup.LanguageVersion;
        Packaged = setup.Packaged;
        Corpus = corpus;
        Folder = Path.Combine(Workspace.Folder, $"shards-{setup.Articles}-{setup.Shards}" + (setup.Packaged ? "-packages" : string.Empty));
        var shards = setup.Shards;
        Registry = new WorkspaceProject("Bench.Registry", Path.Combine(Folder, ShardedLayout.RegistryFolder));
        Shards = Enumerable.Range(0, shards).Select(k => new WorkspaceProject(ShardName(k), Path.Combine(Folder, ShardedLayout.ShardFolder(k)))).ToList();
        App = new WorkspaceProject("Bench.App", Path.Combine(Folder, "app"));
    }

    public int Articles { get; }

    /// <summary>The C# version of the shards, when not the SDK's default (10 makes the generator write string literals).</summary>
    public string? LanguageVersion { get; }

    /// <summary>Whether the projects reference the packed packages rather than the repository's projects.</summary>
    public bool Packaged { get; }

    public SyntheticCorpus Corpus { get; }

    public string Folder { get; }

    public WorkspaceProject Registry { get; }

    public IReadOnlyList<WorkspaceProject> Shards { get; }

    public WorkspaceProject App { get; }

    public IEnumerable<WorkspaceProject> Projects => Shards.Prepend(Registry).Append(App);

    public string AppProgram => Path.Combine(App.Folder, "Program.cs");

    public string AppAssembly => Path.Combine(App.Folder, "bin", "Release", TargetFramework, App.Name + ".dll");

    /// <summary>Writes the corpus (once: a stamp marks it complete), the project files and, when packaged, the feed.</summary>
    public static ShardedWorkspace Prepare(ShardSetup setup)
    {
        Workspace.IsolateFromRepository();
        var (articles, shards) = (setup.Articles, setup.Shards);
        var workspace = new ShardedWorkspace(setup, SyntheticCorpus.Make(articles, Workspace.Seed, shards));
        var stamp = Path.Combine(workspace.Folder, ".corpus-complete");
        if (!File.Exists(stamp))
        {
            if (Directory.Exists(workspace.Folder))
            {
                Directory.Delete(workspace.Folder, recursive: true);
            }

            ShardedLayout.WriteTo(workspace.Corpus, workspace.Folder);
            File.WriteAllText(stamp, $"{articles} articles in {shards} shards, seed {Workspace.Seed}");
        }

        if (setup.Packaged)
        {
            PackagedDataset.Prepare(workspace.Folder);
        }

        workspace.WriteProjects();
        return workspace;
    }

    /// <summary>The annotation of a shard's article, as written by the corpus maker.</summary>
    public string AnnotationPath(int shard, CorpusFile file) =>
        Path.Combine(Shards[shard].Folder, ShardedLayout.AnnotationsFolder, file.Path);

    public string RegistryPath => Path.Combine(Registry.Folder, ShardedLayout.AnnotationsFolder, SyntheticCorpus.RegistryPath);

    /// <summary>Removes every project's bin and obj, for a build from scratch (the repository's own projects stay built).</summary>
    public void Clean()
    {
        foreach (var project in Projects)
        {
            foreach (var output in BuildOutputs.Select(o => Path.Combine(project.Folder, o)).Where(Directory.Exists))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    /// <summary>The app's Program.cs with the given edition; the C# edit changes only that.</summary>
    public string AppSource(int edition)
    {
        var source = new StringBuilder();
        source.Append("// Reads every shard of a ").Append(Articles).Append("-article corpus. Made by the benchmarks.\n");
        source.Append("var shards = new global::Dataset.DatasetCatalog[]\n{\n");
        foreach (var shard in Shards)
        {
            source.Append("    global::").Append(shard.Name).Append(".Data.Catalog.Instance,\n");
        }

        source.Append("};\n");
        source.Append("for (var k = 0; k < shards.Length; k++)\n{\n");
        source.Append("    System.Console.WriteLine($\"shard {k}: {shards[k].Statements.Count} statements, {shards[k].Sanctions.Count} sanctions\");\n}\n\n");
        source.Append("var all = global::Dataset.DatasetCatalog.Combine(shards);\n");
        source.Append(
            "System.Console.WriteLine($\"all shards: {all.Statements.Count} statements, {all.Sanctions.Count} sanctions, {all.Actors.Count} actors\");\n");
        source.Append("System.Console.WriteLine(\"edition ").Append(edition).Append("\");\n");
        return source.ToString();
    }

    private static string ShardName(int shard) => $"Bench.Shard{shard:D2}";

    private void WriteProjects()
    {
        var repository = Workspace.Root.Replace('\\', '/');
        var registry = $"<ProjectReference Include=\"../{ShardedLayout.RegistryFolder}/{Registry.Name}.csproj\" />";
        Workspace.WriteIfChanged(Registry.ProjectFile, DatasetProject(Registry, "the actors-only registry", string.Empty, repository));
        foreach (var shard in Shards)
        {
            Workspace.WriteIfChanged(shard.ProjectFile, DatasetProject(shard, "one shard of the articles", registry, repository));
        }

        var shards = string.Concat(Shards.Select(s => $"\n    <ProjectReference Include=\"../{Path.GetFileName(s.Folder)}/{s.Name}.csproj\" />"));
        Workspace.WriteIfChanged(App.ProjectFile, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- An app reading every shard, without the generator. Made by the benchmarks. -->
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>{TargetFramework}</TargetFramework>
                <AssemblyName>{App.Name}</AssemblyName>
            {Workspace.FreshProjectSettings}
              </PropertyGroup>
              <ItemGroup>{shards}
              </ItemGroup>
            </Project>
            """);
        Workspace.WriteIfChanged(AppProgram, AppSource(edition: 0));
    }

    /// <summary>The LangVersion element of a dataset project, when the workspace sets one.</summary>
    private string LangVersionElement => LanguageVersion is null ? string.Empty : $"\n    <LangVersion>{LanguageVersion}</LangVersion>";

    private string DatasetProject(WorkspaceProject project, string role, string references, string repository) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <!-- {role} of a {Articles}-article corpus in {Shards.Count} shards. Made by the benchmarks. -->
          <PropertyGroup>
            <TargetFramework>{TargetFramework}</TargetFramework>
            <AssemblyName>{project.Name}</AssemblyName>
        {Workspace.FreshProjectSettings}
            <DatasetNamespace>{project.Name}.Data</DatasetNamespace>{LangVersionElement}
          </PropertyGroup>
          <ItemGroup>
            {DatasetReference(repository)}
            {references}
          </ItemGroup>{GeneratorImport(repository)}
        </Project>
        """;

    /// <summary>The one package reference a user writes, or the repository's runtime project.</summary>
    private string DatasetReference(string repository) => Packaged
        ? $"<PackageReference Include=\"{PackagedDataset.PackageId}\" Version=\"{PackagedDataset.Version}\" />"
        : $"<ProjectReference Include=\"{repository}/src/Dataset/Dataset.csproj\" />";

    /// <summary>The repository's generator as a project, unless the package brings it.</summary>
    private string GeneratorImport(string repository) => Packaged
        ? string.Empty
        : $"\n  <Import Project=\"{repository}/generators/Dataset.Generators/Dataset.Generators.ProjectReference.targets\" />";
}
