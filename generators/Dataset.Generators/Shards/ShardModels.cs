using Dataset.Generators.Model;

namespace Dataset.Generators.Shards;

/// <summary>One id a referenced dataset project declares, with where (for DS0008) and, for actors, how docs show it.</summary>
internal sealed record ShardDeclaration(string Kind, string Id, string Display, string Site);

/// <summary>What one referenced dataset project (a shard) declares, read from its assembly's manifest.</summary>
internal sealed record ShardManifest(string AssemblyName, string Namespace, EquatableArray<ShardDeclaration> Declarations)
{
    /// <summary>"annotations/actors.yaml(3,7) in the referenced dataset 'Registry'", for messages.</summary>
    public string Describe(ShardDeclaration declaration) => $"{declaration.Site} in the referenced dataset '{AssemblyName}'";
}

/// <summary>One declaration of this project with its 1-based line and column, as the manifest lists it.</summary>
internal sealed record ManifestEntry(string Kind, string Id, int Line, int Column, string Display);

/// <summary>What one annotation contributes to this project's manifest; depends on that file alone.</summary>
internal sealed record ManifestFile(string Path, EquatableArray<ManifestEntry> Entries);
