using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Dataset.Export.Releases;

/// <summary>
/// The manifest written beside a full export: a content hash of the data, the count of records per kind, the tool
/// and its version, the files written with their own hashes, and for a delta the counts of its lines. Nothing in it
/// depends on the time or the machine, so the same data exported twice gives the same manifest.
/// </summary>
internal static class ReleaseManifest
{
    public const string FileName = "manifest.json";

    public static JsonObject Create(
        DatasetCatalog catalog,
        string format,
        string toolVersion,
        IEnumerable<string> files,
        IReadOnlyList<RecordChange>? delta = null,
        string? since = null)
    {
        var manifest = new JsonObject
        {
            ["tool"] = "dataset",
            ["toolVersion"] = toolVersion,
            ["format"] = format,
            ["contentHash"] = ContentHash(ReleaseRecords.Of(catalog)),
            ["counts"] = new JsonObject
            {
                ["documents"] = catalog.Documents.Count,
                ["actors"] = catalog.Actors.Count,
                ["statements"] = catalog.Statements.Count,
                ["sanctions"] = catalog.Sanctions.Count,
                ["events"] = catalog.Events.Count,
                ["drafts"] = catalog.Actors.Count(a => a.IsDraft) + catalog.Statements.Count(s => s.IsDraft) + catalog.Sanctions.Count(s => s.IsDraft),
            },
            ["files"] = new JsonArray([.. files.Order(StringComparer.Ordinal).Select(File)]),
        };
        if (delta is not null)
        {
            manifest["delta"] = new JsonObject
            {
                ["since"] = since,
                ["added"] = delta.Count(c => c.Change == ChangeKind.Added),
                ["changed"] = delta.Count(c => c.Change == ChangeKind.Changed),
                ["removed"] = delta.Count(c => c.Change == ChangeKind.Removed),
            };
        }

        return manifest;
    }

    /// <summary>
    /// <c>sha256:</c> and the hex SHA-256 of the records as a release compares them, one compact JSON object a line in
    /// kind and id order: equal exactly when <c>dataset diff</c> finds no change.
    /// </summary>
    public static string ContentHash(IEnumerable<ReleaseRecord> records)
    {
        var text = new StringBuilder();
        foreach (var record in records.OrderBy(r => Array.IndexOf(ReleaseRecords.Kinds, r.Kind)).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            text.Append(record.Kind).Append('\t').Append(record.Fields.ToJsonString(ExportJson.Compact)).Append('\n');
        }

        return "sha256:" + Hex(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static JsonObject File(string path)
    {
        var bytes = System.IO.File.ReadAllBytes(path);
        return new JsonObject
        {
            ["name"] = Path.GetFileName(path),
            ["bytes"] = bytes.Length,
            ["sha256"] = Hex(SHA256.HashData(bytes)),
        };
    }

    private static string Hex(byte[] hash) => Convert.ToHexString(hash).ToLowerInvariant();
}
