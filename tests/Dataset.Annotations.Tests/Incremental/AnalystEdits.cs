using System.Text.RegularExpressions;
using Dataset.Annotations.Pipeline;

namespace Dataset.Annotations.Tests.Incremental;

/// <summary>
/// The edits an analyst makes, each applied to a synthetic corpus held as path → text: it changes the files in place
/// and returns the changes as the language server would hand them to the analysis.
/// </summary>
internal static partial class AnalystEdits
{
    public const string Summary = "a statement's summary";
    public const string SpeakerTypo = "a speaker misspelt";
    public const string ActorRenamed = "a shared actor's id renamed in the registry";
    public const string QuoteEdited = "an evidence quote changed so that it is not in the article";
    public const string ArticleLineAdded = "a line added at the top of an article";
    public const string ArticleRemoved = "an article text deleted";
    public const string AnnotationRemoved = "an annotation deleted";
    public const string AnnotationAdded = "an annotation added whose article is missing";
    public const string IdDuplicated = "a statement id declared again in another article";
    public const string SameAsAdded = "a same-as link to another article's statement";
    public const string AliasAdded = "an alias added to a shared actor";
    public const string WireNearPublisher = "a wire spelt as another document's publisher in lower case";

    public static readonly string[] Names = [
        Summary, SpeakerTypo, ActorRenamed, QuoteEdited, ArticleLineAdded, ArticleRemoved, AnnotationRemoved, AnnotationAdded, IdDuplicated, SameAsAdded,
        AliasAdded, WireNearPublisher];

    /// <summary>The diagnostic ids the edit adds to the folder and those it takes away (ids that appear or disappear).</summary>
    public static (string[] Added, string[] Removed) Expected(string edit) => edit switch
    {
        SpeakerTypo => (["DS0010"], []),
        ActorRenamed => (["DS0010", "DS0019"], []),
        QuoteEdited => (["DS0013"], []),
        ArticleRemoved => (["DS0012"], []),
        AnnotationAdded => (["DS0012"], []),
        IdDuplicated => (["DS0008", "DS0011"], []),
        WireNearPublisher => (["DS0045"], []),
        _ => ([], []),
    };

    public static string FirstArticle(IDictionary<string, string?> files) => Articles(files)[0];

    /// <summary>The shared actor the rename changes: the speaker of the first article's first statement.</summary>
    public static string RenamedActor(IDictionary<string, string?> files) => Speaker().Match(files[FirstArticle(files)]!).Groups["id"].Value;

    public static List<FileChange> Apply(string edit, IDictionary<string, string?> files)
    {
        var articles = Articles(files);
        var (first, second) = (articles[0], articles[1]);
        var registry = files.Keys.Single(p => p.EndsWith("/actors.yaml", StringComparison.Ordinal));
        switch (edit)
        {
            case Summary:
                return Write(files, first, ReplaceFirst(files[first]!, "summary: \"", "summary: \"Now "));
            case SpeakerTypo:
                return Write(files, first, Speaker().Replace(files[first]!, m => m.Value + "q", 1));
            case ActorRenamed:
                var actor = RenamedActor(files);
                return Write(files, registry, ReplaceFirst(files[registry]!, "- id: " + actor + "\n", "- id: " + actor + "-renamed\n"));
            case QuoteEdited:
                return Write(files, first, Evidence().Replace(files[first]!, m => m.Groups["head"].Value + "Reportedly, " + m.Groups["rest"].Value, 1));
            case ArticleLineAdded:
                var text = TextOf(first);
                return Write(files, text, "An editor's note added above the story.\n" + files[text]);
            case ArticleRemoved:
                files.Remove(TextOf(first));
                return [FileChange.Remove(TextOf(first))];
            case AnnotationRemoved:
                files.Remove(second);
                return [FileChange.Remove(second)];
            case AnnotationAdded:
                var added = first.Replace(".yaml", "-added.yaml", StringComparison.Ordinal);
                return Write(
                    files, added,
                    "document:\n  id: added-document\n  title: Added\n  publisher: Example\n  published: 2022-03-01\n  text: missing-article.txt\n");
            case IdDuplicated:
                var id = StatementId().Match(files[first]!).Groups["id"].Value;
                return Write(files, second, StatementId().Replace(files[second]!, m => m.Groups["head"].Value + id, 1));
            case SameAsAdded:
                var other = StatementId().Match(files[second]!).Groups["id"].Value;
                return Write(files, first, Speaker().Replace(files[first]!, m => "same-as: " + other + "\n    " + m.Value, 1));
            case AliasAdded:
                var shared = RenamedActor(files);
                return Write(files, registry, ReplaceFirst(files[registry]!, "- id: " + shared + "\n", "- id: " + shared + "\n    aliases: [Our Friend]\n"));
            case WireNearPublisher:
                // Another document's publisher, other than this one's own (which would be DS0047), in lower case.
                var own = Publisher().Match(files[first]!).Value;
                var near = articles.Select(a => Publisher().Match(files[a]!).Groups["name"].Value)
                    .First(p => !own.Contains(p, StringComparison.OrdinalIgnoreCase));
                return Write(files, first, ReplaceFirst(files[first]!, own, own + "  wire: " + near.ToLowerInvariant() + "\n"));
            default:
                throw new ArgumentException(edit, nameof(edit));
        }
    }

    private static List<string> Articles(IDictionary<string, string?> files) =>
        files.Keys.Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) && !p.EndsWith("/actors.yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string TextOf(string annotation) => annotation[..^".yaml".Length] + ".txt";

    private static List<FileChange> Write(IDictionary<string, string?> files, string path, string text)
    {
        Assert.NotEqual(files.TryGetValue(path, out var before) ? before : null, text);
        files[path] = text;
        return [FileChange.Write(path, text)];
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' is in the file");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length));
    }

    [GeneratedRegex(@"(?<=\n)  publisher: (?<name>[^\n]+)\n")]
    private static partial Regex Publisher();

    [GeneratedRegex(@"(?<=\n    )speaker: (?<id>[a-z0-9-]+)")]
    private static partial Regex Speaker();

    [GeneratedRegex(@"(?<head>\n    evidence: "")(?<rest>[^""]+"")")]
    private static partial Regex Evidence();

    [GeneratedRegex(@"(?<head>\n  - id: )(?<id>[a-z0-9-]+)(?=\n    speaker:)")]
    private static partial Regex StatementId();
}
