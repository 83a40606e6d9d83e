using Dataset.Annotations.Evaluation;
using Dataset.Cli.Invocation;

namespace Dataset.Cli.Commands;

/// <summary>
/// `dataset coverage --evaluate`: takes the folder's annotations as gold answers and says how well the coverage
/// check's attributed sentences agree with them (precision, recall, and each sentence they disagree on), and how close
/// a draft of each article comes to its statements (overlapped, right speaker, act and form).
/// </summary>
internal static class CoverageEvaluation
{
    public static int Report(IReadOnlyList<KeyValuePair<string, string?>> files, TextWriter output)
    {
        var articles = AnnotatedArticle.In(files);
        var detection = DetectionScore.Of(articles);
        output.WriteLine("The coverage check's attributed sentences, scored against the annotations:");
        foreach (var disagreement in detection.Disagreements)
        {
            var what = disagreement.Gold ? "missed" : "not in the annotation";
            output.WriteLine($"{AnnotationFolder.Display(disagreement.TextPath)}:{disagreement.Line}: {what}: {disagreement.Sentence}");
        }

        output.WriteLine(
            $"attributed sentences: {detection.Articles} article(s), {detection.SentencesRead} sentence(s), {detection.Gold} attributed in the annotations, " +
                $"{detection.Found} found, {detection.Agreed} both");
        output.WriteLine($"  precision {Shares.Of(detection.Agreed, detection.Found)}, recall {Shares.Of(detection.Agreed, detection.Gold)}");

        var drafts = DraftScore.Of(files);
        output.WriteLine();
        output.WriteLine("Each annotated article drafted as if it were new (nothing written), scored against its statements:");
        foreach (var statement in drafts.Statements.Where(s => !s.Overlapped || !s.Speaker || !s.Act))
        {
            output.WriteLine($"{AnnotationFolder.Display(statement.TextPath)}: {statement.Statement}: {Miss(statement)}");
        }

        output.WriteLine(
            $"drafts: {drafts.Articles} article(s) drafted as new, {drafts.Drafted} statement(s) drafted, {drafts.Gold} in the annotations, " +
                $"{drafts.Overlapped} overlapped by a draft");
        output.WriteLine(
            $"  overlapped {Shares.Of(drafts.Overlapped, drafts.Gold)}; of those, right speaker {Shares.Of(drafts.RightSpeaker, drafts.Overlapped)}, act " +
                $"{Shares.Of(drafts.RightAct, drafts.Overlapped)}, form {Shares.Of(drafts.RightForm, drafts.Overlapped)}");
        return ExitCodes.Success;
    }

    /// <summary>What a draft got wrong of a gold statement: none overlaps it, or its speaker, or its act (drafted, then the annotation's).</summary>
    private static string Miss(DraftedGold statement)
    {
        if (!statement.Overlapped)
        {
            return "no draft overlaps it";
        }

        var wrong = new List<string>();
        if (!statement.Speaker)
        {
            wrong.Add("another speaker");
        }

        if (!statement.Act)
        {
            wrong.Add($"act {statement.DraftedAct}, not {statement.GoldAct}");
        }

        return $"drafted as {statement.DraftedAs} with {string.Join(" and ", wrong)}";
    }
}
