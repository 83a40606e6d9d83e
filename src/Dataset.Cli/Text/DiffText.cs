using System.Text.Json.Nodes;
using Dataset.Export.Releases;

namespace Dataset.Cli.Text;

/// <summary>
/// `dataset diff` for people: a line per record added, removed or changed (<c>+ statement ID</c>, <c>- …</c>,
/// <c>~ …</c>), under a changed record a line per field with both values, then the counts.
/// </summary>
internal static class DiffText
{
    public static void Write(TextWriter w, IReadOnlyList<RecordChange> changes)
    {
        foreach (var change in changes)
        {
            w.WriteLine($"{Sign(change.Change)} {change.Kind} {change.Id}{Headline(change)}");
            foreach (var field in change.Fields)
            {
                w.WriteLine($"    {field.Field}: {Value(field.Old)} -> {Value(field.New)}");
            }
        }

        w.WriteLine(
            $"diff: {Count(changes, ChangeKind.Added)} added, {Count(changes, ChangeKind.Removed)} removed, {Count(changes, ChangeKind.Changed)} changed");
    }

    private static string Sign(ChangeKind change) => change switch
    {
        ChangeKind.Added => "+",
        ChangeKind.Removed => "-",
        _ => "~",
    };

    /// <summary>For an added or removed statement or sanction, its evidence, so the line says what came or went.</summary>
    private static string Headline(RecordChange change) =>
        change.Change != ChangeKind.Changed && (change.New ?? change.Old)?["evidence"]?["exact"] is JsonValue exact
            ? $"  {Value(exact)}"
            : string.Empty;

    private static int Count(IReadOnlyList<RecordChange> changes, ChangeKind kind) => changes.Count(c => c.Change == kind);

    /// <summary>A value as JSON writes it (strings quoted, lists in brackets), absent as <c>(none)</c>.</summary>
    private static string Value(JsonNode? value) => value is null ? "(none)" : value.ToJsonString(ExportJson.Compact);
}
