using System.Text.Json;
using System.Text.Json.Nodes;
using Dataset.LanguageFormat;

namespace Dataset.Export;

/// <summary>
/// `--format webannotation`: the statements and sanctions as a W3C Web Annotation collection (JSON-LD with the
/// context <c>http://www.w3.org/ns/anno.jsonld</c>). Each annotation's target is its document, by the document's
/// <c>url</c> when it has one (else <c>urn:dataset:document:ID</c>), selected by a TextQuoteSelector (exact, prefix,
/// suffix) and a TextPositionSelector whose start and end count Unicode code points of the article text, as the W3C
/// model defines them (the records' own offsets count UTF-16 code units); its bodies classify it (<c>statement</c>,
/// <c>sanction</c>), tag its act or status, and describe it (summary, reason) where it has one. A restatement links to
/// the annotation of the statement it restates (a SpecificResource body, purpose <c>linking</c>); each provision of a
/// sanction is a body describing it with the targets it applies to (<c>provision travel-ban: a, b</c>).
/// </summary>
internal static class WebAnnotationExporter
{
    public const string Context = "http://www.w3.org/ns/anno.jsonld";

    public static void Write(TextWriter writer, DatasetCatalog catalog, ArticleTexts texts)
    {
        var documents = catalog.Documents.ToDictionary(d => d.Id);
        var items = new JsonArray();
        foreach (var statement in catalog.Statements)
        {
            items.Add(
                Annotation(
                    "statement",
                    statement.Id.Value,
                    Names.Kebab(statement.Act),
                    statement.Summary,
                    statement.Evidence,
                    documents,
                    texts,
                    statement.IsDraft,
                    statement.RestatesId is { } restated ? [Link("statement", restated.Value)] : []));
        }

        foreach (var sanction in catalog.Sanctions)
        {
            items.Add(
                Annotation(
                    "sanction",
                    sanction.Id.Value,
                    Names.Kebab(sanction.Status),
                    sanction.Reason,
                    sanction.Evidence,
                    documents,
                    texts,
                    sanction.IsDraft,
                    sanction.Provisions.Select(p => Body("describing", $"provision {p}: {string.Join(", ", sanction.TargetIdsOf(p).Select(t => t.Value))}"))));
        }

        var collection = new JsonObject
        {
            ["@context"] = Context,
            ["id"] = "urn:dataset:annotations",
            ["type"] = "AnnotationCollection",
            ["label"] = "Statements and sanctions with their evidence",
            ["total"] = items.Count,
            ["first"] = new JsonObject
            {
                ["id"] = "urn:dataset:annotations:page-1",
                ["type"] = "AnnotationPage",
                ["startIndex"] = 0,
                ["items"] = items,
            },
        };
        writer.Write(collection.ToJsonString(new JsonSerializerOptions(ExportJson.Compact) { WriteIndented = true }));
        writer.Write('\n');
    }

    private static JsonObject Annotation(
        string kind,
        string id,
        string tag,
        string? description,
        Evidence evidence,
        Dictionary<DocumentId, Document> documents,
        ArticleTexts texts,
        bool draft,
        IEnumerable<JsonObject> more)
    {
        var bodies = new JsonArray
        {
            Body("classifying", kind),
            Body("tagging", tag),
        };
        if (description is not null)
        {
            bodies.Add(Body("describing", description));
        }

        foreach (var body in more)
        {
            bodies.Add(body);
        }

        if (draft)
        {
            bodies.Add(Body("commenting", "draft: drafted from the article, not reviewed"));
        }

        var document = documents.GetValueOrDefault(evidence.Document);
        var selectors = new JsonArray
        {
            new JsonObject { ["type"] = "TextQuoteSelector", ["exact"] = evidence.Exact, ["prefix"] = evidence.Prefix, ["suffix"] = evidence.Suffix },
        };
        if (document is not null && texts.Find(document) is { } text && CodePoints(text, evidence) is { } position)
        {
            selectors.Add(new JsonObject { ["type"] = "TextPositionSelector", ["start"] = position.Start, ["end"] = position.End });
        }

        var target = new JsonObject
        {
            ["source"] = document?.Url ?? $"urn:dataset:document:{evidence.Document.Value}",
            ["selector"] = selectors,
        };
        if (document?.Language is { } language)
        {
            // The model's language and textDirection of a resource: what a viewer needs to show Arabic or Hebrew text right.
            target["language"] = language;
            target["textDirection"] = LanguageCodes.IsRightToLeft(language) ? "rtl" : "ltr";
        }

        return new JsonObject
        {
            ["id"] = $"urn:dataset:{kind}:{id}",
            ["type"] = "Annotation",
            ["motivation"] = "classifying",
            ["body"] = bodies,
            ["target"] = target,
        };
    }

    /// <summary>A body that links to another annotation of this collection.</summary>
    private static JsonObject Link(string kind, string id) =>
        new() { ["type"] = "SpecificResource", ["purpose"] = "linking", ["source"] = $"urn:dataset:{kind}:{id}" };

    private static JsonObject Body(string purpose, string value) => new() { ["type"] = "TextualBody", ["purpose"] = purpose, ["value"] = value };

    /// <summary>The evidence's UTF-16 offsets as code points, when the text is the one it was located in.</summary>
    private static (int Start, int End)? CodePoints(string text, Evidence evidence)
    {
        if (evidence.Start < 0 || evidence.End > text.Length || evidence.End < evidence.Start || text[evidence.Start..evidence.End] != evidence.Exact)
        {
            return null;
        }

        var start = CountCodePoints(text, evidence.Start);
        return (start, start + CountCodePoints(evidence.Exact, evidence.Exact.Length));
    }

    private static int CountCodePoints(string text, int length)
    {
        var count = 0;
        for (var i = 0; i < length; i++)
        {
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1])))
            {
                count++;
            }
        }

        return count;
    }
}
