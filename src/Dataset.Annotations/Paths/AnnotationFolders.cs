using System.IO;

namespace Dataset.Annotations.Paths;

/// <summary>
/// Which folder of annotations a front end reads when it is not told exactly: the one given, else the folder's
/// <c>annotations/</c> (the build's <c>DatasetAnnotationsFolder</c> default) when it exists. The tool's commands and
/// the language server choose with this one rule.
/// </summary>
public static class AnnotationFolders
{
    /// <summary>The folder a project keeps its annotations in unless it says otherwise.</summary>
    public const string Conventional = "annotations";

    /// <summary>The given folder (made absolute against <paramref name="root"/>), else <c>root/annotations</c> when it exists, else null.</summary>
    public static string? Choose(string root, string? given)
    {
        if (given is not null)
        {
            return Path.GetFullPath(Path.Combine(root, given));
        }

        var conventional = Path.Combine(root, Conventional);
        return Directory.Exists(conventional) ? Path.GetFullPath(conventional) : null;
    }
}
