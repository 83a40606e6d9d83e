using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Workspace;

namespace Dataset.LanguageServer.Features;

/// <summary>Go to definition (an id's declaration, a <c>text:</c>'s article, an evidence string's place in it) and find references.</summary>
internal static class Navigation
{
    public static Protocol.Location? Definition(Snapshot snapshot, string path, Position position) => Cursor.At(snapshot, path, position) switch
    {
        IdTarget id when snapshot.Find(id.Key) is { } declared => new Protocol.Location(WorkspacePaths.ToUri(declared.Path), Ranges.Of(declared.Location)),
        TextFileTarget text when snapshot.Texts.ContainsKey(text.TextPath) => new Protocol.Location(WorkspacePaths.ToUri(text.TextPath), Ranges.Start),
        EvidenceTarget evidence => EvidenceLocation(snapshot, path, evidence),
        _ => null,
    };

    public static Protocol.Location[] References(Snapshot snapshot, string path, Position position, bool includeDeclaration)
    {
        if (Cursor.At(snapshot, path, position) is not IdTarget id)
        {
            return [];
        }

        var uses = snapshot.ReferencesOf(id.Key).Select(r => (r.Path, r.Location));
        var declarations = includeDeclaration ? snapshot.DeclarationsOf(id.Key).Select(d => (d.Path, d.Location)) : [];
        return declarations.Concat(uses)
            .OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Location.Start)
            .Select(p => new Protocol.Location(WorkspacePaths.ToUri(p.Path), Ranges.Of(p.Location)))
            .ToArray();
    }

    /// <summary>Where the build found an evidence string in the article (null when it did not: see its diagnostic).</summary>
    public static Protocol.Location? EvidenceLocation(Snapshot snapshot, string path, EvidenceTarget evidence)
    {
        if (!snapshot.Annotations.TryGetValue(path, out var file)
            || file.TextPath is not { } textPath
            || snapshot.Texts.GetValueOrDefault(textPath) is not { } article)
        {
            return null;
        }

        var span = snapshot.Evidence(path, evidence.Owner);
        return span is null ? null : new Protocol.Location(WorkspacePaths.ToUri(textPath), TextLines.Of(article).RangeOf(span.Start, span.End));
    }
}
