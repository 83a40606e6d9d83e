namespace Dataset.LanguageServer.Documents;

/// <summary>
/// The changes taken for one analysis: the revision they bring the workspace to, the changes in the order the client
/// sent them, and the version of each open document at that revision (which its diagnostics are published with).
/// </summary>
internal sealed record PendingChanges(long Revision, IReadOnlyList<WorkspaceChange> Changes, IReadOnlyDictionary<string, int> Versions);
