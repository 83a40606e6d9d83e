using Dataset.Annotations;
using Dataset.Annotations.Agreement;
using Dataset.Annotations.Paths;
using Dataset.Annotations.Pipeline;
using Dataset.Cli.Invocation;

namespace Dataset.Cli.Teams;

/// <summary>
/// One annotator's source read by the build's own steps: its problems printed as the build prints them, and its
/// annotated articles with their evidence located. A source with errors is compared with nothing.
/// </summary>
internal sealed record AnnotatorRun(AnnotatorSource Source, FolderRun Run, IReadOnlyList<AnnotatorArticle> Articles)
{
    public static AnnotatorRun Read(AnnotatorSource source, TextWriter error)
    {
        var run = new FolderRun(source.Files);
        var problems = run.Validated.SelectMany(f => f.Diagnostics).Select(ValidationProblem.From)
            .Where(p => p.IsError)
            .OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column)
            .ToList();
        foreach (var problem in problems)
        {
            error.WriteLine((problem with { Path = source.Display(problem.Path) }).ToString());
        }

        if (problems.Count > 0)
        {
            throw new CorpusErrorsException(source.Label, problems.Count);
        }

        var texts = source.Files.ToDictionary(f => ArticlePaths.Normalize(f.Key), f => f.Value, StringComparer.Ordinal);
        return new AnnotatorRun(source, run, AnnotatorArticle.In(run, texts, source.Root));
    }
}
