using System.Globalization;

namespace Dataset.Generators.Tests;

/// <summary>said-on: a date, the word undated, or absent (which warns).</summary>
public class SaidOnTests
{
    private const string Dated = "said-on: 2022-10-21\n    evidence: keep “lines of communication” open";

    [Fact]
    public void A_statement_without_said_on_is_warned_about()
    {
        var run = GeneratorHarness.Run(Yaml.Files(Yaml.Valid.Replace(Dated, "evidence: keep “lines of communication” open", StringComparison.Ordinal)));

        var warning = run.Single("DS0020");
        Assert.Contains("'austin-urges-shoigu'", warning.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Said_on_undated_records_that_the_article_gives_no_date_without_a_warning()
    {
        var run = GeneratorHarness.Run(
            Yaml.Files(Yaml.Valid.Replace(Dated, "said-on: undated\n    evidence: keep “lines of communication” open", StringComparison.Ordinal)),
            "public static class App { public static bool Undated => TestData.Statements.AustinUrgesShoigu.SaidOn is null; }");

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
    }

    /// <summary>Each date field but said-on, and the line of the valid annotation it is written after (published replaces its own).</summary>
    private static readonly Dictionary<string, string> DateLines = new(StringComparer.Ordinal)
    {
        ["published"] = "  published: 2022-10-22\n",
        ["retrieved"] = "  text: article.txt\n",
        ["date"] = "    status: imposed\n",
        ["start"] = "    status: imposed\n",
    };

    public static TheoryData<string> OtherDateFields => new(DateLines.Keys);

    [Theory]
    [MemberData(nameof(OtherDateFields))]
    public void Undated_is_not_a_date_anywhere_else(string field)
    {
        var line = DateLines[field];
        Assert.Contains(line, Yaml.Valid, StringComparison.Ordinal);
        var written = line[..(line.Length - line.TrimStart().Length)] + field + ": undated\n";
        var yaml = Yaml.Valid.Replace(line, field == "published" ? written : line + written, StringComparison.Ordinal);

        var run = GeneratorHarness.Run(Yaml.Files(yaml));

        var error = run.Single("DS0006");
        Assert.Contains("'undated'", error.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(yaml.IndexOf("undated", StringComparison.Ordinal), error.Location.SourceSpan.Start);
    }
}
