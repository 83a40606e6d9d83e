using System.Text.RegularExpressions;

namespace Dataset.Cli.Tests;

/// <summary>The HTML report tells drafts from reviewed records: a "draft" badge on each drafted actor, statement and sanction, on no other.</summary>
public class DraftReportTests
{
    [Fact]
    public void Each_drafted_record_has_the_draft_badge_and_no_reviewed_one_has()
    {
        var result = CliRun.Run("report", "--annotations", DraftArticles.Folder, "--output", "-");

        Assert.Equal(0, result.ExitCode);
        var html = result.Output;
        foreach (var (id, drafted) in new[]
        {
            ("actor-" + DraftArticles.DraftedActor, true), ("actor-" + DraftArticles.ReviewedActor, false),
            ("statement-" + DraftArticles.DraftedStatement, true), ("statement-" + DraftArticles.ReviewedStatement, false),
            ("sanction-" + DraftArticles.DraftedSanction, true), ("sanction-" + DraftArticles.ReviewedSanction, false),
        })
        {
            var item = Item(html, id);
            Assert.Equal(drafted, item.Contains("<span class=\"draft\"", StringComparison.Ordinal));
        }

        Assert.Equal(DraftArticles.Drafted.Length, Regex.Count(html, "<span class=\"draft\""));
    }

    /// <summary>The list item with the given element id, up to its closing tag.</summary>
    private static string Item(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The report has an item '{id}'.");
        return html[start..html.IndexOf("</li>", start, StringComparison.Ordinal)];
    }
}
