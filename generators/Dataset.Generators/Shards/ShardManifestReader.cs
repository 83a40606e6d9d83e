using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using Microsoft.CodeAnalysis;

namespace Dataset.Generators.Shards;

/// <summary>
/// Reads the manifest of one referenced assembly, if it is a dataset project. Works on what the compiler has already
/// loaded: a file reference's metadata (read with System.Reflection.Metadata, no binding) or, in the IDE, a project
/// reference's compilation. Reference assemblies keep assembly attributes, so either kind of output works.
/// </summary>
internal static class ShardManifestReader
{
    public const string AttributeNamespace = "Dataset";
    public const string AttributeName = "DatasetShardAttribute";

    public static ShardManifest? Read(MetadataReference reference)
    {
        try
        {
            return reference switch
            {
                PortableExecutableReference file => FromMetadata(file),
                CompilationReference project => FromCompilation(project.Compilation),
                _ => null,
            };
        }
        catch (Exception e) when (e is BadImageFormatException or IOException or InvalidOperationException)
        {
            // An unreadable reference is the compiler's to report; it declares nothing here.
            return null;
        }
    }

    private static ShardManifest? FromMetadata(PortableExecutableReference reference)
    {
        if (reference.GetMetadata() is not AssemblyMetadata assembly || assembly.GetModules() is not { IsDefaultOrEmpty: false } modules)
        {
            return null;
        }

        var reader = modules[0].GetMetadataReader();
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

    private static ShardManifest? FromCompilation(Compilation compilation)
    {
        var attribute = compilation.Assembly.GetAttributes().FirstOrDefault(a =>
            a.AttributeClass is { Name: AttributeName, ContainingNamespace: { Name: AttributeNamespace, ContainingNamespace.IsGlobalNamespace: true } });
        return attribute is { ConstructorArguments.Length: 2 }
            ? ShardManifestFormat.Parse(compilation.AssemblyName ?? string.Empty, attribute.ConstructorArguments[0].Value as string, attribute.ConstructorArguments[1].Value as string)
            : null;
    }
}
