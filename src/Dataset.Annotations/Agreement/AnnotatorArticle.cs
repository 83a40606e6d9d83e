using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Model;
using Dataset.Annotations.Pipeline;

namespace Dataset.Annotations.Agreement;

/// <summary>
/// One article as one annotator annotated it: its document id, its text file's name within the annotator's folder,
/// the text, the annotation, and its statements and sanctions with their evidence where the build located it.
/// </summary>
internal sealed record AnnotatorArticle(string DocumentId, string TextName, string Text, AnnotationFile Annotation, IReadOnlyList<AnnotatedRecord> Records)
{
    /// <summary>
    /// Every annotated article of a folder run, in path order: an annotation with a document whose text was read.
    /// Records whose evidence the build could not locate once are left out (the build reports them as errors).
    /// </summary>
    public static IReadOnlyList<AnnotatorArticle> In(FolderRun run, IReadOnlyDictionary<string, string?> texts, string folder)
    {
        var articles = new List<AnnotatorArticle>();
        foreach (var file in run.Annotations.OrderBy(a => a.Path, System.StringComparer.Ordinal))
        {
            if (file.Document is null || file.TextPath is not { } textPath || !texts.TryGetValue(textPath, out var text) || text is null)
            {
                continue;
            }

            var found = (run.EvidenceFor(file.Path)?.Results ?? Enumerable.Empty<EvidenceResult>())
                .Where(r => r.Span is not null && r.ItemKey.Record is not null)
                .GroupBy(r => r.ItemKey.Record!.Value)
                .ToDictionary(g => g.Key, g => g.First().Span!);
            var records = new List<AnnotatedRecord>();
            foreach (var statement in file.Statements)
            {
                if (found.TryGetValue(new RecordKey(RecordKind.Statement, statement.Id.Value), out var span))
                {
                    records.Add(
                        new AnnotatedRecord(RecordKind.Statement, statement.Id.Value, span.Start, span.End, ComparedFields.Values(statement))
                        {
                            Statement = statement,
                        });
                }
            }

            foreach (var sanction in file.Sanctions)
            {
                if (found.TryGetValue(new RecordKey(RecordKind.Sanction, sanction.Id.Value), out var span))
                {
                    records.Add(
                        new AnnotatedRecord(RecordKind.Sanction, sanction.Id.Value, span.Start, span.End, ComparedFields.Values(sanction))
                        {
                            Sanction = sanction,
                        });
                }
            }

            articles.Add(new AnnotatorArticle(file.Document.Id.Value, Relative(folder, textPath), text, file, records));
        }

        return articles;
    }

    public IReadOnlyList<AnnotatedRecord> OfKind(RecordKind kind) => Records.Where(r => r.Kind == kind).ToList();

    private static string Relative(string folder, string path)
    {
        var prefix = folder.TrimEnd('/') + "/";
        return path.StartsWith(prefix, System.StringComparison.Ordinal) ? path.Substring(prefix.Length) : System.IO.Path.GetFileName(path);
    }
}
