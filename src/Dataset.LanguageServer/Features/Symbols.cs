using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Workspace;

namespace Dataset.LanguageServer.Features;

/// <summary>The outline of an annotation: its document, then its actors, statements and sanctions by id.</summary>
internal static class Symbols
{
    public static DocumentSymbol[] Of(Snapshot snapshot, string path)
    {
        if (!snapshot.Annotations.TryGetValue(path, out var file))
        {
            return [];
        }

        var symbols = new List<DocumentSymbol>();
        if (file.Document is { } document)
        {
            symbols.Add(Symbol(document.Id.Value, document.Title, SymbolKinds.File, document.Id.Location));
        }

        Group(symbols, "actors", file.Actors.Select(a => Symbol(a.Id.Value, a.Name, SymbolKinds.Object, a.Id.Location)));
        Group(symbols, "statements", file.Statements.Select(s => Symbol(s.Id.Value, $"{s.Act} by {s.Speaker.Value}", SymbolKinds.Event, s.Id.Location)));
        Group(symbols, "sanctions", file.Sanctions.Select(s => Symbol(s.Id.Value, $"{s.Status} by {s.Imposer.Value}", SymbolKinds.Event, s.Id.Location)));
        return symbols.ToArray();
    }

    private static void Group(List<DocumentSymbol> symbols, string name, IEnumerable<DocumentSymbol> children)
    {
        var items = children.ToArray();
        if (items.Length > 0)
        {
            var range = new Protocol.Range(items[0].Range.Start, items[^1].Range.End);
            symbols.Add(new DocumentSymbol(name, null, SymbolKinds.Namespace, range, range, items));
        }
    }

    private static DocumentSymbol Symbol(string name, string? detail, int kind, Annotations.Diagnostics.LocationInfo location) =>
        new(name, detail, kind, Ranges.Of(location), Ranges.Of(location), null);
}
