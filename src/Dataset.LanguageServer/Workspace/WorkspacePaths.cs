namespace Dataset.LanguageServer.Workspace;

/// <summary>Between the client's <c>file://</c> URIs and the engine's paths (absolute, <c>/</c>-separated).</summary>
internal static class WorkspacePaths
{
    public static string? ToPath(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
        {
            return null;
        }

        return Path.GetFullPath(parsed.LocalPath).Replace('\\', '/');
    }

    public static string ToUri(string path) => new Uri(path).AbsoluteUri;

    public static bool IsUnder(string path, string folder) =>
        path.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal);
}
