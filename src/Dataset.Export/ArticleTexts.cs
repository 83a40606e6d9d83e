using System.Reflection;

namespace Dataset.Export;

/// <summary>
/// The article texts behind a dataset's documents, which the HTML report needs to highlight evidence. A document
/// finds its text by the file name of <see cref="Document.TextFile"/>.
/// </summary>
public sealed class ArticleTexts
{
    /// <summary>The prefix of the manifest resources Dataset.Generators' build embeds (one per article text).</summary>
    public const string ResourcePrefix = "Dataset.Articles/";

    private readonly IReadOnlyDictionary<string, string> _byFileName;

    private ArticleTexts(IReadOnlyDictionary<string, string> byFileName) => _byFileName = byFileName;

    /// <summary>No texts: the report still lists every record, without highlighted passages.</summary>
    public static ArticleTexts None { get; } = new(new Dictionary<string, string>());

    /// <summary>Texts by file name, for example read from a database.</summary>
    public static ArticleTexts FromFileNames(IReadOnlyDictionary<string, string> textsByFileName) =>
        new(textsByFileName.ToDictionary(p => Path.GetFileName(p.Key.Replace('\\', '/')), p => p.Value, StringComparer.Ordinal));

    /// <summary>Every <c>*.txt</c> under a folder (an app's annotations folder, or the one the tool reads).</summary>
    public static ArticleTexts FromFolder(string folder) => new(
        Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .GroupBy(Path.GetFileName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key!, g => File.ReadAllText(g.First()), StringComparer.Ordinal));

    /// <summary>
    /// The texts the generator package's build embedded in an assembly (the one holding the generated catalog), as
    /// manifest resources named <c>Dataset.Articles/FILE.txt</c>; <c>DatasetEmbedArticleTexts=false</c> turns that off.
    /// </summary>
    public static ArticleTexts FromAssembly(Assembly assembly)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            texts.TryAdd(name[ResourcePrefix.Length..], reader.ReadToEnd());
        }

        return new(texts);
    }

    /// <summary>How many texts there are.</summary>
    public int Count => _byFileName.Count;

    /// <summary>The text of the document's article, or null when there is none.</summary>
    public string? Find(Document document) =>
        _byFileName.TryGetValue(Path.GetFileName(document.TextFile.Replace('\\', '/')), out var text) ? text : null;
}
