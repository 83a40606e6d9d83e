using Dataset.Cli.Cli;

namespace Dataset.Cli.Commands;

/// <summary>`dataset help [COMMAND]` and `--help` anywhere: what every command does and takes.</summary>
internal static class HelpCommand
{
    private static readonly (string Name, string Usage, string Description)[] Commands =
    [
        ("summary", "dataset [summary]", "Counts, then every document, actor, statement (speaker, evidence) and sanction (imposer, targets, status)."),
        ("list", "dataset list documents|actors|statements|sanctions", "One line per record of one kind, in id order."),
        ("show", "dataset show [KIND] ID", "Every field of the record with this id and its relations. Exit 1 when no record has it."),
        ("validate", "dataset validate [PATH] [--progress]", "The build's checks on a folder (default: seeds) or one annotation, without building.\n      Prints path(line,col): error|warning DSnnnn: message; exit 1 when there is an error."),
        ("coverage", "dataset coverage [--annotations DIR] [--progress]", "Per article, N of M quoted passages and attributed sentences annotated (default DIR: ./annotations,\n      else seeds), then each one not annotated as path:line:col with its text. Advice: exit 0."),
        ("new", "dataset new ARTICLE.txt [--output FILE] [--force]", "Writes a starter annotation beside the article (ARTICLE.yaml) to fill in."),
        ("export", "dataset export [--format json|jsonl|csv|ftm] [--kind KIND] [--output PATH] [--progress]", "The dataset as JSON (default), JSON Lines, CSV or FollowTheMoney entities, to standard output or PATH.\n      CSV needs --kind, or --output DIR for one file per kind."),
        ("report", "dataset report [--output FILE] [--progress]", "One self-contained HTML page (default: dataset-report.html): each article with its evidence highlighted\n      and linked, the actors, and a graph of who said what to whom and who sanctions whom."),
        ("help", "dataset help [COMMAND]", "This text, or one command's."),
    ];

    public static IEnumerable<string> CommandNames => Commands.Select(c => c.Name);

    public static int Run(Arguments arguments, CliContext context)
    {
        arguments.EnsureAllUsed("help", 1);
        if (arguments.Positional is [var command])
        {
            if (!Commands.Any(c => c.Name == command))
            {
                throw new UsageException($"Unknown command '{command}'.{Suggest.DidYouMean(command, CommandNames)}");
            }

            return Show(command, context);
        }

        var w = context.Output;
        w.WriteLine("dataset — the annotated news dataset: statements and sanctions with their evidence.");
        w.WriteLine();
        w.WriteLine("Commands:");
        foreach (var (_, usage, description) in Commands)
        {
            w.WriteLine($"  {usage}");
            w.WriteLine($"      {description}");
        }

        w.WriteLine();
        w.WriteLine("Exit codes: 0 success; 1 an unknown id, annotation errors or a file problem; 2 a wrong command line.");
        w.WriteLine("Progress goes to standard error on a terminal, or always with --progress.");
        return ExitCodes.Success;
    }

    public static int Show(string command, CliContext context)
    {
        var (_, usage, description) = Commands.Single(c => c.Name == command);
        context.Output.WriteLine($"usage: {usage}");
        context.Output.WriteLine($"      {description}");
        return ExitCodes.Success;
    }
}
