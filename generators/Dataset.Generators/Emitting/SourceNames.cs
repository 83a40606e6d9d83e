using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Dataset.Generators.Emitting;

/// <summary>The one place names in generated code come from: identifiers, hint names and per-file class names.</summary>
internal static class SourceNames
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
        return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
    }

    /// <summary>The hint name of a file's source: its path relative to the project, made safe, plus a hash so two paths never clash.</summary>
    public static string HintName(string annotationPath, string projectDirectory) =>
        Identifier(Relative(annotationPath, projectDirectory)) + "_" + Hash(Relative(annotationPath, projectDirectory)) + ".g.cs";

    /// <summary>The class that holds one file's records, unique per path for the same reason.</summary>
    public static string HolderName(string annotationPath, string projectDirectory) =>
        // The '@' a keyword file name (class.yaml) gets is dropped: after the prefix the name is no keyword.
        "Annotation_" + Identifier(System.IO.Path.GetFileNameWithoutExtension(annotationPath)).TrimStart('@') + "_" + Hash(Relative(annotationPath, projectDirectory));

    /// <summary>The path relative to the project folder when it is inside it, so generated code is the same on every machine.</summary>
    public static string Relative(string path, string projectDirectory)
    {
        if (projectDirectory.Length > 0)
        {
            var prefix = projectDirectory.EndsWith("/", System.StringComparison.Ordinal) ? projectDirectory : projectDirectory + "/";
            if (path.StartsWith(prefix, System.StringComparison.Ordinal))
            {
                return path.Substring(prefix.Length);
            }
        }

        return path;
    }

    /// <summary>
    /// The annotation's path as records carry it: relative to the project folder, with <c>..</c> for a folder beside
    /// it (as the seeds are), so generated code is the same on every machine; only the file name when the two share
    /// no folder at all (another drive).
    /// </summary>
    public static string SourcePath(string path, string projectDirectory)
    {
        if (!IsAbsolute(path))
        {
            return path;
        }

        if (!IsAbsolute(projectDirectory))
        {
            return FileName(path);
        }

        var from = projectDirectory.TrimEnd('/').Split('/');
        var to = path.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }

        if (common == 0 || (common == 1 && from[0].Length > 0))
        {
            return FileName(path);
        }

        var parts = new System.Collections.Generic.List<string>();
        for (var i = common; i < from.Length; i++)
        {
            parts.Add("..");
        }

        for (var i = common; i < to.Length; i++)
        {
            parts.Add(to[i]);
        }

        return string.Join("/", parts);
    }

    /// <summary>Rooted on Unix (<c>/…</c>) or Windows (<c>C:/…</c>) whatever the OS the build runs on; paths here use <c>/</c>.</summary>
    private static bool IsAbsolute(string path) =>
        path.StartsWith("/", System.StringComparison.Ordinal) || (path.Length > 2 && path[1] == ':' && path[2] == '/');

    private static string FileName(string path) => path.Substring(path.LastIndexOf('/') + 1);

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
