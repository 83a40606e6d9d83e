namespace Dataset.TestSupport;

/// <summary>
/// A registry and two articles (tests/Shared/ActorArticles) that declare some of its actors again under other ids:
/// the same Wikidata item, a shared name and a near name left undecided; one pair decided same-as, one distinct-from.
/// </summary>
internal static class ActorArticles
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "Shared", "ActorArticles");
}
