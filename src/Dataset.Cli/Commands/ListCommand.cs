using Dataset.Annotations.Diagnostics;
using Dataset.Cli.Invocation;
using Dataset.Cli.Text;

namespace Dataset.Cli.Commands;

/// <summary>
/// `dataset list KIND [--long]`: one line per record of one kind: documents and actors in id order, statements and
/// sanctions in reading order; --long starts each line with where the record is declared.
/// </summary>
internal static class ListCommand
{
    public static Command Create(CommonOptions common)
    {
        var kind = new Argument<string>("KIND") { Description = string.Join("|", ItemKinds.Plurals), HelpName = "KIND" };
        kind.CompletionSources.Add(ItemKinds.Plurals.ToArray());
        var withSource = new Option<bool>("--long") { Description = "Start each line with path:line:col of the record's declaration." };
        var command = new Command("list", "One line per record of one kind: documents and actors in id order, statements and sanctions in reading order.")
        {
            kind, withSource,
        };
        command.SetAction(result => Run(result.GetRequiredValue(kind), result.GetValue(withSource), result, common));
        return command;
    }

    private static int Run(string word, bool withSource, ParseResult result, CommonOptions common)
    {
        var kind = ItemKinds.Parse(word)
            ?? throw new UsageException(
                $"Unknown kind '{word}'; use one of {string.Join(", ", ItemKinds.Plurals)}{Suggestions.DidYouMean(word, ItemKinds.Plurals)}");
        var c = common.Corpus(result).Catalog;
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
            common.Context.Output.WriteLine(withSource && source.IsKnown ? $"{source}  {line}" : line);
        }

        return ExitCodes.Success;
    }
}
