namespace Dataset.TestSupport;

/// <summary>
/// One article (tests/Shared/DraftArticles) whose actors, statements and sanctions are some drafts no one has reviewed
/// (<c>draft: true</c>) and some reviewed (no mark, or <c>draft: false</c>), for following the mark to every output.
/// </summary>
internal static class DraftArticles
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "Shared", "DraftArticles");

    public const string Annotation = "2024-01-02-example-draft-talks.yaml";

    public const string DraftedActor = "ruritania";

    public const string ReviewedActor = "ruritanian-trade-bank";

    public const string DraftedStatement = "ruritania-denies-talks";

    public const string ReviewedStatement = "doe-announces-talks";

    public const string DraftedSanction = "freedonia-bars-ruritanian-ships";

    public const string ReviewedSanction = "freedonia-freezes-bank-assets";

    /// <summary>The ids of the drafted entries, whatever their kind.</summary>
    public static readonly string[] Drafted = [DraftedActor, DraftedStatement, DraftedSanction];

    /// <summary>Every file of the folder, path and text, in path order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> Files() =>
        Directory.EnumerateFiles(Folder).Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => new KeyValuePair<string, string?>(p, File.ReadAllText(p)))
            .ToList();
}
