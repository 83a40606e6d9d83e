using Dataset.Annotations.Diagnostics;
using Dataset.Cli.Invocation;
using Dataset.Cli.Text;

namespace Dataset.Cli.Commands;

/// <summary>`dataset show [KIND] ID`: every field of a record and its relations; an unknown id fails with suggestions.</summary>
internal static class ShowCommand
{
    public static Command Create(CommonOptions common)
    {
        var words = new Argument<string[]>("[KIND] ID")
        {
            Description = "The id, optionally after its kind (document, actor, statement, sanction)",
            Arity = new ArgumentArity(1, 2),
        };
        var command = new Command("show", "Every field of the record with this id and its relations. Exit 1 when no record has it.") { words };
        command.SetAction(result => Run(result.GetRequiredValue(words), result, common));
        return command;
    }

    private static int Run(string[] words, ParseResult result, CommonOptions common)
    {
        var (kind, id) = words switch
        {
            [var only] => ((ItemKind?)null, only),
            [var k, var i] => (ItemKinds.Parse(k)
                ?? throw new UsageException(
                    $"Unknown kind '{k}'; use one of {string.Join(", ", ItemKinds.Plurals)}{Suggestions.DidYouMean(k, ItemKinds.Plurals)}"), i),
            _ => throw new UsageException("'show' needs an id, for example 'dataset show lloyd-austin'."),
        };

        var context = common.Context;
        var corpus = common.Corpus(result);
        var c = corpus.Catalog;
        var found = DatasetItems.Find(c, id, kind);
        if (found.Count == 0)
        {
            var what = kind is { } k2 ? $"No {k2.Singular()}" : "No document, actor, statement or sanction";
            context.Error.WriteLine($"dataset: {what} has the id '{id}'{Suggestions.DidYouMean(id, DatasetItems.Ids(c, kind))}");
            context.Error.WriteLine($"'dataset list {(kind is { } k3 ? k3.Singular() + "s" : "actors")}' lists the ids.");
            return ExitCodes.Failure;
        }

        for (var i = 0; i < found.Count; i++)
        {
            if (i > 0)
            {
                context.Output.WriteLine();
            }

            switch (found[i].Item)
            {
                case Document d: ItemDetails.Write(context.Output, c, d); break;
                case Actor a: ItemDetails.Write(context.Output, c, a); break;
                case Statement s: ItemDetails.Write(context.Output, c, s, corpus.Articles); break;
                case Sanction s: ItemDetails.Write(context.Output, s, corpus.Articles); break;
            }
        }

        return ExitCodes.Success;
    }
}
