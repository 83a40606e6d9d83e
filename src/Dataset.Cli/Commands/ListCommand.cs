using Dataset.Cli.Cli;
using Dataset.Cli.Text;

namespace Dataset.Cli.Commands;

/// <summary>
/// `dataset list KIND [--long]`: one line per record of one kind: documents and actors in id order, statements and
/// sanctions in reading order; --long starts each line with where the record is declared.
/// </summary>
internal static class ListCommand
{
    public static int Run(Arguments arguments, CliContext context)
    {
        if (arguments.HelpRequested)
        {
            return HelpCommand.Show("list", context);
        }

        var withSource = arguments.Flag("long");
        arguments.EnsureAllUsed("list", 1);
        if (arguments.Positional.Count == 0)
        {
            throw new UsageException($"'list' needs a kind: {string.Join(", ", ItemKinds.Plurals)}.");
        }

        var word = arguments.Positional[0];
        var kind = ItemKinds.Parse(word)
            ?? throw new UsageException($"Unknown kind '{word}'; use one of {string.Join(", ", ItemKinds.Plurals)}.{Suggest.DidYouMean(word, ItemKinds.Plurals)}");
        var c = context.Catalog;
        var items = kind switch
        {
            ItemKind.Document => c.Documents.Select(d => (d.Source, Line: ItemLines.Of(d))),
            ItemKind.Actor => c.Actors.Select(a => (a.Source, Line: ItemLines.Of(a))),
            ItemKind.Statement => ReadingOrder.Of(c.Statements).Select(s => (s.Source, Line: ItemLines.Of(s))),
            _ => ReadingOrder.Of(c.Sanctions).Select(s => (s.Source, Line: ItemLines.Of(s))),
        };
        foreach (var (source, line) in items)
        {
            // path:line:col first, as compilers print it, so terminals and editors link it.
            context.Output.WriteLine(withSource && source.IsKnown ? $"{source}  {line}" : line);
        }

        return ExitCodes.Success;
    }
}
