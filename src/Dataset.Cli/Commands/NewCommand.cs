using Dataset.Annotations.Drafting;
using Dataset.Annotations.Pipeline;
using Dataset.Annotations.Shards;
using Dataset.Cli.Invocation;
using Dataset.Cli.Text;

namespace Dataset.Cli.Commands;

/// <summary>`dataset new ARTICLE.txt`: writes a starter annotation beside the article, never over an existing file unless --force.</summary>
internal static class NewCommand
{
    public static Command Create(CommonOptions common)
    {
        var article = new Argument<string>("ARTICLE.txt") { Description = "The article, saved as plain text" };
        var output = new Option<string?>("--output")
        {
            Description = "Where to write the annotation [default: ARTICLE.yaml beside the article]",
            HelpName = "FILE",
        };
        var force = new Option<bool>("--force") { Description = "Replace an existing annotation" };
        var draft = new Option<bool>("--draft")
        {
            Description = "Draft the actors, statements and sanctions from the article, each marked 'draft: true' for review",
        };
        var command = new Command(
            "new", "Writes a starter annotation beside the article (ARTICLE.yaml) to fill in, or with --draft one drafted from the article.")
        {
            article, output, force, draft,
        };
        command.SetAction(
            result => Run(result.GetRequiredValue(article), result.GetValue(output), result.GetValue(force), result.GetValue(draft), common.Context));
        return command;
    }

    private static int Run(string articlePath, string? output, bool force, bool draft, CliContext context)
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
        var text = File.ReadAllText(article);
        var folderFiles = OtherAnnotations(target);
        if (!draft)
        {
            var publishers = PublisherNames.In(folderFiles);
            WholeFile.WriteText(target, writer => writer.Write(StarterAnnotation.For(textName, text, publishers)));
            context.Output.WriteLine($"wrote {target}");
            context.Output.WriteLine("Fill in actors, statements and sanctions, then run 'dataset validate' on its folder.");
            return ExitCodes.Success;
        }

        // One analysis of the folder gives both the draft's context and the publishers its annotations name.
        var folder = Path.GetDirectoryName(target)!;
        var run = new FolderRun(folderFiles, folder, ShardAssemblies.Read(ReferencedAssemblyList.Find(folder)));
        var drafted = FolderDrafts.Draft(run.State, text, StarterAnnotation.Published(textName), annotationPath: null);
        WholeFile.WriteText(target, writer => writer.Write(StarterAnnotation.WithDraft(textName, text, PublisherNames.Of(run.Annotations), drafted)));
        context.Output.WriteLine(
            $"wrote {target}: {drafted.Actors.Count} actor(s), {drafted.Statements.Count} statement(s), {drafted.Sanctions.Count} sanction(s) drafted, each " +
                "marked 'draft: true'");
        context.Output.WriteLine(
            "Check each entry against the article, correct it and remove its mark; 'dataset validate' lists the entries still marked (DS0032).");
        return ExitCodes.Success;
    }

    /// <summary>The folder's files the new annotation joins, without the one it replaces.</summary>
    private static List<KeyValuePair<string, string?>> OtherAnnotations(string target)
    {
        var folder = Path.GetDirectoryName(target)!;
        return (Directory.Exists(folder) ? AnnotationFolder.ReadFiles(folder, "new", Progress.Silent) : [])
            .Where(f => !string.Equals(Path.GetFullPath(f.Key), target, StringComparison.Ordinal))
            .ToList();
    }
}
