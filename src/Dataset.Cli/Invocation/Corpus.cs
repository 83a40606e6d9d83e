
namespace Dataset.Cli.Invocation;

/// <summary>The dataset a command describes and the article texts behind it.</summary>
/// <param name="Catalog">The records.</param>
/// <param name="Articles">The article texts, to highlight evidence in.</param>
internal sealed record Corpus(DatasetCatalog Catalog, ArticleTexts Articles);
