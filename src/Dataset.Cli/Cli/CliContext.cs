namespace Dataset.Cli.Cli;

/// <summary>What a command works on and writes to; tests give their own.</summary>
/// <param name="Catalog">The compiled dataset.</param>
/// <param name="Articles">The article texts, to highlight evidence in.</param>
/// <param name="Output">Results.</param>
/// <param name="Error">Problems and progress.</param>
/// <param name="Progress">Reports the steps of long work.</param>
internal sealed record CliContext(DatasetCatalog Catalog, ArticleTexts Articles, TextWriter Output, TextWriter Error, Progress Progress);
