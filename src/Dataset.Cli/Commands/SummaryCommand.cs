using Dataset.Cli.Cli;
using Dataset.Cli.Text;

namespace Dataset.Cli.Commands;

/// <summary>`dataset` or `dataset summary`: counts, then every record grouped by kind.</summary>
internal static class SummaryCommand
{
    public static int Run(Arguments arguments, CliContext context)
    {
        if (arguments.HelpRequested)
        {
            return HelpCommand.Show("summary", context);
        }

        arguments.EnsureAllUsed("summary", 0);
        SummaryWriter.Write(context.Output, context.Catalog);
        return ExitCodes.Success;
    }
}
