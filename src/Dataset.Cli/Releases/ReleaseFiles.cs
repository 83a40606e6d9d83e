using System.Reflection;
using Dataset.Export.Releases;

namespace Dataset.Cli.Releases;

/// <summary>
/// What `export --output` writes beside the full export: <c>manifest.json</c> (and <c>delta.jsonl</c> with --since)
/// in an output folder, or <c>NAME.manifest.json</c> (<c>NAME.delta.jsonl</c>) beside an output file, so that exports of
/// several formats into one folder keep a manifest each.
/// </summary>
internal static class ReleaseFiles
{
    public static string ManifestPath(string output, bool folder) => Beside(output, folder, ReleaseManifest.FileName, ".manifest.json");

    public static string DeltaPath(string output, bool folder) => Beside(output, folder, "delta.jsonl", ".delta.jsonl");

    /// <summary>The tool's version as `dataset --version` prints it.</summary>
    public static string ToolVersion =>
        typeof(ReleaseFiles).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    private static string Beside(string output, bool folder, string inFolder, string suffix) => folder
        ? Path.Combine(output, inFolder)
        : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output))!, Path.GetFileNameWithoutExtension(output) + suffix);
}
