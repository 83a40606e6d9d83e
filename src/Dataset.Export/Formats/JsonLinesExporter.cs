using System.Text.Json;

namespace Dataset.Export;

/// <summary>`--format jsonl`: one record per line, its kind in "type" (document, actor, statement, sanction).</summary>
internal static class JsonLinesExporter
{
    public static void Write(TextWriter writer, IEnumerable<ExportRecord> records)
    {
        foreach (var record in records)
        {
            writer.Write(JsonSerializer.Serialize(record, ExportJson.Compact));
            writer.Write('\n');
        }
    }

    public static IEnumerable<ExportRecord> Read(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return JsonSerializer.Deserialize<ExportRecord>(line, ExportJson.Compact) ?? throw new JsonException("A JSON Lines record is null.");
            }
        }
    }
}
