using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Shards;

namespace Dataset.Annotations.Caching;

/// <summary>
/// A folder's digest found from the stamps a cache kept, without reading a file: as git's index takes a file whose
/// length and last write are unchanged to hold what it held when it was read. The language server's start and
/// `dataset validate` both find their remembered diagnostics this way.
/// </summary>
internal static class StampedFolder
{
    /// <summary>
    /// The digest <see cref="AnalysisCache.FolderDigest"/> would give after reading every file of
    /// <paramref name="onDisk"/>, when each has the stamp kept with its content; <paramref name="held"/> are files
    /// whose content is already in hand (an editor's buffers). Null when any file is unstamped or stamped otherwise.
    /// A file kept but gone from disk is simply absent, so the digest then differs from the remembered one.
    /// </summary>
    public static Digest? Digest(
        IReadOnlyDictionary<string, StampedContent> stamps,
        IReadOnlyCollection<string> onDisk,
        IEnumerable<(string Path, Digest Content)> held,
        string baseDirectory,
        ReferencedShards shards)
    {
        // Stopped at the first file not as stamped.
        if (stamps.Count == 0 || !onDisk.AsParallel().All(path => stamps.TryGetValue(path, out var kept) && FileStamp.Of(path) == kept.Stamp))
        {
            return null;
        }

        return AnalysisCache.FolderDigest(onDisk.Select(path => (path, stamps[path].Content)).Concat(held), baseDirectory, shards);
    }
}
