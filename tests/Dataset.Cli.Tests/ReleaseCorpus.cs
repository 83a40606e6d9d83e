
namespace Dataset.Cli.Tests;

/// <summary>
/// Two releases of one small corpus (<see cref="NewArticleCorpus"/>): the second changes John Roe's act and the
/// evidence of Jane Doe's announcement, removes her border pledge, adds a statement, and gives the document a url.
/// </summary>
internal static class ReleaseCorpus
{
    public const string Annotation = NewArticleCorpus.Name + ".yaml";

    /// <summary>Writes the first release to folder/annotations; returns that folder.</summary>
    public static string First(string folder) => NewArticleCorpus.Write(folder);

    /// <summary>Turns the release in <paramref name="annotations"/> into the second.</summary>
    public static void MakeSecond(string annotations)
    {
        var path = Path.Combine(annotations, Annotation);
        var yaml = File.ReadAllText(path)
            .Replace("    act: support\n", "    act: confirm\n", StringComparison.Ordinal)
            .Replace("evidence: talks with Ruritania would resume next week", "evidence: talks with Ruritania would resume", StringComparison.Ordinal)
            .Replace(
                "  - id: doe-says-border-stays-open\n    speaker: jane-doe\n    act: pledge\n    form: indirect\n    said-on: undated\n    evidence: the " +
                    "northern border would stay open to trade\n",
                "  - id: doe-speaks-on-monday\n    speaker: jane-doe\n    act: announce\n    form: indirect\n    said-on: 2024-03-04\n    evidence: Minister " +
                    "Jane Doe said on Monday\n",
                StringComparison.Ordinal)
            .Replace(
                "  text: " + NewArticleCorpus.Name + ".txt\n",
                "  text: " + NewArticleCorpus.Name + ".txt\n  url: https://news.example.com/2024/03/04/border-talks\n  retrieved: 2024-03-05\n",
                StringComparison.Ordinal);
        File.WriteAllText(path, yaml);
    }
}
