using Dataset.Export;
using Dataset.Seeds;

namespace Dataset.Cli.Tests;

/// <summary>The build embeds each article text of the annotations folder in the assembly, which the report reads back.</summary>
public sealed class EmbeddedArticleTextTests
{
    private static readonly System.Reflection.Assembly Seeds = typeof(Catalog).Assembly;

    [Fact]
    public void Each_article_text_is_a_resource_named_by_its_file()
    {
        var texts = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Select(f => ArticleTexts.ResourcePrefix + Path.GetFileName(f));
        var resources = Seeds.GetManifestResourceNames().Where(n => n.StartsWith(ArticleTexts.ResourcePrefix, StringComparison.Ordinal));
        Assert.Equal(texts.Order(StringComparer.Ordinal), resources.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_document_finds_its_text_as_written()
    {
        var texts = ArticleTexts.FromAssembly(Seeds);
        Assert.NotEmpty(Catalog.Instance.Documents);
        foreach (var document in Catalog.Instance.Documents)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, document.TextFile)), texts.Find(document));
        }
    }
}
