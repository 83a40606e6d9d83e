using Dataset.Annotations.Paths;

namespace Dataset.Cli.Invocation;

/// <summary>
/// Which dataset a command describes: the folder given with --annotations, else ./annotations when it exists, else
/// the seed corpus the tool carries. A folder is read by <see cref="AnnotationFolder"/> into the records generated
/// code would create; one with errors is reported as the build reports it and describes nothing.
/// </summary>
internal static class CorpusLoader
{
    /// <summary>The folder to read, or null for the carried corpus.</summary>
    public static string? Folder(string? option) => AnnotationFolders.Choose(Environment.CurrentDirectory, option) switch
    {
        { } folder when !Directory.Exists(folder) => throw new UsageException($"--annotations: no folder '{option}'."),
        var chosen => chosen,
    };

    /// <summary>
    /// The folder of YAML and articles a command that checks the sources reads (validate, coverage): as
    /// <see cref="Folder"/>, else the repository's seeds: the corpus the tool carries is compiled and keeps no YAML.
    /// </summary>
    public static string SourceFolder(string? given) =>
        AnnotationFolders.Choose(Environment.CurrentDirectory, given) ?? Path.GetFullPath("seeds");

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
