using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Text;
using Dataset.Annotations.Model;
using Dataset.Annotations.Pipeline;

namespace Dataset.Annotations.Evaluation;

/// <summary>One statement of an annotation as a gold answer: where its evidence is, and who said what, how.</summary>
internal sealed record GoldStatement(string Id, TextRange Evidence, string Speaker, string Act, string Form);

/// <summary>
/// An annotated article read as a gold answer: its text, its statements with their evidence located, and the
/// passages its annotation leaves unannotated with a reason. A sentence is attributed in the gold answer when a
/// statement's evidence or an unannotated passage overlaps it (sanction evidence alone does not make it one).
/// </summary>
internal sealed record AnnotatedArticle(
    AnnotationFile Annotation,
    string TextPath,
    string Text,
    IReadOnlyList<GoldStatement> Statements,
    IReadOnlyList<TextRange> Unannotated)
{
    /// <summary>Every annotated article of a set of files whose annotation validates, in path order.</summary>
    public static IReadOnlyList<AnnotatedArticle> In(IEnumerable<KeyValuePair<string, string?>> files)
    {
        var list = files.ToList();
        var texts = list.ToDictionary(f => Paths.ArticlePaths.Normalize(f.Key), f => f.Value, System.StringComparer.Ordinal);
        var run = new FolderRun(list);
        var articles = new List<AnnotatedArticle>();
        foreach (var file in run.Annotations.OrderBy(a => a.Path, System.StringComparer.Ordinal))
        {
            if (file.TextPath is not { } textPath || !texts.TryGetValue(textPath, out var text) || text is null)
            {
                continue;
            }

            var found = (run.EvidenceFor(file.Path)?.Results ?? Enumerable.Empty<EvidenceResult>()).Where(r => r.Span is not null)
                .ToDictionary(r => r.ItemKey, r => new TextRange(r.Span!.Start, r.Span.End));
            var statements = file.Statements
                .Where(s => found.ContainsKey(EvidenceKey.Of(RecordKind.Statement, s.Id.Value)))
                .Select(s => new GoldStatement(s.Id.Value, found[EvidenceKey.Of(RecordKind.Statement, s.Id.Value)], s.Speaker.Value, s.Act, s.Form))
                .ToList();
            var unannotated = found.Where(f => f.Key.IsUnannotated).Select(f => f.Value).ToList();
            articles.Add(new AnnotatedArticle(file, textPath, text, statements, unannotated));
        }

        return articles;
    }

    /// <summary>Whether the gold answer counts the range as an attributed sentence.</summary>
    public bool IsAttributed(TextRange sentence) => Statements.Any(s => s.Evidence.Overlaps(sentence)) || Unannotated.Any(sentence.Overlaps);
}
