namespace Dataset.Cli.Cli;

/// <summary>The article texts behind the documents, by file name; the tool carries the seed articles inside it.</summary>
internal sealed class ArticleTexts(IReadOnlyDictionary<string, string> byFileName)
{
    private const string Prefix = "articles/";

    public static ArticleTexts Embedded { get; } = new(ReadEmbedded());

    /// <summary>The text of the document's article, or null when the tool does not have it.</summary>
    public string? Find(Document document) =>
        byFileName.TryGetValue(Path.GetFileName(document.TextFile.Replace('\\', '/')), out var text) ? text : null;

    private static Dictionary<string, string> ReadEmbedded()
    {
        var assembly = typeof(ArticleTexts).Assembly;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            texts[Path.GetFileName(name)] = reader.ReadToEnd();
        }

        return texts;
    }
}
