namespace Dataset.Cli.Text;

/// <summary>Finds records by id across the four kinds, for `show`.</summary>
internal static class DatasetItems
{
    /// <summary>Every record with this id (ids are unique per kind, so at most one per kind).</summary>
    public static IReadOnlyList<(ItemKind Kind, object Item)> Find(DatasetCatalog c, string id, ItemKind? only = null)
    {
        var found = new List<(ItemKind, object)>();
        Add(found, only, ItemKind.Document, c.FindDocument(new DocumentId(id)));
        Add(found, only, ItemKind.Actor, c.FindActor(new ActorId(id)));
        Add(found, only, ItemKind.Statement, c.FindStatement(new StatementId(id)));
        Add(found, only, ItemKind.Sanction, c.FindSanction(new SanctionId(id)));
        return found;
    }

    public static IEnumerable<string> Ids(DatasetCatalog c, ItemKind? only = null) =>
        (only is null or ItemKind.Document ? c.Documents.Select(d => d.Id.Value) : [])
        .Concat(only is null or ItemKind.Actor ? c.Actors.Select(a => a.Id.Value) : [])
        .Concat(only is null or ItemKind.Statement ? c.Statements.Select(s => s.Id.Value) : [])
        .Concat(only is null or ItemKind.Sanction ? c.Sanctions.Select(s => s.Id.Value) : []);

    private static void Add(List<(ItemKind, object)> found, ItemKind? only, ItemKind kind, object? item)
    {
        if (item is not null && (only is null || only == kind))
        {
            found.Add((kind, item));
        }
    }
}
