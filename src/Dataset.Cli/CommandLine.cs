using Dataset.Cli.Cli;
using Dataset.Cli.Commands;

namespace Dataset.Cli;

/// <summary>Dispatches the command line to a command; returns the process exit code (see <see cref="ExitCodes"/>).</summary>
internal static class CommandLine
{
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        Run(args, new CliContext(Seeds.Catalog.Instance, ArticleTexts.Embedded, output, error, Progress.ForConsole(error)));

    public static int Run(string[] args, CliContext context)
    {
        try
        {
            var arguments = new Arguments(args.Skip(1));
            var command = args.Length == 0 ? "summary" : args[0];
            return command switch
            {
                "summary" => SummaryCommand.Run(arguments, context),
                "list" => ListCommand.Run(arguments, context),
                "show" => ShowCommand.Run(arguments, context),
                "validate" => ValidateCommand.Run(arguments, context),
                "coverage" => CoverageCommand.Run(arguments, context),
                "new" => NewCommand.Run(arguments, context),
                "export" => ExportCommand.Run(arguments, context),
                "report" => ReportCommand.Run(arguments, context),
                "help" or "--help" or "-h" or "-?" => HelpCommand.Run(arguments, context),
                _ => throw new UsageException($"Unknown command '{command}'.{Suggest.DidYouMean(command, HelpCommand.CommandNames)}"),
            };
        }
        catch (UsageException e)
        {
            context.Error.WriteLine($"dataset: {e.Message}");
            context.Error.WriteLine("Run 'dataset help' for the commands and their options.");
            return ExitCodes.Usage;
        }
        catch (IOException e)
        {
            context.Error.WriteLine($"dataset: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (UnauthorizedAccessException e)
        {
            context.Error.WriteLine($"dataset: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
