using System.Collections;
using System.Collections.Immutable;
using System.Text;
using Dataset.Annotations.Caching;
using Dataset.Annotations.Paths;

namespace Dataset.LanguageServer.Workspace;

/// <summary>
/// A file's text as the workspace keeps it between analyses. An open buffer: its string. An article no editor has open:
/// its UTF-8 bytes (half the memory of a string), which the analysis shares. An annotation no editor has open: nothing
/// but that it is on disk, and the digest of what was read (the analysis keeps its model, not its text); a request
/// that needs its text (a code action's edit) reads the file then, as the editor will when it applies the edit.
/// </summary>
internal readonly record struct StoredText(string? Text, byte[]? Utf8)
{
    /// <summary>The text of a closed annotation is on disk, not here.</summary>
    public bool OnDisk { get; init; }

    /// <summary>The digest of the content as it was read (the analysis cache files results under it); taken when there is a cache.</summary>
    public Digest? Content { get; init; }

    /// <summary>The file's stamp, taken before it was read (when there is a cache and the file was not written just then).</summary>
    public FileStamp? Stamp { get; init; }

    /// <param name="path">The file.</param>
    /// <param name="text">Its text, null when it could not be read.</param>
    /// <param name="open">Whether it is an editor's buffer.</param>
    /// <param name="digest">Whether to take the content's digest now, while the text is at hand.</param>
    /// <param name="utf8">The text's UTF-8, when it was read so (kept as it is).</param>
    public static StoredText Of(string path, string? text, bool open, bool digest = false, byte[]? utf8 = null)
    {
        var stored = text is null && utf8 is null || open ? new StoredText(text, null)
            : ArticlePaths.IsAnnotation(path) ? new StoredText(null, null) { OnDisk = true }
            : new StoredText(null, utf8 ?? Encoding.UTF8.GetBytes(text!));
        if (!digest)
        {
            return stored;
        }

        return stored with { Content = (stored.Utf8 ?? utf8) is { } held ? AnalysisCache.ContentOfUtf8(held) : AnalysisCache.ContentDigest(text) };
    }

    /// <summary>The text: decoded, or read from disk for a closed annotation (null when it cannot be read).</summary>
    public string? Read(string path) => Utf8 is not null ? Encoding.UTF8.GetString(Utf8) : OnDisk ? ReadDisk(path) : Text;

    /// <summary>The digest of the content as it was read: taken then, or now from what is held.</summary>
    public Digest ContentDigest() =>
        Content ?? (OnDisk ? throw new InvalidOperationException("The digest of a file not held is taken as it is read.")
            : Utf8 is { } utf8 ? AnalysisCache.ContentOfUtf8(utf8) : AnalysisCache.ContentDigest(Text));

    /// <summary>A file's text from disk, or null when it cannot be read.</summary>
    public static string? ReadDisk(string path) => ReadDiskWithBytes(path).Text;

    /// <summary>
    /// A file's text from disk, as <c>File.ReadAllText</c> reads it, and its bytes when they are its UTF-8 as they are
    /// (no byte-order mark, nothing a decoder would replace): read in one call and decoded once, and the bytes kept
    /// rather than encoded again.
    /// </summary>
    public static (string? Text, byte[]? Utf8) ReadDiskWithBytes(string path)
    {
        var (text, utf8) = ReadDiskContent(path);
        return (text ?? (utf8 is null ? null : Encoding.UTF8.GetString(utf8)), utf8);
    }

    /// <summary>
    /// A file's content from disk as <see cref="ReadDiskWithBytes"/> reads it, left undecoded when it is UTF-8 as it is:
    /// its bytes alone then (decoded by whoever needs the text), else its text alone; neither when it cannot be read.
    /// </summary>
    public static (string? Text, byte[]? Utf8) ReadDiskContent(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length >= 2 && (bytes[0] is 0xEF or 0xFE or 0xFF || bytes[0] == 0 && bytes[1] == 0))
            {
                // A byte-order mark (or what may start one): the reader that honours them.
                return (File.ReadAllText(path), null);
            }

            // Bytes a decoder would replace are read as File.ReadAllText reads them (each replaced).
            return System.Text.Unicode.Utf8.IsValid(bytes) ? (null, bytes) : (Encoding.UTF8.GetString(bytes), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, null);
        }
    }
}

/// <summary>The workspace's texts as a snapshot reads them: each decoded when asked for.</summary>
internal sealed class TextView(ImmutableDictionary<string, StoredText> texts) : IReadOnlyDictionary<string, string?>
{
    public string? this[string key] => texts[key].Read(key);

    public IEnumerable<string> Keys => texts.Keys;

    public IEnumerable<string?> Values => texts.Select(t => t.Value.Read(t.Key));

    public int Count => texts.Count;

    public bool ContainsKey(string key) => texts.ContainsKey(key);

    public bool TryGetValue(string key, out string? value)
    {
        var found = texts.TryGetValue(key, out var stored);
        value = found ? stored.Read(key) : null;
        return found;
    }

    public IEnumerator<KeyValuePair<string, string?>> GetEnumerator() =>
        texts.Select(t => new KeyValuePair<string, string?>(t.Key, t.Value.Read(t.Key))).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
