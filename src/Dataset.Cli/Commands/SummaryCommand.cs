using Dataset.Cli.Invocation;
using Dataset.Cli.Text;

namespace Dataset.Cli.Commands;

/// <summary>`dataset` or `dataset summary`: counts, then every record grouped by kind.</summary>
internal static class SummaryCommand
{
    public const string Description = "Counts, then every document, actor, statement (speaker, evidence) and sanction (imposer, targets, status).";

    public static Command Create(CommonOptions common)
    {
        var command = new Command("summary", Description);
        command.SetAction(result => Run(result, common));
        return command;
    }

    public static int Run(ParseResult result, CommonOptions common)
    {
        SummaryWriter.Write(common.Context.Output, common.Corpus(result).Catalog);
        return ExitCodes.Success;
    }
}
