using Dataset.Cli.Cli;
using Dataset.Cli.Text;

namespace Dataset.Cli.Commands;

/// <summary>`dataset list KIND`: one line per record of one kind, in id order.</summary>
internal static class ListCommand
{
    public static Command Create(CommonOptions common)
    {
        var kind = new Argument<string>("KIND") { Description = string.Join("|", ItemKinds.Plurals), HelpName = "KIND" };
        kind.CompletionSources.Add(ItemKinds.Plurals.ToArray());
        var command = new Command("list", "One line per record of one kind, in id order.") { kind };
        command.SetAction(result => Run(result.GetRequiredValue(kind), result, common));
        return command;
    }

    private static int Run(string word, ParseResult result, CommonOptions common)
    {
        var kind = ItemKinds.Parse(word)
            ?? throw new UsageException($"Unknown kind '{word}'; use one of {string.Join(", ", ItemKinds.Plurals)}.{Suggest.DidYouMean(word, ItemKinds.Plurals)}");
        var c = common.Corpus(result).Catalog;
        var lines = kind switch
        {
            ItemKind.Document => c.Documents.Select(ItemLines.Of),
            ItemKind.Actor => c.Actors.Select(ItemLines.Of),
            ItemKind.Statement => c.Statements.Select(ItemLines.Of),
            _ => c.Sanctions.Select(ItemLines.Of),
        };
        foreach (var line in lines)
        {
            common.Context.Output.WriteLine(line);
        }

        return ExitCodes.Success;
    }
}
