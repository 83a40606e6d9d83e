using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dataset.Export.Releases;

/// <summary>One annotated record as a release compares it: its kind, its id, and its fields as the JSON export writes them.</summary>
internal sealed record ReleaseRecord(string Kind, string Id, JsonObject Fields);

/// <summary>
/// The records a release is made of, as the JSON export writes them but without where each is declared: moving an
/// entry within its file, or re-indenting it, changes no data. Events are left out: they follow from the statements'
/// and sanctions' links, which are compared.
/// </summary>
internal static class ReleaseRecords
{
    /// <summary>The kinds in the order a release lists them.</summary>
    public static readonly string[] Kinds = ["document", "actor", "statement", "sanction"];

    private static readonly string[] Placement = ["sourceFile", "sourceLine", "sourceColumn"];

    public static IReadOnlyList<ReleaseRecord> Of(DatasetCatalog catalog)
    {
        var export = DatasetExport.From(catalog);
        return
        [
            .. export.Documents.Select(r => Record("document", r)),
            .. export.Actors.Select(r => Record("actor", r)),
            .. export.Statements.Select(r => Record("statement", r)),
            .. export.Sanctions.Select(r => Record("sanction", r)),
        ];
    }

    private static ReleaseRecord Record<T>(string kind, T record)
        where T : ExportRecord
    {
        var fields = JsonSerializer.SerializeToNode(record, ExportJson.Compact)!.AsObject();
        foreach (var name in Placement)
        {
            fields.Remove(name);
        }

        return new ReleaseRecord(kind, record.Id, fields);
    }
}
