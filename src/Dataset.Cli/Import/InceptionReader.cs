using System.Text.Json;

namespace Dataset.Cli.Import;

/// <summary>
/// INCEpTION's UIMA CAS JSON export (the Apache UIMA JSON CAS format): the text is the <c>sofaString</c> of the
/// initial view's Sofa; span annotations are feature structures with <c>begin</c> and <c>end</c> (or the anchor
/// forms <c>^begin</c>, <c>^end</c>), labelled by their <c>value</c> or <c>label</c> feature, else by their type's
/// short name (<c>webanno.custom.Statement</c> is a statement); relations are feature structures with
/// <c>@Governor</c> and <c>@Dependent</c>. Offsets are UTF-16 code units, as Java counts them, unless the header's
/// <c>%OFFSET_ENCODING</c> says otherwise. Token, sentence and other linguistic layers are passed over.
/// </summary>
internal static class InceptionReader
{
    private static readonly HashSet<string> Attributes = new(["act", "form", "said-on", "saidOn", "status", "date"], StringComparer.Ordinal);

    public static IEnumerable<ImportedArticle> Read(string path, ImportProblems problems)
    {
        using var json = JsonSource.Read(path, problems);
        if (json is null)
        {
            return [];
        }

        var root = json.RootElement;
        var structures = JsonSource.Array(root, "%FEATURE_STRUCTURES").Where(fs => fs.ValueKind == JsonValueKind.Object).ToList();
        var sofa = structures.FirstOrDefault(
            fs => JsonSource.String(fs, "%TYPE") == "uima.cas.Sofa" && JsonSource.String(fs, "sofaID") is "_InitialView" or null);
        if (JsonSource.String(sofa, "sofaString") is not { } text)
        {
            problems.Add(path, "no text: the UIMA CAS JSON has no Sofa with a sofaString (is it INCEpTION's 'UIMA CAS JSON' export?)");
            return [];
        }

        var unit = Unit(root, path, problems);
        if (unit is null)
        {
            return [];
        }

        OffsetReading[] readings = [new(unit == OffsetUnit.Utf16 ? "UTF-16 code units" : "code points", TextOffsets.For(text, unit.Value))];
        var sofaId = JsonSource.Text(sofa, "%ID");
        var spans = new List<ImportedSpan>();
        var relations = new List<ImportedRelation>();
        var attributes = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        string? title = null, url = null;
        foreach (var fs in structures)
        {
            var type = JsonSource.String(fs, "%TYPE") ?? string.Empty;
            var id = JsonSource.Text(fs, "%ID") ?? "?";
            var where = $"{path}: feature structure {id} ({type})";
            if (type.EndsWith(".DocumentMetaData", StringComparison.Ordinal))
            {
                title = JsonSource.String(fs, "documentTitle");
                url = JsonSource.String(fs, "documentUri") is { } uri && uri.StartsWith("http", StringComparison.Ordinal) ? uri : null;
                continue;
            }

            var label = JsonSource.String(fs, "value") ?? JsonSource.String(fs, "label") ?? type[(type.LastIndexOf('.') + 1)..];
            if (JsonSource.Text(fs, "@Governor") is { } governor && JsonSource.Text(fs, "@Dependent") is { } dependent)
            {
                relations.Add(new ImportedRelation(label, governor, dependent, where));
                continue;
            }

            // Linguistic layers (tokens, sentences) and other views are not annotations of the dataset's kinds.
            if ((ImportLabels.Kind(label) == SpanKind.Other && !type.StartsWith("webanno.custom.", StringComparison.Ordinal))
                || JsonSource.Text(fs, "@sofa") != sofaId)
            {
                continue;
            }

            var begin = JsonSource.Int(fs, "begin") ?? JsonSource.Int(fs, "^begin");
            var end = JsonSource.Int(fs, "end") ?? JsonSource.Int(fs, "^end");
            if (begin is null || end is null)
            {
                problems.Add(where, "a span without a numeric begin and end; left out");
                continue;
            }

            var located = SpanReading.Locate(text, begin.Value, end.Value, null, readings, out var problem);
            if (located is not { } range)
            {
                problems.Add(where, $"{problem}; left out");
                continue;
            }

            spans.Add(new ImportedSpan(id, label, range.Start, range.End, text[range.Start..range.End], where));
            var features = fs.EnumerateObject().Where(p => Attributes.Contains(p.Name) && p.Value.ValueKind == JsonValueKind.String)
                .ToDictionary(p => p.Name == "saidOn" ? "said-on" : p.Name, p => p.Value.GetString()!, StringComparer.OrdinalIgnoreCase);
            if (features.Count > 0)
            {
                attributes[id] = features;
            }
        }

        var name = Path.GetFileNameWithoutExtension(path);
        return [new ImportedArticle(name, text, new ImportedMeta(Title: title, Url: url), spans, relations, attributes, new Dictionary<string, string>())];
    }

    /// <summary>UTF-16 (Java's count) unless the header names another encoding this reader knows.</summary>
    private static OffsetUnit? Unit(JsonElement root, string path, ImportProblems problems)
    {
        var header = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("%HEADER", out var h) ? h : default;
        switch (JsonSource.String(header, "%OFFSET_ENCODING")?.ToUpperInvariant())
        {
            case null or "UTF-16" or "UTF16":
                return OffsetUnit.Utf16;
            case "UTF-32" or "UTF32" or "CODE_POINTS" or "CODEPOINTS":
                return OffsetUnit.CodePoint;
            case var other:
                problems.Add(path, $"offsets encoded as {other}, which this import does not read (UTF-16 or UTF-32); nothing imported");
                return null;
        }
    }
}
