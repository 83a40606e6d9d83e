using Dataset.LanguageServer.Workspace;

namespace Dataset.LanguageServer.Server;

/// <summary>One finished analysis: the revision of the changes it includes, what it found, and the open documents' versions.</summary>
internal sealed record Analysed(long Revision, Snapshot Snapshot, IReadOnlyDictionary<string, int> Versions)
{
    /// <summary>The version of a document the analysis read, when the client has it open; null for a file read from disk.</summary>
    public int? VersionOf(string path) => Versions.TryGetValue(path, out var version) ? version : null;
}
