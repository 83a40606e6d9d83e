using Dataset.Annotations.Caching;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Pipeline;
using Dataset.LanguageServer.Features;
using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Workspace;
using StreamJsonRpc;

namespace Dataset.LanguageServer.Server;

/// <summary>
/// Publishes each file's diagnostics after an analysis, with the version of the document they were found in (null for
/// a file read from disk), when they or that version changed; a file gone from the workspace is cleared once. Only the
/// files the analysis touched and the open documents are looked at: the rest cannot have changed.
/// </summary>
internal sealed class DiagnosticsPublisher(Func<JsonRpc?> rpc)
{
    private readonly Dictionary<string, Published> _published = new(StringComparer.Ordinal);

    public Task PublishAsync(Analysed analysed) =>
        PublishAsync(DiagnosticsFeature.Of(analysed.Snapshot), analysed.Versions, analysed.Snapshot.Texts.ContainsKey);

    /// <summary>
    /// Publishes the diagnostics the cache remembers of exactly these files, before the first analysis ends: it finds
    /// the same, so what it publishes after them is only what differs (nothing, while the cache is sound).
    /// </summary>
    public Task PublishAsync(RememberedDiagnostics remembered, IReadOnlyDictionary<string, int> versions) =>
        PublishAsync(DiagnosticsFeature.Of(remembered), versions, remembered.Files.ContainsKey);

    /// <summary>
    /// Publishes the diagnostics of files an analysis has checked before it ends: final for its revision, so what it
    /// publishes when it ends is only the files not yet published.
    /// </summary>
    public Task PublishAsync(CheckedFiles files, IReadOnlyDictionary<string, int> versions) =>
        PublishAsync(DiagnosticsFeature.Of(files), versions.Where(v => files.Paths.Contains(v.Key)).ToDictionary(), path => true);

    private async Task PublishAsync(Dictionary<string, DiagnosticInfo[]> found, IReadOnlyDictionary<string, int> versions, Func<string, bool> exists)
    {
        if (rpc() is not { } client)
        {
            return;
        }

        int? VersionOf(string path) => versions.TryGetValue(path, out var version) ? version : null;
        var current = found.ToDictionary(f => f.Key, f => new Published(VersionOf(f.Key), f.Value), StringComparer.Ordinal);
        foreach (var (path, version) in versions.Where(v => !current.ContainsKey(v.Key)))
        {
            if (_published.TryGetValue(path, out var before) && before.Version != version)
            {
                current[path] = before with { Version = version };
            }
        }

        var changed = current.Where(c => !_published.TryGetValue(c.Key, out var before) || !before.Equals(c.Value)).ToList();
        foreach (var (path, published) in changed)
        {
            if (published.Diagnostics.Length == 0 && !exists(path))
            {
                _published.Remove(path);
            }
            else
            {
                _published[path] = published;
            }
        }

        foreach (var (path, published) in changed.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var diagnostics = published.Diagnostics.Select(DiagnosticsFeature.ToLsp).ToArray();
            await client.NotifyWithParameterObjectAsync(
                "textDocument/publishDiagnostics",
                new PublishDiagnosticsParams(WorkspacePaths.ToUri(path), published.Version, diagnostics))
                .ConfigureAwait(false);
        }
    }

    private sealed record Published(int? Version, DiagnosticInfo[] Diagnostics)
    {
        public bool Equals(Published? other) => other is not null && Version == other.Version && Diagnostics.SequenceEqual(other.Diagnostics);

        public override int GetHashCode() => HashCode.Combine(Version, Diagnostics.Length);
    }
}
