using Dataset.Annotations;
using Dataset.Annotations.Caching;
using Dataset.Annotations.Paths;
using Dataset.Annotations.Shards;

namespace Dataset.Cli.Invocation;

/// <summary>
/// Reads a folder of annotations (*.yaml, *.yml) and article texts (*.txt) with the build's own reader (the annotation engine) — the
/// parser, validator and evidence locator the build runs — for `validate` and for every command given a folder.
/// </summary>
internal static class AnnotationFolder
{
    /// <summary>What the folder holds: its files as read, and what the engine's reader made of them.</summary>
    public sealed record Contents(IReadOnlyList<KeyValuePair<string, string?>> Files, AnnotationReadResult Result)
    {
        public int AnnotationCount => AnnotationFolder.AnnotationCount(Files);

        /// <summary>The article texts read, by path, for the HTML report.</summary>
        public IReadOnlyDictionary<string, string> Texts =>
            Files.Where(f => ArticlePaths.IsArticleText(f.Key) && f.Value is not null).ToDictionary(f => f.Key, f => f.Value!, StringComparer.Ordinal);
    }

    public static Contents Read(string folder, string task, Progress progress)
    {
        var files = ReadFiles(folder, task, progress);
        progress.Note(task, "checking annotations against each other and their articles");
        // Referenced shards resolve as in the build, from the list the project's last build wrote.
        return new Contents(files, AnnotationReader.Read(files, Environment.CurrentDirectory, ReferencedAssemblyList.Find(folder)));
    }

    /// <summary>
    /// The build's checks on a folder, as `validate` runs them, with the analysis cache: when every file has the stamp
    /// an earlier run kept with its content and that run's diagnostics are remembered, those, without reading a file;
    /// else the files are read (each stamped first), and only what changed since an earlier run is analysed again.
    /// </summary>
    public static ValidatedFolder Check(string folder, CacheLocation location, Progress progress)
    {
        var cache = location.Open(folder);
        var references = ReferencedAssemblyList.Find(folder);
        var paths = FilePaths(folder);
        if (cache is not null && AnnotationReader.CheckUnread(paths, Environment.CurrentDirectory, references, cache) is { } unread)
        {
            progress.Note("validate", $"no file changed since the analysis the cache keeps ({Display(cache.FilePath)}); none read");
            return new ValidatedFolder(unread, AnnotationCount(paths));
        }

        var stamps = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        var files = Read(paths, "validate", progress, cache is null ? null : stamps);
        progress.Note("validate", "checking annotations against each other and their articles");
        var check = AnnotationReader.Check(files, Environment.CurrentDirectory, references, cache, cache is null ? null : stamps);
        if (cache is not null)
        {
            progress.Note("validate", check.Remembered
                ? $"no file changed since the analysis the cache keeps ({Display(cache.FilePath)})"
                : $"{cache.Reused(CacheStage.Parse)} annotation(s) read from the cache, {cache.Computed(CacheStage.Parse)} parsed; " +
                    $"{cache.Reused(CacheStage.Check)} check(s) from the cache, {cache.Computed(CacheStage.Check)} run");
        }

        return new ValidatedFolder(check, AnnotationCount(paths));
    }

    public static int AnnotationCount(IEnumerable<KeyValuePair<string, string?>> files) => AnnotationCount(files.Select(f => f.Key));

    public static int AnnotationCount(IEnumerable<string> paths) => paths.Count(ArticlePaths.IsAnnotation);

    /// <summary>Every *.yaml, *.yml and *.txt in any subfolder, in ordinal path order, with its text (null when unreadable).</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> ReadFiles(string folder, string task, Progress progress) =>
        Read(FilePaths(folder), task, progress, stamps: null);

    /// <summary>Every *.yaml, *.yml and *.txt in any subfolder, in ordinal path order.</summary>
    public static IReadOnlyList<string> FilePaths(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(p => ArticlePaths.IsAnnotation(p) || ArticlePaths.IsArticleText(p))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Each file's text, null when unreadable; its stamp taken before the read into <paramref name="stamps"/> when given.</summary>
    private static List<KeyValuePair<string, string?>> Read(
        IReadOnlyList<string> paths,
        string task,
        Progress progress,
        Dictionary<string, FileStamp>? stamps)
    {
        var files = new List<KeyValuePair<string, string?>>(paths.Count);
        foreach (var path in paths)
        {
            progress.Step(task, files.Count + 1, paths.Count, Display(path));
            if (stamps is not null && FileStamp.BeforeReading(path) is { } stamp)
            {
                stamps[ArticlePaths.Normalize(path)] = stamp;
            }

            files.Add(new(path, ReadText(path)));
        }

        return files;
    }

    /// <summary>A problem as the compiler prints it, its path relative to the current folder when under it.</summary>
    public static string Format(ValidationProblem problem) => (problem with { Path = Display(problem.Path) }).ToString();

    /// <summary>Paths under the current folder are shown relative to it, as a build shows them; others in full.</summary>
    public static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }

    private static string? ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}

/// <summary>A folder's problems as `validate` found them, and how many annotation files it holds.</summary>
internal sealed record ValidatedFolder(FolderCheck Check, int AnnotationCount);
