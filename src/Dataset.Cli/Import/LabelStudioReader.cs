using System.Text.Json;

namespace Dataset.Cli.Import;

/// <summary>
/// Label Studio's JSON export of text tasks: a list of tasks, each with <c>data.text</c> and <c>annotations</c> whose
/// <c>result</c> holds <c>labels</c> regions (<c>value.start</c>, <c>value.end</c>, <c>value.text</c>, <c>value.labels</c>)
/// and <c>relation</c> results (<c>from_id</c>, <c>to_id</c>, <c>labels</c>). Label Studio counted offsets in UTF-16
/// code units (JavaScript string indices) until its text regions moved to code points; the two differ only after a
/// character outside the Basic Multilingual Plane (an emoji), and the region's <c>text</c> decides which one a file uses.
/// <c>data</c> may also carry <c>title</c>, <c>publisher</c>, <c>published</c>, <c>url</c> and <c>retrieved</c>.
/// </summary>
internal static class LabelStudioReader
{
    public static IEnumerable<ImportedArticle> Read(string path, ImportProblems problems)
    {
        using var json = JsonSource.Read(path, problems);
        if (json is null)
        {
            return [];
        }

        var root = json.RootElement;
        var tasks = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
        var articles = new List<ImportedArticle>();
        for (var i = 0; i < tasks.Count; i++)
        {
            if (Task(tasks[i], i, path, problems) is { } article)
            {
                articles.Add(article);
            }
        }

        return articles;
    }

    private static ImportedArticle? Task(JsonElement task, int index, string path, ImportProblems problems)
    {
        var id = JsonSource.Text(task, "id") ?? (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var where = $"{path}: task {id}";
        var data = task.ValueKind == JsonValueKind.Object && task.TryGetProperty("data", out var d) ? d : default;
        if (JsonSource.String(data, "text") is not { } text)
        {
            problems.Add(where, "has no data.text; only text tasks are imported");
            return null;
        }

        var annotations = JsonSource.Array(task, "annotations")
            .Where(a => a.ValueKind == JsonValueKind.Object && !(a.TryGetProperty("was_cancelled", out var c) && c.ValueKind == JsonValueKind.True))
            .ToList();
        if (annotations.Count == 0)
        {
            problems.Add(where, "has no annotation that was not cancelled; nothing to import");
            return null;
        }

        if (annotations.Count > 1)
        {
            problems.Add(
                where,
                $"has {annotations.Count} annotations; the first (id {JsonSource.Text(annotations[0], "id")}) is imported, the others are left out");
        }

        OffsetReading[] readings =
        [
            new("code points", TextOffsets.For(text, OffsetUnit.CodePoint)),
            new("UTF-16 code units", TextOffsets.For(text, OffsetUnit.Utf16)),
        ];
        var spans = new List<ImportedSpan>();
        var relations = new List<ImportedRelation>();
        foreach (var result in JsonSource.Array(annotations[0], "result").Where(r => r.ValueKind == JsonValueKind.Object))
        {
            var resultId = JsonSource.Text(result, "id") ?? "?";
            var at = $"{where}, result {resultId}";
            var type = JsonSource.String(result, "type");
            if (type == "relation")
            {
                var label = JsonSource.Array(result, "labels").Where(l => l.ValueKind == JsonValueKind.String).Select(l => l.GetString()).FirstOrDefault()
                    ?? string.Empty;
                if (JsonSource.Text(result, "from_id") is { } from && JsonSource.Text(result, "to_id") is { } to)
                {
                    relations.Add(new ImportedRelation(label, from, to, at));
                }

                continue;
            }

            var value = result.TryGetProperty("value", out var v) ? v : default;
            if (type != "labels" || JsonSource.Int(value, "start") is not { } start || JsonSource.Int(value, "end") is not { } end)
            {
                continue;
            }

            var labels = JsonSource.Array(value, "labels").Where(l => l.ValueKind == JsonValueKind.String).Select(l => l.GetString()!).ToList();
            if (labels.Count == 0)
            {
                problems.Add(at, "a region without a label; left out");
                continue;
            }

            var located = SpanReading.Locate(text, start, end, JsonSource.String(value, "text"), readings, out var problem);
            if (located is not { } range)
            {
                problems.Add(at, $"{problem}; left out");
                continue;
            }

            spans.Add(new ImportedSpan(resultId, labels[0], range.Start, range.End, text[range.Start..range.End], at));
        }

        var name = JsonSource.String(data, "name") ?? Stem(JsonSource.String(task, "file_upload")) ?? "label-studio-task-" + id;
        var meta = new ImportedMeta(
            JsonSource.String(data, "title"),
            JsonSource.String(data, "publisher"),
            JsonSource.String(data, "published"),
            JsonSource.String(data, "url"),
            JsonSource.String(data, "retrieved"));
        return new ImportedArticle(
            name,
            text,
            meta,
            spans,
            relations,
            new Dictionary<string, IReadOnlyDictionary<string, string>>(),
            new Dictionary<string, string>());
    }

    /// <summary>Label Studio names an uploaded file with a prefix of its own: <c>1a2b3c4d-2024-01-02-talks.txt</c>.</summary>
    private static string? Stem(string? upload)
    {
        if (upload is null)
        {
            return null;
        }

        var stem = Path.GetFileNameWithoutExtension(upload);
        var dash = stem.IndexOf('-', StringComparison.Ordinal);
        return dash == 8 && stem[..8].All(char.IsAsciiHexDigit) ? stem[9..] : stem;
    }
}
