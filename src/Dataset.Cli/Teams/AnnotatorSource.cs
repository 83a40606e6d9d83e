using Dataset.Annotations.Paths;
using Dataset.Cli.Invocation;
using Dataset.Cli.Revisions;

namespace Dataset.Cli.Teams;

/// <summary>
/// One annotator's annotations, from a folder or from git: <c>DIR</c> (an existing folder), <c>REV:PATH</c> (git's
/// own syntax: the folder PATH, from the repository's top, as revision REV holds it; <c>REV:./PATH</c> from the
/// current folder), or a bare <c>REV</c> (the folder the tool would read, --annotations, else ./annotations, else
/// seeds, as REV holds it).
/// </summary>
/// <param name="Label">How the source is named in messages: the folder, or REV:PATH.</param>
/// <param name="Root">The folder the files are given under (for git, a name under the current folder that is never written).</param>
/// <param name="Files">Every annotation and article text, path and content.</param>
internal sealed record AnnotatorSource(string Label, string Root, IReadOnlyList<KeyValuePair<string, string?>> Files)
{
    public static AnnotatorSource Resolve(string given, string? defaultFolder)
    {
        if (Directory.Exists(given))
        {
            var root = ArticlePaths.Normalize(Path.GetFullPath(given));
            return new AnnotatorSource(AnnotationFolder.Display(root), root, AnnotationFolder.ReadFiles(root, "read", Progress.Silent));
        }

        var treeish = given.Contains(':', StringComparison.Ordinal) ? given
            : GitTree.IsRevision(given) ? given + ":./" + Path.GetRelativePath(Environment.CurrentDirectory, defaultFolder ?? "seeds").Replace('\\', '/')
            : null;
        IReadOnlyList<KeyValuePair<string, string?>> files;
        try
        {
            files = treeish is null ? throw new GitRevisionException(given) : GitTree.ReadTree(treeish);
        }
        catch (GitRevisionException)
        {
            throw new UsageException($"'{given}' is neither a folder nor a git revision of this repository (REV, or REV:PATH for a folder in it).");
        }

        var virtualRoot = ArticlePaths.Normalize(Path.Combine(Environment.CurrentDirectory, ".git-revision-" + Sanitize(treeish)));
        return new AnnotatorSource(
            treeish,
            virtualRoot,
            files.Where(f => ArticlePaths.IsAnnotation(f.Key) || ArticlePaths.IsArticleText(f.Key))
                .OrderBy(f => f.Key, StringComparer.Ordinal)
                .Select(f => new KeyValuePair<string, string?>(virtualRoot + "/" + f.Key, f.Value))
                .ToList());
    }

    /// <summary>A path of this source as messages show it: under the folder as the tool shows paths, or REV:PATH/file.</summary>
    public string Display(string path) =>
        path.StartsWith(Root + "/", StringComparison.Ordinal) && !Directory.Exists(Root)
            ? Label.TrimEnd('/') + "/" + path[(Root.Length + 1)..]
            : AnnotationFolder.Display(path);

    private static string Sanitize(string treeish) => new(treeish.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());
}
