using System.Buffers.Binary;
using Dataset.Seeds;

namespace Dataset.Cli.Tests;

/// <summary>The HTML report in a real headless Chromium: it loads, its own check passes, every highlight is there, and it renders.</summary>
[Trait("Category", "E2E")]
public class ChromiumReportTests(Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly DatasetCatalog Data = Catalog.Instance;

    [Fact]
    public void The_report_loads_without_errors_and_every_highlight_is_in_the_page()
    {
        using var folder = new TempFolder();
        var page = ReportPage.Load(chromium, WriteReport(folder), folder.File("profile"));

        Assert.Equal("ok", page.Ready);
        var expected = Data.Statements.Select(s => $"mark-statement-{s.Id}").Concat(Data.Sanctions.Select(s => $"mark-sanction-{s.Id}")).ToList();
        Assert.Equal(expected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Highlights);
        Assert.Equal(expected.Order(StringComparer.Ordinal), page.MarkIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Persian_text_and_its_quote_are_laid_out_right_to_left_and_english_left_to_right()
    {
        using var folder = new TempFolder();
        var page = folder.File("report.html");
        Assert.Equal(0, CliRun.Run("report", "-a", WireCopyArticles.In(folder), "--output", page).ExitCode);

        var loaded = ReportPage.Load(chromium, page, folder.File("profile"));

        Assert.Equal("ok", loaded.Ready);
        Assert.Equal(["document-sample-news-fa-2022-10-20-drone-denial"], loaded.RightToLeftArticles);
        Assert.Equal("1", loaded.RightToLeftQuotes);
    }

    [Fact]
    public void The_pages_own_check_reports_a_missing_link_target()
    {
        using var folder = new TempFolder();
        var page = WriteReport(folder);
        File.WriteAllText(page, File.ReadAllText(page).Replace("<li id=\"actor-iran\">", "<li>", StringComparison.Ordinal));

        var loaded = ReportPage.Load(chromium, page, folder.File("profile"));
        Assert.Equal("error", loaded.Ready);
        Assert.Contains("no target for #actor-iran", loaded.Problems, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_renders_to_a_screenshot()
    {
        using var folder = new TempFolder();
        var page = WriteReport(folder);
        var png = folder.File("report.png");

        var run = chromium.Load(page, folder.File("profile"), $"--screenshot={png}", "--window-size=1280,2000", "--hide-scrollbars");
        Assert.True(File.Exists(png), $"No screenshot (exit {run.ExitCode}):\n{run.Error}");
        var bytes = File.ReadAllBytes(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], bytes[..8]);
        Assert.Equal(1280, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(2000, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
        // A blank 1280×2000 page compresses to a few kilobytes; text, highlights and the graph make it far larger.
        Assert.True(bytes.Length > 50_000, $"The screenshot is only {bytes.Length} bytes: the page looks blank.");
    }

    private static string WriteReport(TempFolder folder)
    {
        var page = folder.File("report.html");
        var result = CliRun.Run("report", "--output", page);
        Assert.Equal(0, result.ExitCode);
        return page;
    }
}
