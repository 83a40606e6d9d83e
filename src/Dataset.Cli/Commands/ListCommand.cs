using Dataset.Cli.Cli;
using Dataset.Cli.Text;

namespace Dataset.Cli.Commands;

/// <summary>`dataset list KIND`: one line per record of one kind: documents and actors in id order, statements and sanctions in reading order.</summary>
internal static class ListCommand
{
    public static int Run(Arguments arguments, CliContext context)
    {
        if (arguments.HelpRequested)
        {
            return HelpCommand.Show("list", context);
        }

        arguments.EnsureAllUsed("list", 1);
        if (arguments.Positional.Count == 0)
        {
            throw new UsageException($"'list' needs a kind: {string.Join(", ", ItemKinds.Plurals)}.");
        }

        var word = arguments.Positional[0];
        var kind = ItemKinds.Parse(word)
            ?? throw new UsageException($"Unknown kind '{word}'; use one of {string.Join(", ", ItemKinds.Plurals)}.{Suggest.DidYouMean(word, ItemKinds.Plurals)}");
        var c = context.Catalog;
        var lines = kind switch
        {
            ItemKind.Document => c.Documents.Select(ItemLines.Of),
            ItemKind.Actor => c.Actors.Select(ItemLines.Of),
            ItemKind.Statement => ReadingOrder.Of(c.Statements).Select(ItemLines.Of),
            _ => ReadingOrder.Of(c.Sanctions).Select(ItemLines.Of),
        };
        foreach (var line in lines)
        {
            context.Output.WriteLine(line);
        }

        return ExitCodes.Success;
    }
}
