using Dataset.Annotations;
using Dataset.Annotations.Events;
using Dataset.Annotations.Model;
using Dataset.Annotations.Pipeline;
using Dataset.Cli.Invocation;

namespace Dataset.Cli.Commands;

/// <summary>
/// `dataset actors [PATH] [--duplicates]`: the actors that same-as makes one, each group under the id exports use
/// (docs/teams.md); with --duplicates, the pairs that look like one actor and that no same-as or distinct-from
/// decides, with the reasons: the same pairs as the build's info DS0043. Decides nothing.
/// </summary>
internal static class ActorsCommand
{
    public static Command Create(CommonOptions common)
    {
        var path = new Argument<string?>("PATH")
        {
            Description = "A folder of annotations [default: --annotations, else ./annotations, else ./seeds]",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var duplicates = new Option<bool>("--duplicates") { Description = "List the pairs of actors that may be one person or body, with the reasons" };
        var command = new Command(
            "actors",
            "Actors that are one: the same-as groups and the id exports use; with --duplicates, the likely duplicates no same-as or distinct-from decides.")
        {
            path, duplicates,
        };
        command.SetAction(result => Run(result.GetValue(path) ?? result.GetValue(common.Annotations), result.GetValue(duplicates), result, common));
        return command;
    }

    private static int Run(string? given, bool duplicates, ParseResult result, CommonOptions common)
    {
        var folder = CorpusLoader.SourceFolder(given);
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"No folder '{folder}' to read actors from.");
        }

        var run = new FolderRun(AnnotationFolder.ReadFiles(folder, "actors", common.ProgressFor(result)));
        var errors = run.Validated.SelectMany(f => f.Diagnostics).Select(ValidationProblem.From).Where(p => p.IsError)
            .OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column).ToList();
        foreach (var error in errors)
        {
            common.Context.Error.WriteLine(AnnotationFolder.Format(error));
        }

        if (errors.Count > 0)
        {
            throw new CorpusErrorsException(folder, errors.Count);
        }

        var output = common.Context.Output;
        if (duplicates)
        {
            var pairs = run.Links.Suggestions.Where(s => s.Kind == RecordKind.Actor).ToList();
            foreach (var pair in pairs)
            {
                output.WriteLine(
                    $"actor {pair.FirstId} {pair.SecondId}: {pair.Reason} ({AnnotationFolder.Display(pair.FirstPath)}, " +
                        $"{AnnotationFolder.Display(pair.SecondPath)})");
            }

            output.WriteLine($"actors: {pairs.Count} pair(s) that may be one actor; add same-as or distinct-from to each to decide it");
            return ExitCodes.Success;
        }

        var groups = ActorGroups.Of(run.Annotations);
        foreach (var group in groups)
        {
            output.WriteLine($"{group[0]}: {string.Join(", ", group)}");
        }

        output.WriteLine($"actors: {groups.Count} group(s) of actors that are one, each under its first id (the one exports use)");
        return ExitCodes.Success;
    }
}
