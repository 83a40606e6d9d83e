using System.CommandLine.Invocation;
using Dataset.Cli.Invocation;
using Dataset.Cli.Commands;

namespace Dataset.Cli;

/// <summary>
/// The command line, on System.CommandLine (help, --version, suggestions, response files, completions); returns the
/// process exit code (see <see cref="ExitCodes"/>): a wrong command line is 2, where System.CommandLine says 1.
/// </summary>
internal static class CommandLine
{
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        Run(
            args,
            new CliContext(
                new Corpus(Seeds.Catalog.Instance, ArticleTexts.FromAssembly(typeof(Seeds.Catalog).Assembly)),
                output,
                error,
                Progress.ForConsole(error)));

    public static int Run(string[] args, CliContext context)
    {
        var root = Root(context);
        var result = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = context.Output, Error = context.Error, EnableDefaultExceptionHandler = false };
        if (result.Action is ParseErrorAction parseError)
        {
            // The errors and "did you mean" all on standard error (System.CommandLine writes its suggestions to the
            // output), without the help text.
            parseError.ShowHelp = false;
            result.Invoke(new InvocationConfiguration { Output = context.Error, Error = context.Error, EnableDefaultExceptionHandler = false });
            return ExitCodes.Usage;
        }

        try
        {
            return result.Invoke(configuration);
        }
        catch (UsageException e)
        {
            context.Error.WriteLine($"dataset: {e.Message}");
            context.Error.WriteLine("Run 'dataset --help' for the commands and their options.");
            return ExitCodes.Usage;
        }
        catch (CorpusErrorsException e)
        {
            context.Error.WriteLine($"dataset: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (Revisions.GitRevisionException e)
        {
            context.Error.WriteLine($"dataset: {e.Message}");
            return ExitCodes.Failure;
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

    private static RootCommand Root(CliContext context)
    {
        var common = new CommonOptions(context);
        var root = new RootCommand(
            "dataset — the annotated news dataset: statements and sanctions with their evidence.\n" +
            "With no command, prints the summary. Exit codes: 0 success; 1 an unknown id, annotation errors or a file problem; 2 a wrong command line.")
        {
            common.Annotations,
            common.Progress,
            SummaryCommand.Create(common),
            ListCommand.Create(common),
            ShowCommand.Create(common),
            ValidateCommand.Create(common),
            CoverageCommand.Create(common),
            LinksCommand.Create(common),
            AgreeCommand.Create(common),
            AdjudicateCommand.Create(common),
            ActorsCommand.Create(common),
            NewCommand.Create(common),
            ExportCommand.Create(common),
            DiffCommand.Create(common),
            ImportCommand.Create(common),
            ReportCommand.Create(common),
            LspCommand.Create(common),
        };
        root.Add(HelpCommand(root));
        root.SetAction(result => SummaryCommand.Run(result, common));
        return root;
    }

    /// <summary>`dataset help [COMMAND]`: the same text as `dataset [COMMAND] --help`.</summary>
    private static Command HelpCommand(RootCommand root)
    {
        var name = new Argument<string?>("COMMAND") { Arity = ArgumentArity.ZeroOrOne, HelpName = "COMMAND" };
        name.CompletionSources.Add(root.Subcommands.Select(c => c.Name).ToArray());
        var help = new Command("help", "This text, or one command's.") { name };
        help.SetAction((result, cancellationToken) =>
        {
            string[] words = result.GetValue(name) is { } command ? [command, "--help"] : ["--help"];
            return root.Parse(words).InvokeAsync(result.InvocationConfiguration, cancellationToken);
        });
        return help;
    }
}
