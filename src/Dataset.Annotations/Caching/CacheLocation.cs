using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace Dataset.Annotations.Caching;

/// <summary>
/// Where the tool keeps its analysis caches: one file per annotations folder in a cache folder, by default the user's
/// (<c>$XDG_CACHE_HOME/dataset</c> or <c>~/.cache/dataset</c> on Linux, <c>~/Library/Caches/dataset</c> on macOS,
/// <c>%LOCALAPPDATA%\dataset\cache</c> on Windows), or the folder <see cref="Variable"/> or a command's option names.
/// Never in the project: a build's output holds nothing of it. A null folder is no cache.
/// </summary>
internal sealed record CacheLocation(string? Root)
{
    /// <summary>The environment variable that moves the cache folder.</summary>
    public const string Variable = "DATASET_CACHE_DIR";

    /// <summary>No cache: every run computes everything.</summary>
    public static readonly CacheLocation Off = new((string?)null);

    /// <summary>The cache folder a command uses unless told otherwise: <see cref="Variable"/>, else the user's.</summary>
    public static CacheLocation Default =>
        new(Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given ? Path.GetFullPath(given) : UserCacheFolder());

    /// <summary>The cache of an annotations folder, read from its file (empty when there is none to trust), or null with no cache.</summary>
    public AnalysisCache? Open(string folder) => Root is null ? null : AnalysisCache.Open(FileFor(folder), Normalized(folder));

    /// <summary>The file the cache of a folder is kept in: the folder's name and the digest of its full path.</summary>
    public string FileFor(string folder)
    {
        var normalized = Normalized(folder);
        var w = new CacheWriter();
        w.Text(normalized);
        var name = new string(Path.GetFileName(normalized).Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_').Take(40).ToArray());
        var root = Root ?? throw new InvalidOperationException("No cache folder.");
        return Path.Combine(root, $"{(name.Length > 0 ? name : "folder")}-{w.Digest().ToShortHex()}.cache");
    }

    private static string Normalized(string folder) => Path.GetFullPath(folder).Replace('\\', '/').TrimEnd('/');

    private static string? UserCacheFolder()
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            return local.Length > 0 ? Path.Combine(local, "dataset", "cache") : null;
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX))
        {
            return home.Length > 0 ? Path.Combine(home, "Library", "Caches", "dataset") : null;
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (xdg is { Length: > 0 } && Path.IsPathRooted(xdg))
        {
            return Path.Combine(xdg, "dataset");
        }

        return home.Length > 0 ? Path.Combine(home, ".cache", "dataset") : null;
    }
}
