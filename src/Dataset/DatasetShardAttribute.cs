using System.ComponentModel;

namespace Dataset;

/// <summary>
/// What a shard declares, written by the generator into its assembly, so that a project referencing it
/// resolves ids against it at build time (reference assemblies keep attributes). Not meant to be read by apps.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DatasetShardAttribute : Attribute
{
    /// <summary>Records what a shard declares; generated code applies this.</summary>
    /// <param name="namespace">The namespace of the generated records and of the project's <c>Catalog</c>.</param>
    /// <param name="declarations">Every declared id, in the generator's manifest format.</param>
    public DatasetShardAttribute(string @namespace, string declarations)
    {
        Namespace = @namespace;
        Declarations = declarations;
    }

    /// <summary>The namespace of the generated records and of the project's <c>Catalog</c>.</summary>
    public string Namespace { get; }

    /// <summary>Every declared id, in the generator's manifest format.</summary>
    public string Declarations { get; }
}
