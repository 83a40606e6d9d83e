using System.IO;
using System;

namespace Dataset.Annotations.Paths;

/// <summary>One rule for naming files, so that an annotation's <c>text:</c> and an AdditionalFiles path compare equal.</summary>
internal static class ArticlePaths
{
    public static string Normalize(string path)
    {
        var unified = path.Replace('\\', '/');
        try
        {
            // Pure string work on an absolute path: resolves "." and ".." without touching the disk.
            return Path.IsPathRooted(unified) ? Path.GetFullPath(unified).Replace('\\', '/') : unified;
        }
        catch (Exception)
        {
            return unified;
        }
    }

    public static string Resolve(string annotationPath, string relativeTextPath)
    {
        var directory = Path.GetDirectoryName(annotationPath.Replace('\\', '/')) ?? string.Empty;
        try
        {
            return Normalize(Path.Combine(directory, relativeTextPath.Replace('\\', '/')));
        }
        catch (ArgumentException)
        {
            return Normalize(directory + "/" + relativeTextPath);
        }
    }

    public static bool IsAnnotation(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    public static bool IsArticleText(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);
}
