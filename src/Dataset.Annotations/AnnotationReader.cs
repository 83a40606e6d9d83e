using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Caching;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Paths;
using Dataset.Annotations.Pipeline;
using Dataset.Annotations.Shards;

namespace Dataset.Annotations;

/// <summary>The records one annotation file declares, as the compact data generated code embeds.</summary>
/// <param name="Path">The annotation file.</param>
/// <param name="Data">Its records, for the runtime's <c>Dataset.RecordDataCatalog</c>.</param>
public sealed record AnnotationRecordData(string Path, string Data);

/// <summary>What a set of annotations holds: every problem the build would report, and each file's records.</summary>
/// <param name="Problems">Every diagnostic, ordered by path, line, column, id and message.</param>
/// <param name="Files">The records of every file that declares any, ordered by path.</param>
public sealed record AnnotationReadResult(IReadOnlyList<ValidationProblem> Problems, IReadOnlyList<AnnotationRecordData> Files)
{
    /// <summary>True when any problem is an error: the build would fail, so the records are not to be used.</summary>
    public bool HasErrors => Problems.Any(p => p.IsError);

    /// <summary>
    /// Pairs of statements or sanctions in different articles that look like one event under the identity key and
    /// that no same-as or distinct-from decides (each also an info DS0038 in <see cref="Problems"/>), then pairs of
    /// actors that may be one (kind actor, each also an info DS0043), in kind and id order.
    /// </summary>
    public IReadOnlyList<Events.LinkSuggestion> LinkSuggestions { get; init; } = [];
}

/// <summary>
/// Reads annotations without a build, through the same parse, id index, evidence, validation and record-data
/// functions the incremental pipeline uses, so the command line, an app and the compiler cannot disagree.
/// </summary>
public static class AnnotationReader
{
    /// <summary>Reads annotations (*.yaml, *.yml) against each other and their article texts (*.txt).</summary>
    /// <param name="files">Absolute path and content of every file; a null content is a file that could not be read.</param>
    /// <param name="baseDirectory">The folder each record's <c>Source</c> path is relative to, as a build's project
    /// folder is (the tool gives the current folder, so that <c>path:line:col</c> opens from the terminal); without it,
    /// only the file name.</param>
    /// <param name="referencedAssemblies">Built shards' assemblies (a referenced project's or package's .dll) whose
    /// ids resolve here as they do in a build that references them; files that are not datasets are passed over.</param>
    public static AnnotationReadResult Read(
        IEnumerable<KeyValuePair<string, string?>> files,
        string? baseDirectory = null,
        IEnumerable<string>? referencedAssemblies = null)
    {
        var run = new FolderRun(files, baseDirectory ?? string.Empty, ShardAssemblies.Read(referencedAssemblies));
        var problems = Problems(run.Validated.SelectMany(file => file.Diagnostics));
        var records = run.RecordData()
            .Where(file => file.Data is not null)
            .OrderBy(file => file.File.File.Path, System.StringComparer.Ordinal)
            .Select(file => new AnnotationRecordData(file.File.File.Path, file.Data!))
            .ToList();
        return new AnnotationReadResult(problems, records) { LinkSuggestions = run.Links.Suggestions.ToList() };
    }

    /// <summary>
    /// Before the folder is read: its problems as the cache remembers them, when every file of
    /// <paramref name="paths"/> has the stamp the cache kept with its content (<see cref="StampedFolder"/>) and a
    /// complete analysis of exactly those contents is remembered; else null, and the files are to be read.
    /// </summary>
    internal static FolderCheck? CheckUnread(
        IReadOnlyCollection<string> paths,
        string baseDirectory,
        IEnumerable<string>? referencedAssemblies,
        AnalysisCache cache)
    {
        var normalized = paths.Select(ArticlePaths.Normalize).ToList();
        var shards = ShardAssemblies.Read(referencedAssemblies);
        return StampedFolder.Digest(cache.Stamps(), normalized, [], ArticlePaths.Normalize(baseDirectory), shards) is { } folder
            && cache.Remembered(folder) is { } remembered
            ? new FolderCheck(Problems(remembered.Files.Values.SelectMany(file => file.Checked)), Remembered: true)
            : null;
    }

