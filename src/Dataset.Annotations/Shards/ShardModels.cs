using Dataset.Annotations.Collections;
using Dataset.Annotations.Model;


namespace Dataset.Annotations.Shards;

/// <summary>One id a referenced shard declares, with the file (relative to that project) that declares it, for DS0008.</summary>
internal sealed record ShardDeclaration(RecordKind Kind, string Id, string File);

/// <summary>What one referenced shard declares, read from its assembly's manifest.</summary>
internal sealed record ShardManifest(string AssemblyName, string Namespace, EquatableArray<ShardDeclaration> Declarations)
{
    /// <summary>"in annotations/actors.yaml in the referenced shard 'Registry'", for messages.</summary>
    public string Describe(ShardDeclaration declaration) => $"in {declaration.File} in the referenced shard '{AssemblyName}'";
}

/// <summary>
/// One declaration of this project as the manifest lists it: kind and id only, so that an edit keeping the ids (a
/// line added above, an actor renamed) leaves the manifest, and the reference assembly holding it, unchanged.
/// </summary>
internal sealed record ManifestEntry(RecordKind Kind, string Id);

/// <summary>What one annotation contributes to this project's manifest; depends on that file alone.</summary>
internal sealed record ManifestFile(string Path, EquatableArray<ManifestEntry> Entries);
