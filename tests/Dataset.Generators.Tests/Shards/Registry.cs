using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;

namespace Dataset.Generators.Tests.Shards;

/// <summary>How a test hands a built shard to the project that references it.</summary>
public enum ReferenceKind
{
    /// <summary>The compiled assembly, as the command line passes a project reference.</summary>
    Assembly,

    /// <summary>The reference assembly (metadata only, no private members or resources).</summary>
    ReferenceAssembly,

    /// <summary>The compilation itself, as the IDE passes a project reference.</summary>
    Compilation,
}

/// <summary>
/// An actors-only registry project and a shard whose article refers to its actors, built in memory with the generator,
/// as three projects joined by ProjectReference would be.
/// </summary>
internal static class Registry
{
    public const string Namespace = "Registry.Data";
    public const string ShardNamespace = "Shard.Data";
    public const string ActorsPath = "registry/actors.yaml";

    public const string Actors = """
        actors:
          - id: united-states
            name: United States
            kind: state
          - id: russia
            name: Russia
            kind: state
          - id: united-kingdom
            name: United Kingdom
            kind: state
            aliases: [Britain]
          - id: drone-firm
            name: A firm
            kind: group
        """;

    /// <summary>The shard's article: its own actor, statements and a sanction whose imposer and target are the registry's.</summary>
    public const string ShardArticle = Yaml.Document + """

        actors:
          - id: lloyd-austin
            name: Lloyd Austin
            kind: person
            roles: [{ title: US Defense Secretary, of: united-states }]

        """ + Yaml.Statements + "\n" + Yaml.Sanctions + "\n";

    public static GeneratorRun Build(string actors = Actors) =>
        GeneratorHarness.Run([(ActorsPath, actors)], csharp: null, datasetNamespace: Namespace, assemblyName: "Registry");

    public static GeneratorRun BuildShard(
        MetadataReference registry,
        string article = ShardArticle,
        string? csharp = null,
        string datasetNamespace = ShardNamespace) =>
        GeneratorHarness.Run(Yaml.Files(article), csharp, datasetNamespace, references: [registry], assemblyName: "Shard");

    public static MetadataReference Reference(GeneratorRun project, ReferenceKind kind) => kind switch
    {
        ReferenceKind.Compilation => project.Compilation.ToMetadataReference(),
        ReferenceKind.ReferenceAssembly => MetadataReference.CreateFromImage(Image(project, new EmitOptions(metadataOnly: true))),
        _ => MetadataReference.CreateFromImage(Image(project)),
    };

    public static byte[] Image(GeneratorRun project, EmitOptions? options = null)
    {
        using var image = new MemoryStream();
        var emitted = project.Compilation.Emit(image, options: options);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return image.ToArray();
    }
}
