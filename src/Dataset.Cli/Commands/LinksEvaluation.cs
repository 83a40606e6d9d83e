using Dataset.Annotations.Evaluation;
using Dataset.Annotations.Model;
using Dataset.Cli.Invocation;

namespace Dataset.Cli.Commands;

/// <summary>
/// `dataset links --evaluate`: takes the folder's same-as links as the answer and says how well the identity key's
/// suggestions, made as if no record were linked, find it: the events of several articles they connect and each one
/// they miss with the parts of the key it fails, then the suggestions that are right and each wrong one with its reason.
/// </summary>
internal static class LinksEvaluation
{
    /// <summary>Writes the score of a folder's suggestions (<see cref="LinkScore.Of"/>) under a heading for events and one for suggestions.</summary>
    public static int Report(LinkScore score, TextWriter output)
    {
        output.WriteLine("Events reported by several articles (the annotations' same-as), and whether suggestions made without any link connect them:");
        foreach (var missed in score.Events.Where(e => !e.Connected))
        {
            output.WriteLine($"{missed.Kind.Word()} {string.Join(" ", missed.Ids)}: missed");
            foreach (var why in missed.Why)
            {
                output.WriteLine($"  {why}");
            }
        }

        output.WriteLine($"events: {score.Events.Count} reported by several articles, {score.Connected} connected by the suggestions");
        output.WriteLine($"  connected {Shares.Of(score.Connected, score.Events.Count)}");

        output.WriteLine();
        output.WriteLine("Suggestions made as if no record had same-as or distinct-from (nothing written), scored against the events:");
        foreach (var wrong in score.Suggestions.Where(s => !s.Right).Select(s => s.Suggestion))
        {
            output.WriteLine(
                $"{wrong}: wrong ({AnnotationFolder.Display(wrong.FirstPath)}, {AnnotationFolder.Display(wrong.SecondPath)})");
        }

        output.WriteLine($"suggestions: {score.Suggestions.Count} made, {score.Right} right (both records of one event)");
        output.WriteLine($"  right {Shares.Of(score.Right, score.Suggestions.Count)}");
        return ExitCodes.Success;
    }
}
