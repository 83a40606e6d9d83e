namespace Dataset.LanguageServer.Documents;

/// <summary>A document the client has open: the version it last sent, its text, and the revision that accepted it.</summary>
internal sealed record OpenDocument(int Version, string Text, long Revision);
