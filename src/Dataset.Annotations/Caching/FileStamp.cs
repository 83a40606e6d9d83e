using System;
using System.IO;

namespace Dataset.Annotations.Caching;

/// <summary>
/// What the file system says of a file: its length and last write. A start finds a file's content digest by its stamp
/// without reading it, as git's index does, when the stamp is the one the cache kept with the digest.
/// </summary>
internal readonly record struct FileStamp(long Length, long LastWriteTicks)
{
    /// <summary>
    /// Files written this recently are not stamped: a second write within the file system's time resolution would keep
    /// both the length and the last write of the first, so the stamp would vouch for content it never saw.
    /// </summary>
    public static readonly TimeSpan Settled = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The stamp of a file about to be read, or null when it was written too recently to vouch for what will be read
    /// (or cannot be seen). Taken before the read: a write after it changes the last write, so the stamp no longer
    /// matches and the next start reads the file.
    /// </summary>
    public static FileStamp? BeforeReading(string path)
    {
        var now = DateTime.UtcNow;
        return Of(path) is { } stamp && now - new DateTime(stamp.LastWriteTicks, DateTimeKind.Utc) > Settled ? stamp : null;
    }

    /// <summary>The file's stamp now, or null when it does not exist or cannot be seen.</summary>
    public static FileStamp? Of(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

/// <summary>A file's stamp when it was read, and the digest of what was read.</summary>
internal readonly record struct StampedContent(FileStamp Stamp, Digest Content);
