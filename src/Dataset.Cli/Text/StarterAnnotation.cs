using System.Globalization;
using System.Text;
using Dataset.Annotations.Model;
using Dataset.Annotations.Drafting;
using Dataset.Annotations.Parsing;
using Dataset.Annotations.Schema;
using Dataset.Cli.Import;
using System.Text.RegularExpressions;

namespace Dataset.Cli.Text;

/// <summary>
/// The annotation `new` writes for an article: the document filled in from the file name
/// (<c>YYYY-MM-DD-publisher-slug.txt</c>) and the text's first line, and commented examples of the rest, whose
/// allowed values and schema modeline come from the engine's own schema, so the two cannot drift apart.
/// </summary>
internal static partial class StarterAnnotation
{
    public static string For(string textFileName, string articleText, PublisherNames publishers) =>
        Header(textFileName, articleText, publishers) + Examples;

    /// <summary>
    /// The annotation `new --draft` writes: the same document section, then the entries drafted from the article, each
    /// marked <c>draft: true</c> until a person has checked it against the article.
    /// </summary>
    public static string WithDraft(string textFileName, string articleText, PublisherNames publishers, ArticleDraft draft) =>
        Header(textFileName, articleText, publishers)
        + "\n# Drafted from the article: check each entry against it, correct it, then remove its 'draft: true'.\n"
        + DraftYaml.Sections(draft);

    /// <summary>The publication date the file name gives (<c>YYYY-MM-DD-publisher-slug.txt</c>), if it is a real date.</summary>
    public static DateValue? Published(string textFileName) =>
        NameConvention.Read(Path.GetFileNameWithoutExtension(textFileName)) is { } name
            ? new DateValue(name.Date.Year, name.Date.Month, name.Date.Day)
            : null;

    private static string Header(string textFileName, string articleText, PublisherNames publishers)
    {
        var stem = Path.GetFileNameWithoutExtension(textFileName);
        var name = NameConvention.Read(stem);
        var id = DocumentId(name?.DocumentIdText ?? stem);
        var title = articleText.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? stem;

        var yaml = new StringBuilder();
        yaml.Append(AnnotationJsonSchema.ModelineComment).Append('\n');
        yaml.Append(CultureInfo.InvariantCulture, $"# Annotation of {textFileName}. Evidence must be copied verbatim from the article and occur there once;\n");
        yaml.Append("# check with `dataset validate` or a build. docs/schema.md describes every field.\n");
        yaml.Append("document:\n");
        yaml.Append(CultureInfo.InvariantCulture, $"  id: {id}\n");
        yaml.Append(CultureInfo.InvariantCulture, $"  title: {YamlText.Quote(title)}\n");
        yaml.Append(CultureInfo.InvariantCulture, $"  publisher: {Publisher(name, publishers)}\n");
        yaml.Append(CultureInfo.InvariantCulture, $"  published: {name?.Published ?? "\"\"   # required: YYYY-MM-DD"}\n");
        yaml.Append("  # dateline: Washington\n");
        yaml.Append(CultureInfo.InvariantCulture, $"  text: {YamlText.Quote(textFileName)}\n");
        return yaml.ToString();
    }

    private static string Publisher(NameConvention? name, PublisherNames publishers)
    {
        if (name is null)
        {
            return "\"\"   # required: the publication";
        }

        var publisher = publishers.For(name);
        return publisher.IsGuess
            ? $"{YamlText.Quote(publisher.Name)}   # from the file name's '{name.PublisherPart}': write the publication's name as it gives it"
            : YamlText.Quote(publisher.Name);
    }

    /// <summary>Commented examples of the other sections, with the allowed values from the schema.</summary>
    private static readonly string Examples =
        $$"""
            actors: []
            # Reuse actors from actors.yaml by id; add the ones this article introduces:
            #  - id: lloyd-austin
            #    name: Lloyd Austin
            #    kind: person            # {{Choices(AnnotationSchema.ActorKinds)}}
            #    roles: [{ title: US Defense Secretary, of: united-states }]
            statements: []
            #  - id: austin-urges-shoigu-to-keep-lines-open
            #    speaker: lloyd-austin
            #    audience: [sergei-shoigu]
            #    act: urge               # {{Choices(AnnotationSchema.SpeechActs.Take(8))}} | ...
            #    form: indirect          # direct (verbatim quote) | indirect (reported speech)
            #    said-on: 2022-10-21
            #    evidence: keep “lines of communication” open on the war in Ukraine
            sanctions: []
            #  - id: uk-sanctions-iranian-drone-suppliers
            #    imposer: united-kingdom
            #    targets: [iranian-drone-firm]
            #    status: imposed         # {{Choices(AnnotationSchema.SanctionStatuses)}}
            #    evidence: Britain imposed sanctions on senior military figures and a firm

            """.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>A kebab-case id (<c>^[a-z][a-z0-9]*(-[a-z0-9]+)*$</c>) from any file name.</summary>
    public static string DocumentId(string name)
    {
        var words = NonAlphanumeric().Split(name.ToLowerInvariant()).Where(w => w.Length > 0).ToList();
        var id = string.Join('-', words);
        return id.Length == 0 || !char.IsAsciiLetterLower(id[0]) ? "article-" + (id.Length == 0 ? "untitled" : id) : id;
    }

    /// <summary>The allowed values of a field as the schema lists them, for a comment: <c>a | b | c</c>.</summary>
    private static string Choices(IEnumerable<string> values) => string.Join(" | ", values);

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonAlphanumeric();
}
