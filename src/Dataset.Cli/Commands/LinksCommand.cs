using Dataset.Annotations.Evaluation;
using Dataset.Annotations.Model;
using Dataset.Cli.Invocation;

namespace Dataset.Cli.Commands;

/// <summary>
/// `dataset links [PATH]`: the pairs of statements or sanctions in different articles that look like one event under
/// the identity key (docs/events.md) and that no same-as or distinct-from decides, one pair a line with the reason.
/// The same pairs are the build's info DS0038; nothing is linked until the annotator writes same-as. With --evaluate,
/// the folder's same-as links are scored as the answer the suggestions should find (<see cref="LinksEvaluation"/>).
/// </summary>
internal static class LinksCommand
{
    public static Command Create(CommonOptions common)
    {
        var path = new Argument<string?>("PATH")
        {
            Description = "A folder of annotations [default: --annotations, else ./annotations, else ./seeds]",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var evaluate = new Option<bool>("--evaluate")
        {
            Description = "Take the folder's same-as links between statements and between sanctions as the answer and score against them the " +
                "suggestions made as if no record were linked: the events of several articles they connect, the suggestions that are right, each " +
                "miss with the part of the key it fails; nothing is written",
        };
        var command = new Command(
            "links",
            "Pairs of records in different articles that may report the same event and that no same-as or distinct-from decides: KIND ID ID: reason, one a " +
                "line. Links nothing.")
        {
            path, evaluate,
        };
        command.SetAction(result => Run(result.GetValue(path) ?? result.GetValue(common.Annotations), result, common, result.GetValue(evaluate)));
        return command;
    }

    private static int Run(string? given, ParseResult result, CommonOptions common, bool evaluate)
    {
        var folder = CorpusLoader.SourceFolder(given);
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"No folder '{folder}' to look for links in.");
        }

        if (evaluate)
        {
            var files = AnnotationFolder.ReadFiles(folder, "links", common.ProgressFor(result));
            return LinksEvaluation.Report(LinkScore.Of(files), common.Context.Output);
        }

        var contents = AnnotationFolder.Read(folder, "links", common.ProgressFor(result));
        // Actors that may be one are `dataset actors --duplicates`; links are between reports of events.
        var suggestions = contents.Result.LinkSuggestions.Where(s => s.Kind != RecordKind.Actor).ToList();
        foreach (var suggestion in suggestions)
        {
            common.Context.Output.WriteLine(
                $"{suggestion.Kind.Word()} {suggestion.FirstId} {suggestion.SecondId}: {suggestion.Reason} (" +
                    $"{AnnotationFolder.Display(suggestion.FirstPath)}, {AnnotationFolder.Display(suggestion.SecondPath)})");
        }

        common.Context.Output.WriteLine($"links: {suggestions.Count} suggested pair(s); add same-as or distinct-from to each to decide it");
        return ExitCodes.Success;
    }
}
