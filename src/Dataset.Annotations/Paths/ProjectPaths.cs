namespace Dataset.Annotations.Paths;

/// <summary>
/// Paths as outputs carry them: relative to a base folder (a build's project folder), so that what is generated or
/// read is the same on every machine. Paths here use <c>/</c> (<see cref="ArticlePaths.Normalize"/>).
/// </summary>
internal static class ProjectPaths
{
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

}
