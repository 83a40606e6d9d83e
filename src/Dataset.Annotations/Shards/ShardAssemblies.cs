using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System;

namespace Dataset.Annotations.Shards;

/// <summary>
/// Reads the manifest a shard writes into its assembly (<c>[assembly: Dataset.DatasetShard(ns, manifest)]</c>)
/// from metadata alone, without loading the assembly: the build reads the compiler's references this way, the tool and
/// the language server the built .dll files of referenced projects and packages.
/// </summary>
internal static class ShardAssemblies
{
    public const string AttributeNamespace = "Dataset";
    public const string AttributeName = "DatasetShardAttribute";

    /// <summary>The manifests of those files that are shards' assemblies; unreadable files and other assemblies declare nothing.</summary>
    public static ReferencedShards Read(IEnumerable<string>? assemblyPaths) =>
        assemblyPaths is null ? ReferencedShards.None : ReferencedShards.From(assemblyPaths.Select(ReadFile).Where(m => m is not null)!);

    public static ShardManifest? ReadFile(string assemblyPath)
    {
        try
        {
            using var stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);
            return pe.HasMetadata ? Read(pe.GetMetadataReader()) : null;
        }
        catch (Exception e) when (e is BadImageFormatException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The manifest in an assembly's metadata, or null when it is not a shard's assembly.</summary>
    public static ShardManifest? Read(MetadataReader reader)
    {
        if (!reader.IsAssembly)
        {
            return null;
        }

        var definition = reader.GetAssemblyDefinition();
        foreach (var handle in definition.GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (!IsManifestAttribute(reader, attribute.Constructor))
            {
                continue;
            }

            // ECMA-335 II.23.3: prolog 0x0001, then the two string arguments as SerStrings.
            var value = reader.GetBlobReader(attribute.Value);
            return value.ReadUInt16() == 1
                ? ShardManifestFormat.Parse(reader.GetString(definition.Name), value.ReadSerializedString(), value.ReadSerializedString())
                : null;
        }

        return null;
    }

    private static bool IsManifestAttribute(MetadataReader reader, EntityHandle constructor)
    {
        if (constructor.Kind != HandleKind.MemberReference)
        {
            return false;
        }

        var parent = reader.GetMemberReference((MemberReferenceHandle)constructor).Parent;
        if (parent.Kind != HandleKind.TypeReference)
        {
            return false;
        }

        var type = reader.GetTypeReference((TypeReferenceHandle)parent);
        return reader.StringComparer.Equals(type.Name, AttributeName) && reader.StringComparer.Equals(type.Namespace, AttributeNamespace);
    }
}
