using System.Text;
using Dataset.Annotations.Naming;
using Dataset.Annotations.Paths;

namespace Dataset.Generators.Emitting;

/// <summary>The one place names in generated code come from: identifiers, hint names and per-file class names.</summary>
internal static class GeneratedNames
{
    /// <summary>A valid C# identifier for any string: invalid characters become '_', keywords get '@'.</summary>
    public static string Identifier(string raw)
    {
        var builder = new StringBuilder(raw.Length + 1);
        foreach (var c in raw)
        {
            builder.Append(char.IsLetterOrDigit(c) && c < 128 ? c : '_');
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        var name = builder.ToString();
        return CSharpNames.IsKeyword(name) ? "@" + name : name;
    }

    /// <summary>The field of a record with this id in the generated class of its kind.</summary>
    public static string Member(string id) => Identifier(IdNames.ToPascalCase(id));

    /// <summary>The hint name of a file's source: its path relative to the project, made safe, plus a hash so two paths never clash.</summary>
    public static string HintName(string annotationPath, string projectDirectory) =>
        Identifier(ProjectPaths.Stable(annotationPath, projectDirectory)) + "_" + Hash(ProjectPaths.Stable(annotationPath, projectDirectory)) + ".g.cs";

    /// <summary>The catalog's constant that holds one file's records, unique per path for the same reason.</summary>
    public static string DataConstantName(string annotationPath, string projectDirectory) =>
        // The '@' a keyword file name (class.yaml) gets is dropped: after the prefix the name is no keyword.
        "Annotation_"
            + Identifier(System.IO.Path.GetFileNameWithoutExtension(annotationPath)).TrimStart('@')
            + "_"
            + Hash(ProjectPaths.Stable(annotationPath, projectDirectory));

    /// <summary>FNV-1a, 32 bits, as hex: stable across runs and machines, unlike string.GetHashCode.</summary>
    private static string Hash(string value)
    {
        var hash = 2166136261u;
        foreach (var c in value)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }
}
