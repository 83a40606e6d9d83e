using System.Globalization;
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
        output.WriteLine($"  precision {Share(detection.Agreed, detection.Found)}, recall {Share(detection.Agreed, detection.Gold)}");

        var drafts = DraftScore.Of(files);
        output.WriteLine();
        output.WriteLine("Each annotated article drafted as if it were new (nothing written), scored against its statements:");
        foreach (var statement in drafts.Statements.Where(s => !s.Overlapped || !s.Speaker))
        {
            output.WriteLine(
                $"{AnnotationFolder.Display(statement.TextPath)}: {statement.Statement}: " +
                    $"{(statement.Overlapped ? $"drafted as {statement.DraftedAs} with another speaker" : "no draft overlaps it")}");
        }

        output.WriteLine(
            $"drafts: {drafts.Articles} article(s) drafted as new, {drafts.Drafted} statement(s) drafted, {drafts.Gold} in the annotations, " +
                $"{drafts.Overlapped} overlapped by a draft");
        output.WriteLine(
            $"  overlapped {Share(drafts.Overlapped, drafts.Gold)}; of those, right speaker {Share(drafts.RightSpeaker, drafts.Overlapped)}, act " +
                $"{Share(drafts.RightAct, drafts.Overlapped)}, form {Share(drafts.RightForm, drafts.Overlapped)}");
        return ExitCodes.Success;
    }

    // With nothing to score a share is not 100 %: "none to score" says so instead of a perfect figure.
    private static string Share(int part, int whole) =>
        whole == 0 ? "none to score" : $"{(100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture)} % ({part} of {whole})";
}
