namespace Dataset.LanguageServer.Tests.Snapshots;

/// <summary>
/// A small annotations folder the feature tests mark (Snapshots/Talks): a registry of actors (actors.yaml), and one
/// article (talks.txt) with its annotation (talks.yaml) holding an actor, two statements and a sanction. It has no
/// diagnostic.
/// </summary>
internal static class Talks
{
    public const string Registry = "actors.yaml";
    public const string Annotation = "talks.yaml";
    public const string Article = "talks.txt";

    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "Dataset.LanguageServer.Tests", "Snapshots", "Talks");

    public static string RegistryText { get; } = File.ReadAllText(Path.Combine(Folder, Registry));

    public static string AnnotationText { get; } = File.ReadAllText(Path.Combine(Folder, Annotation));

    public static string ArticleText { get; } = File.ReadAllText(Path.Combine(Folder, Article));

    /// <summary>The folder with passages of its files replaced by marked text, each in turn (each find must be there).</summary>
    public static MarkedWorkspace With(params (string File, string Find, string Replace)[] edits) =>
        new(
            [
                .. new[] {
                    (Registry, RegistryText),
                    (Annotation, AnnotationText),
                    (Article, ArticleText) }.Select(f => (f.Item1, Edited(f.Item1, f.Item2, edits)))]);

    private static string Edited(string file, string text, (string File, string Find, string Replace)[] edits)
    {
        foreach (var (_, find, replace) in edits.Where(e => e.File == file))
        {
            var at = text.IndexOf(find, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{find}' is not in {file}");
            text = text[..at] + replace + text[(at + find.Length)..];
        }

        return text;
    }
}
