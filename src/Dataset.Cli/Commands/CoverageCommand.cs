using Dataset.Annotations.Pipeline;
using Dataset.Annotations.Shards;
using Dataset.Annotations.Coverage;
using Dataset.Cli.Invocation;
using Dataset.Annotations;

namespace Dataset.Cli.Commands;

/// <summary>
/// `dataset coverage`: per article, how many of its quoted passages and attributed sentences the annotation covers,
/// then each one nothing covers. The analysis is the build's own (DS0028, run by the engine's
/// <see cref="AnnotationCoverage"/>); the result is advice, so the exit code is 0.
/// </summary>
internal static class CoverageCommand
{
    public static Command Create(CommonOptions common)
    {
        var evaluate = new Option<bool>("--evaluate")
        {
            Description = "Take the annotations as gold answers and score against them the check's attributed sentences (precision, recall) and a draft of " +
                "each article made as if it were new (overlap, speaker, act, form); nothing is written",
        };
        var draft = new Option<bool>("--draft")
        {
            Description = "Also print, for each article, the entries drafted for what no annotation covers, each marked 'draft: true', to paste into its " +
                "annotation",
        };
        var command = new Command(
            "coverage", "Quoted passages and attributed sentences no annotation covers yet, per article, as path:line:col. Always exit 0: it is advice.")
        {
            evaluate, draft,
        };
        command.SetAction(result => result.GetValue(evaluate)
            ? Evaluate(CorpusLoader.SourceFolder(result.GetValue(common.Annotations)), common.Context.Output, common.ProgressFor(result))
            : Report(
                CorpusLoader.SourceFolder(result.GetValue(common.Annotations)),
                common.Context.Output,
                common.ProgressFor(result),
                result.GetValue(draft)));
        return command;
    }

    private static int Evaluate(string folder, TextWriter output, Progress progress)
    {
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
        {
            throw new UsageException($"No annotations folder '{full}'.");
        }

        return CoverageEvaluation.Report(AnnotationFolder.ReadFiles(full, "coverage", progress), output);
    }

    /// <summary>Writes the coverage of every annotated article under <paramref name="folder"/> to <paramref name="output"/>.</summary>
    public static int Report(string folder, TextWriter output, Progress progress, bool draft = false)
    {
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
        {
            throw new UsageException($"No annotations folder '{full}'.");
        }

        var files = AnnotationFolder.ReadFiles(full, "coverage", progress);
        progress.Note("coverage", "finding quoted passages and attributed sentences");
        // With --draft the run also drafts, so it knows the referenced shards' actors; one run serves both.
        var run = draft ? new FolderRun(files, full, ShardAssemblies.Read(ReferencedAssemblyList.Find(full))) : new FolderRun(files);
        var documents = AnnotationCoverage.Analyze(run);
        foreach (var document in documents)
        {
            output.WriteLine($"{AnnotationFolder.Display(document.TextPath)} (annotated in {Path.GetFileName(document.AnnotationPath)})");
            if (!document.IsJudged)
            {
                output.WriteLine($"  {document.NotJudged}");
                continue;
            }

            output.WriteLine($"  {document.QuotedAnnotated} of {document.QuotedPassages} quoted passages annotated");
            output.WriteLine($"  {document.AttributedAnnotated} of {document.AttributedSentences} attributed sentences annotated");
            if (document.Reasoned > 0)
            {
                output.WriteLine($"  {document.Reasoned} of them left unannotated with a reason");
            }

            foreach (var passage in document.Uncovered)
            {
                output.WriteLine(
                    $"{AnnotationFolder.Display(passage.Path)}:{passage.Line}:{passage.Column}: " +
                        $"{(passage.Kind == PassageKind.Quote ? "quoted passage" : "attributed sentence")} {passage.Text}");
            }
        }

        var uncovered = documents.Sum(d => d.Uncovered.Count);
        var notJudged = documents.Count(d => !d.IsJudged);
        output.WriteLine(
            $"coverage: {documents.Count} document(s), {uncovered} passage(s) not annotated" +
                (notJudged == 0 ? string.Empty : $", {notJudged} document(s) in a language not covered, nothing judged"));
        if (draft)
        {
            CoverageDrafts.Write(run, files, output);
        }

        return ExitCodes.Success;
    }
}