    /// <summary>
    /// The problems of a folder as <see cref="Read"/> finds them, with the analysis cache of earlier runs: when nothing
    /// the analysis reads changed since a complete one, its diagnostics as the cache remembers them; else an analysis
    /// that takes each result it can from the cache. The cache then keeps this run.
    /// </summary>
    /// <param name="files">Every file's path and text, as read.</param>
    /// <param name="baseDirectory">The folder each record's path is relative to.</param>
    /// <param name="referencedAssemblies">Built shards' assemblies whose ids resolve here.</param>
    /// <param name="cache">The analysis cache, or null for none.</param>
    /// <param name="stamps">Each file's stamp taken before it was read, kept for <see cref="CheckUnread"/> of the next run.</param>
    internal static FolderCheck Check(
        IReadOnlyCollection<KeyValuePair<string, string?>> files,
        string baseDirectory,
        IEnumerable<string>? referencedAssemblies,
        AnalysisCache? cache,
        IReadOnlyDictionary<string, FileStamp>? stamps = null)
    {
        var shards = ShardAssemblies.Read(referencedAssemblies);
        if (cache is null)
        {
            return new FolderCheck(Problems(new FolderRun(files, baseDirectory, shards).Validated.SelectMany(file => file.Diagnostics)), Remembered: false);
        }

        var paths = files.Select(f => new KeyValuePair<string, string?>(ArticlePaths.Normalize(f.Key), f.Value)).ToList();
        var folder = AnalysisCache.FolderDigest(paths.Select(f => (f.Key, cache.ContentOf(f.Value))), ArticlePaths.Normalize(baseDirectory), shards);
        if (cache.Remembered(folder) is { } remembered)
        {
            if (stamps is not null)
            {
                cache.KeepStamps(Stamped(paths, stamps, cache));
            }

            return new FolderCheck(Problems(remembered.Files.Values.SelectMany(file => file.Checked)), Remembered: true);
        }

        var run = new FolderRun(paths, baseDirectory, shards, cache);
        cache.Save(folder, run.State, paths.Select(f => f.Key), stamps is null ? null : Stamped(paths, stamps, cache));
        return new FolderCheck(Problems(run.Validated.SelectMany(file => file.Diagnostics)), Remembered: false);
    }

    /// <summary>The stamp of each file read with one, beside the digest of what was read.</summary>
    private static Dictionary<string, StampedContent> Stamped(
        IEnumerable<KeyValuePair<string, string?>> files,
        IReadOnlyDictionary<string, FileStamp> stamps,
        AnalysisCache cache)
    {
        var stamped = new Dictionary<string, StampedContent>(System.StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file.Value is not null && stamps.TryGetValue(file.Key, out var stamp))
            {
                stamped[file.Key] = new StampedContent(stamp, cache.ContentOf(file.Value));
            }
        }

        return stamped;
    }

    /// <summary>Diagnostics as problems, ordered by path, line, column, id and message, whatever order they came in.</summary>
    private static List<ValidationProblem> Problems(IEnumerable<DiagnosticInfo> diagnostics) =>
        diagnostics
            .Select(ValidationProblem.From)
            .OrderBy(p => p.Path, System.StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column).ThenBy(p => p.Id, System.StringComparer.Ordinal)
            .ThenBy(p => p.Message, System.StringComparer.Ordinal)
            .ToList();
}

/// <summary>A folder's problems, and whether they are those the cache remembers of a complete analysis of the same files.</summary>
internal sealed record FolderCheck(IReadOnlyList<ValidationProblem> Problems, bool Remembered);
