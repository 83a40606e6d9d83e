using System.Text.Json.Nodes;

namespace Dataset.Export.Releases;

/// <summary>
/// A delta as JSON Lines, one record a line: <c>ADD</c> with the new record, <c>MOD</c> with the new record and the
/// fields that changed, <c>DEL</c> with the record as it was, so that a removed id is kept and can be retracted downstream.
/// </summary>
internal static class DeltaLines
{
    public static void Write(TextWriter writer, IEnumerable<RecordChange> changes)
    {
        foreach (var change in changes)
        {
            var line = new JsonObject
            {
                ["op"] = Op(change.Change),
                ["type"] = change.Kind,
                ["id"] = change.Id,
                ["record"] = (change.New ?? change.Old)!.DeepClone(),
            };
            if (change.Change == ChangeKind.Changed)
            {
                line["changes"] = new JsonArray([.. change.Fields.Select(Field)]);
            }

            writer.Write(line.ToJsonString(ExportJson.Compact));
            writer.Write('\n');
        }
    }

    public static string Op(ChangeKind change) => change switch
    {
        ChangeKind.Added => "ADD",
        ChangeKind.Removed => "DEL",
        _ => "MOD",
    };

    public static JsonObject Field(FieldChange field) => new()
    {
        ["field"] = field.Field,
        ["old"] = field.Old?.DeepClone(),
        ["new"] = field.New?.DeepClone(),
    };
}
