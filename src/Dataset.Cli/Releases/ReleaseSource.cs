using Dataset.Annotations;
using Dataset.Cli.Invocation;
using Dataset.Cli.Revisions;

namespace Dataset.Cli.Releases;

/// <summary>
/// One side of a comparison, as the command line names it: a folder of annotations when a folder of that name exists,
/// else <c>REVISION:PATH</c> of the current git repository, written as `git show` takes it (<c>v1.0:seeds</c>,
/// <c>HEAD~1:annotations</c>; the path from the repository's root).
/// </summary>
internal sealed record ReleaseSource(string Name, string? Folder, string? Revision, string? RevisionPath)
{
    public static ReleaseSource Parse(string argument)
    {
        if (Directory.Exists(argument))
        {
            return new ReleaseSource(argument, Path.GetFullPath(argument), null, null);
        }

        var colon = argument.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            return new ReleaseSource(argument, null, argument[..colon], argument[(colon + 1)..]);
        }

        throw new UsageException($"'{argument}' is neither a folder nor REVISION:PATH of the git repository (for example HEAD~1:seeds).");
    }

    /// <summary>The records of this release; a release with annotation errors is reported as the build reports it and describes nothing.</summary>
    public DatasetCatalog Read(CliContext context, Progress progress)
    {
        var files = Folder is not null ? AnnotationFolder.ReadFiles(Folder, "diff", progress) : GitTree.Read(Revision!, RevisionPath!);
        var result = AnnotationReader.Read(files, Environment.CurrentDirectory);
        foreach (var problem in result.Problems.Where(p => p.IsError))
        {
            context.Error.WriteLine($"{Name}: {AnnotationFolder.Format(problem)}");
        }

        if (result.HasErrors)
        {
            throw new CorpusErrorsException(Name, result.Problems.Count(p => p.IsError));
        }

        return new RecordDataCatalog(result.Files.Select(f => f.Data));
    }
}
