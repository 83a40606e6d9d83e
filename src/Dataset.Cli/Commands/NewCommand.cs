using Dataset.Cli.Invocation;
using Dataset.Cli.Text;

namespace Dataset.Cli.Commands;

/// <summary>`dataset new ARTICLE.txt`: writes a starter annotation beside the article, never over an existing file unless --force.</summary>
internal static class NewCommand
{
    public static Command Create(CommonOptions common)
    {
        var article = new Argument<string>("ARTICLE.txt") { Description = "The article, saved as plain text" };
        var output = new Option<string?>("--output") { Description = "Where to write the annotation [default: ARTICLE.yaml beside the article]", HelpName = "FILE" };
        var force = new Option<bool>("--force") { Description = "Replace an existing annotation" };
        var command = new Command("new", "Writes a starter annotation beside the article (ARTICLE.yaml) to fill in.") { article, output, force };
        command.SetAction(result => Run(result.GetRequiredValue(article), result.GetValue(output), result.GetValue(force), common.Context));
        return command;
    }

    private static int Run(string articlePath, string? output, bool force, CliContext context)
    {
        var article = Path.GetFullPath(articlePath);
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
        var annotation = StarterAnnotation.For(textName, File.ReadAllText(article));
        WholeFile.WriteText(target, writer => writer.Write(annotation));
        context.Output.WriteLine($"wrote {target}");
        context.Output.WriteLine("Fill in actors, statements and sanctions, then run 'dataset validate' on its folder.");
        return ExitCodes.Success;
    }
}
