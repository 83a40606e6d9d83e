using System.Collections;
using System.Collections.Immutable;
using System.Text;
using Dataset.Annotations.Paths;

namespace Dataset.LanguageServer.Workspace;

/// <summary>
/// A file's text as the workspace keeps it between analyses: an annotation no editor has open as UTF-8 bytes (half the
/// memory of a string, and the engine keeps no copy: it is decoded only when a request reads it), anything else as
/// the string the engine shares (an article's text is checked against its evidence whenever that changes).
/// </summary>
internal readonly record struct StoredText(string? Text, byte[]? Utf8)
{
    public static StoredText Of(string path, string? text, bool open) =>
        text is not null && !open && ArticlePaths.IsAnnotation(path) ? new(null, Encoding.UTF8.GetBytes(text)) : new(text, null);

    public string? Value => Utf8 is null ? Text : Encoding.UTF8.GetString(Utf8);
}

/// <summary>The workspace's texts as a snapshot reads them: each decoded when asked for.</summary>
internal sealed class TextView(ImmutableDictionary<string, StoredText> texts) : IReadOnlyDictionary<string, string?>
{
    public string? this[string key] => texts[key].Value;

    public IEnumerable<string> Keys => texts.Keys;

    public IEnumerable<string?> Values => texts.Values.Select(t => t.Value);

    public int Count => texts.Count;

    public bool ContainsKey(string key) => texts.ContainsKey(key);

    public bool TryGetValue(string key, out string? value)
    {
        var found = texts.TryGetValue(key, out var stored);
        value = found ? stored.Value : null;
        return found;
    }

    public IEnumerator<KeyValuePair<string, string?>> GetEnumerator() =>
        texts.Select(t => new KeyValuePair<string, string?>(t.Key, t.Value.Value)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
