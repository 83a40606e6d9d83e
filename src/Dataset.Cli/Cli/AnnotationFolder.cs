namespace Dataset.Cli.Cli;

/// <summary>The files of an annotations folder as the build sees them: every *.yaml, *.yml and *.txt in any subfolder.</summary>
internal static class AnnotationFolder
{
    /// <summary>Every file's path, in ordinal order.</summary>
    public static List<string> Paths(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Where(p => p.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The file's text, or null when it cannot be read (the checks report that, located, as the build does).</summary>
    public static string? Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Paths under the current folder are shown relative to it, as a build shows them; others in full.</summary>
    public static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
