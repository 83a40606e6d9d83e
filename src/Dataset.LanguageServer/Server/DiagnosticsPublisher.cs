using Dataset.Annotations.Diagnostics;
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

    public async Task PublishAsync(Analysed analysed)
    {
        if (rpc() is not { } client)
        {
            return;
        }

        var current = DiagnosticsFeature.Of(analysed.Snapshot)
            .ToDictionary(f => f.Key, f => new Published(analysed.VersionOf(f.Key), f.Value), StringComparer.Ordinal);
        foreach (var (path, version) in analysed.Versions.Where(v => !current.ContainsKey(v.Key)))
        {
            if (_published.TryGetValue(path, out var before) && before.Version != version)
            {
                current[path] = before with { Version = version };
            }
        }

        var changed = current.Where(c => !_published.TryGetValue(c.Key, out var before) || !before.Equals(c.Value)).ToList();
        foreach (var (path, published) in changed)
        {
            if (published.Diagnostics.Length == 0 && !analysed.Snapshot.Texts.ContainsKey(path))
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
