using Dataset.Annotations.Drafting;
using Dataset.Annotations.Pipeline;
using Dataset.Cli.Invocation;

namespace Dataset.Cli.Commands;

/// <summary>
/// `dataset coverage --draft`: for each article, the entries drafting proposes for what its annotation does not cover
/// yet — the same entries the language server's "Annotate as statement" inserts — as YAML to paste into the annotation's
/// sections, each marked <c>draft: true</c>. Nothing is written: the annotation is the author's.
/// </summary>
internal static class CoverageDrafts
{
    public static void Write(FolderRun run, IReadOnlyList<KeyValuePair<string, string?>> files, TextWriter output)
    {
        var texts = files.ToDictionary(f => Dataset.Annotations.Paths.ArticlePaths.Normalize(f.Key), f => f.Value, StringComparer.Ordinal);
        foreach (var annotation in run.Annotations.OrderBy(a => a.Path, StringComparer.Ordinal))
        {
            if (annotation.TextPath is not { } textPath || texts.GetValueOrDefault(textPath) is not { } text)
            {
                continue;
            }

            var draft = FolderDrafts.Draft(run.State, text, annotation.Document?.Published, annotation.Path);
            if (draft.Statements.Count + draft.Sanctions.Count == 0)
            {
                continue;
            }

            output.WriteLine();
            output.WriteLine(
                $"# Drafted for {AnnotationFolder.Display(annotation.Path)}: add each entry to its section, check it against the article, then remove its " +
                    "'draft: true'.");
            output.Write(DraftYaml.Sections(draft));
        }
    }
}
