using System.Text.Json;

namespace Dataset.Export;

/// <summary>`--format json`: one object {documents, actors, statements, sanctions}, indented.</summary>
internal static class JsonExporter
{
    public static void Write(TextWriter writer, DatasetExport export)
    {
        writer.Write(JsonSerializer.Serialize(export, ExportJson.Indented));
        writer.Write('\n');
    }

    public static DatasetExport Read(string json) =>
        JsonSerializer.Deserialize<DatasetExport>(json, ExportJson.Indented) ?? throw new JsonException("The JSON export is null.");
}
