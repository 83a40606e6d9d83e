namespace Dataset.Annotations.Paths;

/// <summary>
/// Paths as outputs carry them: relative to a base folder (a build's project folder), so that what is generated or
/// read is the same on every machine. Paths here use <c>/</c> (<see cref="ArticlePaths.Normalize"/>).
/// </summary>
internal static class ProjectPaths
{
    /// <summary>
    /// The annotation's path as records carry it: relative to the project folder, with <c>..</c> for a folder beside
    /// it (as the seeds are), so generated code is the same on every machine; only the file name when the two share
    /// no folder at all (another drive).
    /// </summary>
    public static string SourcePath(string path, string projectDirectory) =>
        !IsAbsolute(path) ? path : TryRelative(path, projectDirectory) ?? FileName(path);

    /// <summary>
    /// The path that names a file in generated code, hint names and the shard manifest: relative to the project folder
    /// as <see cref="SourcePath"/>, so the same commit builds the same bytes in any folder on any machine; the full
    /// path only where there is no relative one (another drive, or no project folder known), as two files of one
    /// name must still get two names.
    /// </summary>
    public static string Stable(string path, string projectDirectory) =>
        !IsAbsolute(path) ? path : TryRelative(path, projectDirectory) ?? path;

    private static string? TryRelative(string path, string projectDirectory)
    {
        if (!IsAbsolute(projectDirectory))
        {
            return null;
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
            return null;
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
