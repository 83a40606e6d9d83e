using Dataset.Export;

namespace Dataset.Cli.Invocation;

/// <summary>
/// Which dataset a command describes: the folder given with --annotations, else ./annotations when it exists, else
/// the seed corpus the tool carries. A folder is read by <see cref="AnnotationFolder"/> into the records generated
/// code would create; one with errors is reported as the build reports it and describes nothing.
/// </summary>
internal static class CorpusLoader
{
    public const string DefaultFolder = "annotations";

    /// <summary>The folder to read, or null for the carried corpus.</summary>
    public static string? Folder(string? option)
    {
        if (option is not null)
        {
            var folder = Path.GetFullPath(option);
            return Directory.Exists(folder) ? folder : throw new UsageException($"--annotations: no folder '{option}'.");
        }

        return Directory.Exists(DefaultFolder) ? Path.GetFullPath(DefaultFolder) : null;
    }

    public static Corpus Load(string? option, CliContext context, Progress progress)
    {
        if (Folder(option) is not { } folder)
        {
            return context.Carried;
        }

        var contents = AnnotationFolder.Read(folder, "read", progress);
        foreach (var problem in contents.Result.Problems)
        {
            context.Error.WriteLine(AnnotationFolder.Format(problem));
        }

        if (contents.Result.HasErrors)
        {
            throw new CorpusErrorsException(folder, contents.Result.Problems.Count(p => p.IsError));
        }

        progress.Note("read", $"{contents.AnnotationCount} annotation file(s)");
        return new Corpus(new RecordDataCatalog(contents.Result.Files.Select(f => f.Data)), ArticleTexts.FromFileNames(contents.Texts));
    }
}

/// <summary>The folder has annotation errors (already printed); the command exits with <see cref="ExitCodes.Failure"/>.</summary>
internal sealed class CorpusErrorsException(string folder, int errors)
    : Exception($"{AnnotationFolder.Display(folder)} has {errors} annotation error(s); a folder is described only when it has none.");
