using Dataset.Cli.Cli;
using Dataset.Cli.Text;

namespace Dataset.Cli.Commands;

/// <summary>`dataset new ARTICLE.txt`: writes a starter annotation beside the article, never over an existing file unless --force.</summary>
internal static class NewCommand
{
    public static int Run(Arguments arguments, CliContext context)
    {
        if (arguments.HelpRequested)
        {
            return HelpCommand.Show("new", context);
        }

        var output = arguments.Option("output");
        var force = arguments.Flag("force");
        arguments.EnsureAllUsed("new", 1);
        if (arguments.Positional.Count == 0)
        {
            throw new UsageException("'new' needs the article's text file, for example 'dataset new seeds/2022-10-22-dawn-slug.txt'.");
        }

        var article = Path.GetFullPath(arguments.Positional[0]);
        if (!File.Exists(article))
        {
            context.Error.WriteLine($"dataset: no article text at '{article}'. Save the article as plain text first.");
            return ExitCodes.Failure;
        }

        var target = Path.GetFullPath(output ?? Path.ChangeExtension(article, ".yaml"));
        if (File.Exists(target) && !force)
        {
            context.Error.WriteLine($"dataset: '{target}' exists; give --force to replace it or --output to write elsewhere.");
            return ExitCodes.Failure;
        }

        var textName = Path.GetRelativePath(Path.GetDirectoryName(target)!, article).Replace('\\', '/');
        File.WriteAllText(target, StarterAnnotation.For(textName, File.ReadAllText(article)));
        context.Output.WriteLine($"wrote {target}");
        context.Output.WriteLine("Fill in actors, statements and sanctions, then run 'dataset validate' on its folder.");
        return ExitCodes.Success;
    }
}
