using System.Text;
using Dataset.Annotations.Drafting;
using Dataset.Annotations.Schema;

namespace Dataset.Cli.Import;

/// <summary>
/// The annotation an import writes: the schema comment, where it came from, the document section (with the source's
/// url and retrieval date when it has them), then the entries in the engine's own draft writer, each <c>draft: true</c>.
/// </summary>
internal static class ImportedYaml
{
    public static string For(ImportedAnnotation annotation, string textFileName, string format, string source)
    {
        var meta = annotation.Article.Meta;
        var yaml = new StringBuilder()
            .Append(AnnotationJsonSchema.ModelineComment).Append('\n')
            .Append("# Imported from ").Append(format).Append(" (").Append(Comment(source)).Append("): every entry is a draft; check each against\n")
            .Append("# the article, correct it, then remove its 'draft: true'. docs/schema.md describes every field.\n")
            .Append("document:\n")
            .Append("  id: ").Append(annotation.DocumentId).Append('\n')
            .Append("  title: ").Append(YamlText.Quote(annotation.Title)).Append('\n')
            .Append("  publisher: ").Append(YamlText.Quote(annotation.Publisher)).Append('\n')
            .Append("  published: ").Append(annotation.Published).Append('\n')
            .Append("  text: ").Append(YamlText.Quote(textFileName)).Append('\n');
        if (meta.Url is { } url)
        {
            yaml.Append("  url: ").Append(YamlText.Quote(url)).Append('\n');
        }

        if (meta.Retrieved is { } retrieved)
        {
            yaml.Append("  retrieved: ").Append(YamlText.Quote(retrieved)).Append('\n');
        }

        return yaml.Append(DraftYaml.Sections(annotation.Draft)).ToString();
    }

    private static string Comment(string text) => text.Replace('\n', ' ').Replace('\r', ' ');
}
