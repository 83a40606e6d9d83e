using System.Text.Json.Nodes;

namespace Dataset.Cli.Tests;

/// <summary>A document's <c>url</c> and <c>retrieved</c> date in every export, and refused where the build refuses them.</summary>
public class DocumentSourceTests
{
    private const string Url = "https://news.example.com/2024/03/04/border-talks";

    [Fact]
    public void Json_csv_and_show_carry_the_url_and_retrieval_date()
    {
        using var folder = new TempFolder();
        var annotations = WithSource(folder);

        var json = JsonNode.Parse(CliRun.Run("export", "-a", annotations).Output)!["documents"]![0]!;
        var csv = CliRun.Run("export", "-a", annotations, "--format", "csv", "--kind", "documents").OutputLines;
        var show = CliRun.Run("show", "-a", annotations, "document", "example-2024-03-04-border-talks").Output;

        Assert.Equal((Url, "2024-03-05"), ((string?)json["url"], (string?)json["retrieved"]));
        Assert.EndsWith(",url,retrieved,wire,language,language_guessed", csv[0], StringComparison.Ordinal);
        Assert.EndsWith($",{Url},2024-03-05,,en,true", csv[1], StringComparison.Ordinal);
        Assert.Contains(Url, show, StringComparison.Ordinal);
    }

    [Fact]
    public void The_followthemoney_article_carries_source_url_and_retrieved_at()
    {
        using var folder = new TempFolder();
        var annotations = WithSource(folder);
        Assert.Equal(0, CliRun.Run("export", "-a", annotations, "--format", "ftm", "--output", folder.File("source.ftm.jsonl")).ExitCode);

        var article = File.ReadAllLines(folder.File("source.ftm.jsonl")).Select(l => JsonNode.Parse(l)!).Single(e => (string?)e["schema"] == "Article");
        Assert.Equal(Url, (string?)article["properties"]!["sourceUrl"]![0]);
        Assert.Equal("2024-03-05", (string?)article["properties"]!["retrievedAt"]![0]);
    }

    [Fact]
    public void Validate_reports_a_bad_url_and_a_retrieval_before_publication_where_they_are_written()
    {
        using var folder = new TempFolder();
        var annotations = WithSource(folder);
        var yaml = Path.Combine(annotations, ReleaseCorpus.Annotation);
        File.WriteAllText(
            yaml,
            File.ReadAllText(yaml)
                .Replace(Url, "news.example.com/border-talks", StringComparison.Ordinal)
                .Replace("retrieved: 2024-03-05", "retrieved: 2024-03-01", StringComparison.Ordinal));

        var result = CliRun.Run("validate", annotations);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("(7,8): error DS0040: 'news.example.com/border-talks' is not an absolute http or https URL", result.Output, StringComparison.Ordinal);
        Assert.Contains(
            "(8,14): error DS0041: The document was retrieved on 2024-03-01, before it was published on 2024-03-04", result.Output, StringComparison.Ordinal);
    }

    /// <summary>Two releases' annotations, the second's document read at a url on a later day (FtmModelTests checks its export against the model).</summary>
    internal static string WithSource(TempFolder folder)
    {
        var annotations = ReleaseCorpus.First(folder.Path);
        ReleaseCorpus.MakeSecond(annotations);
        return annotations;
    }
}
