using System.IO;
using System.Linq;
using System;
using Dataset.Annotations.Shards;
using Microsoft.CodeAnalysis;

namespace Dataset.Generators.Shards;

/// <summary>
/// Reads the manifest of one referenced assembly, if it is a shard. Works on what the compiler has already
/// loaded: a file reference's metadata (read by <see cref="ShardAssemblies"/> with System.Reflection.Metadata, no
/// binding) or, in the IDE, a project reference's compilation. Reference assemblies keep assembly attributes, so
/// either kind of output works.
/// </summary>
internal static class ShardManifestReader
{
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

    private static ShardManifest? FromMetadata(PortableExecutableReference reference) =>
        reference.GetMetadata() is AssemblyMetadata assembly && assembly.GetModules() is { IsDefaultOrEmpty: false } modules
            ? ShardAssemblies.Read(modules[0].GetMetadataReader())
            : null;

    private static ShardManifest? FromCompilation(Compilation compilation)
    {
        var attribute = compilation.Assembly.GetAttributes().FirstOrDefault(a =>
            a.AttributeClass is
            {
                Name: ShardAssemblies.AttributeName,
                ContainingNamespace: { Name: ShardAssemblies.AttributeNamespace, ContainingNamespace.IsGlobalNamespace: true },
            });
        return attribute is { ConstructorArguments.Length: 2 }
            ? ShardManifestFormat.Parse(
                compilation.AssemblyName ?? string.Empty,
                attribute.ConstructorArguments[0].Value as string,
                attribute.ConstructorArguments[1].Value as string)
            : null;
    }
}
