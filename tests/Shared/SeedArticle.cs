namespace Dataset.TestSupport;

/// <summary>The seed corpus (seeds/) as the engine reads it, and its article with Kirby's quoted statement taken out.</summary>
internal static class SeedArticle
{
    public const string Name = "2022-10-22-dawn-us-urges-russia-to-keep-lines-open";

    private const string KirbyStatement = "  - id: kirby-says-iran-and-russia-cannot-hide-the-facts\n";

    /// <summary>Every annotation and article text of seeds/, path and text.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Files() =>
        Directory.EnumerateFiles(RepositoryPaths.Seeds)
            .Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal))
                .Select(p => new KeyValuePair<string, string?>(p, File.ReadAllText(p)));

    /// <summary>The seed annotation with the statement quoting Kirby's "they certainly can't hide the facts" removed.</summary>
    public static string WithoutKirbysQuote(string yaml)
    {
        var start = yaml.IndexOf(KirbyStatement, StringComparison.Ordinal);
        Assert.True(start >= 0, "The seed annotation holds Kirby's statement.");
        var end = yaml.IndexOf("\n  - id: ", start + 1, StringComparison.Ordinal) + 1;
        return yaml.Remove(start, end - start);
    }
}
