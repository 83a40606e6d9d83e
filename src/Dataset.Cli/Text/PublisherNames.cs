using Dataset.Annotations.Model;
using Dataset.Annotations.Parsing;
using Dataset.Annotations.Paths;
using Dataset.Cli.Import;

namespace Dataset.Cli.Text;

/// <summary>
/// The publisher a new annotation names, from its file name's publisher part (<c>YYYY-MM-DD-publisher-slug</c>). The
/// part is often an abbreviation (<c>mee</c>, <c>osn</c>), so the folder's own annotations decide first: a document
/// whose text file has the same part gives its publisher. With none, the part is only a guess and says so.
/// </summary>
/// <param name="Name">The publication's name.</param>
/// <param name="IsGuess">Whether no annotation of the folder confirmed it.</param>
internal sealed record PublisherName(string Name, bool IsGuess);

/// <summary>The publishers a folder's annotations give, by the publisher part of their article file names.</summary>
internal sealed class PublisherNames
{
    private readonly IReadOnlyDictionary<string, string> _byPart;

    private PublisherNames(IReadOnlyDictionary<string, string> byPart) => _byPart = byPart;

    public static PublisherNames None { get; } = new(new Dictionary<string, string>());

    /// <summary>Reads each annotation among the folder's files (parsing only: nothing is checked) for its document's publisher.</summary>
    public static PublisherNames In(IEnumerable<KeyValuePair<string, string?>> annotationFiles) =>
        Of(annotationFiles.Where(f => ArticlePaths.IsAnnotation(f.Key)).Select(f => AnnotationParser.Parse(f.Key, f.Value)));

    /// <summary>The publishers of annotations already read (by a folder's analysis, when a draft needs one anyway).</summary>
    public static PublisherNames Of(IEnumerable<AnnotationFile> annotations)
    {
        var seen = new List<(string Part, string Publisher)>();
        foreach (var annotation in annotations)
        {
            if (annotation.Document is { Publisher.Length: > 0 } document
                && NameConvention.Read(Path.GetFileNameWithoutExtension(document.TextFile.Value)) is { } name)
            {
                seen.Add((name.PublisherPart, document.Publisher));
            }
        }

        // The spelling most documents use, ties broken by ordinal order, so the answer does not depend on file order.
        var byPart = seen.GroupBy(s => s.Part, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => g.GroupBy(s => s.Publisher, StringComparer.Ordinal).OrderByDescending(p => p.Count()).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key,
            StringComparer.Ordinal);
        return new PublisherNames(byPart);
    }

    public PublisherName For(NameConvention name) =>
        _byPart.TryGetValue(name.PublisherPart, out var known)
            ? new PublisherName(known, IsGuess: false)
            : new PublisherName(name.PublisherGuess, IsGuess: true);
}
