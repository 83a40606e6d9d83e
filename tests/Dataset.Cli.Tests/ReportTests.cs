using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dataset.Export;
using Dataset.Seeds;

namespace Dataset.Cli.Tests;

/// <summary>The HTML report's content, read as text; <see cref="ChromiumReportTests"/> loads it in a browser.</summary>
public partial class ReportTests
{
    private static readonly DatasetCatalog Data = Catalog.Instance;

    private static string Html => CliRun.Run("report", "--output", "-").Output;

    [Fact]
    public void Every_statement_and_sanction_has_exactly_one_highlight_with_its_id_and_kind()
    {
        var marks = MarkWithId().Matches(Html).Select(m => (Kind: m.Groups["kind"].Value, Id: m.Groups["id"].Value)).ToList();
        Assert.Equal(Data.Statements.Count + Data.Sanctions.Count, marks.Count);
        Assert.Equal(Data.Statements.Select(s => ("statement", $"mark-statement-{s.Id}")).Order(), marks.Where(m => m.Kind == "statement").Order());
        Assert.Equal(Data.Sanctions.Select(s => ("sanction", $"mark-sanction-{s.Id}")).Order(), marks.Where(m => m.Kind == "sanction").Order());
    }

    [Fact]
    public void The_highlighted_article_reads_as_the_original_text()
    {
        var document = Data.Documents.Single();
        var html = Html;
        const string Opening = "<article class=\"text\" lang=\"en\" dir=\"ltr\">";
        var start = html.IndexOf(Opening, StringComparison.Ordinal) + Opening.Length;
        var article = html[start..html.IndexOf("</article>", start, StringComparison.Ordinal)];
        var text = WebUtility.HtmlDecode(Tag().Replace(RefLink().Replace(article, string.Empty), string.Empty));
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, document.TextFile)), text);
    }

    [Fact]
    public void Each_highlight_links_to_its_entry_and_each_entry_back_to_its_highlight()
    {
        var html = Html;
        foreach (var id in Data.Statements.Select(s => $"statement-{s.Id}").Concat(Data.Sanctions.Select(s => $"sanction-{s.Id}")))
        {
            Assert.Contains($"<li class=\"entry entry-{id.Split('-')[0]}\" id=\"{id}\"", html, StringComparison.Ordinal);
            Assert.Contains($"href=\"#mark-{id}\"", html, StringComparison.Ordinal);
            Assert.Contains($"href=\"#{id}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_page_is_self_contained()
    {
        var html = Html;
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Content-Security-Policy\" content=\"default-src 'none'", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.Contains("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_graph_draws_speaker_to_audience_and_imposer_to_target()
    {
        var html = Html;
        Assert.Contains("data-kind=\"statement\" data-from=\"john-kirby\" data-to=\"iran\"", html, StringComparison.Ordinal);
        Assert.Contains("data-kind=\"statement\" data-from=\"lloyd-austin\" data-to=\"sergei-shoigu\"", html, StringComparison.Ordinal);
        Assert.Contains("data-kind=\"sanction\" data-from=\"united-kingdom\" data-to=\"iranian-drone-firm\"", html, StringComparison.Ordinal);
        Assert.Contains("data-kind=\"sanction\" data-from=\"european-union\" data-to=\"iran\"", html, StringComparison.Ordinal);
        var edges = Data.Statements.SelectMany(s => s.AudienceIds.Distinct().Select(t => ("statement", s.SpeakerId, t)))
            .Concat(Data.Sanctions.SelectMany(s => s.TargetIds.Distinct().Select(t => ("sanction", s.ImposerId, t))))
            .Distinct().Count();
        Assert.Equal(edges, Regex.Count(html, "<path class=\"edge "));
    }

    [Fact]
    public void Every_actor_is_listed()
    {
        var html = Html;
        Assert.All(
            Data.Actors,
            a => Assert.Contains($"<li id=\"actor-{a.Id}\"><strong>{WebUtility.HtmlEncode(a.Name)}</strong>", html, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_entry_and_actor_links_to_where_it_is_declared()
    {
        var html = Html;
        var links = SourceLinkTag()
            .Matches(html)
            .Select(m => (Href: WebUtility.HtmlDecode(m.Groups["href"].Value), Text: WebUtility.HtmlDecode(m.Groups["text"].Value)))
            .ToList();
        var sources = Data.Documents.Select(d => d.Source)
            .Concat(Data.Actors.Select(a => a.Source))
            .Concat(Data.Statements.Select(s => s.Source))
            .Concat(Data.Sanctions.Select(s => s.Source))
            .ToList();
        Assert.Equal(sources.Select(s => s.ToString()).Order(StringComparer.Ordinal), links.Select(l => l.Text).Order(StringComparer.Ordinal));
        Assert.All(links, l => Assert.StartsWith(Uri.UnescapeDataString(l.Href) + ":", l.Text, StringComparison.Ordinal));
        Assert.All(links, l => Assert.True(File.Exists(SeedAnnotation.Resolve(Uri.UnescapeDataString(l.Href))), l.Href));

        var austin = Data.Actors.Single(a => a.Id.Value == "lloyd-austin").Source;
        var (line, column) = SeedAnnotation.LineAndColumnOf("  - id: lloyd-austin");
        Assert.Equal((line, column), (austin.Line, austin.Column));
        Assert.Contains(
            $"<code class=\"id\">lloyd-austin</code> <a class=\"source\" href=\"{WebUtility.HtmlEncode(austin.Path)}\"",
            html,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_link_escapes_what_would_make_the_path_a_fragment_query_or_scheme()
    {
        var link = Dataset.Export.Html.SourceLink(new SourceLocation("../a b/c#d?e:f.yaml", 3, 7));
        Assert.Contains("href=\"../a%20b/c%23d%3Fe%3Af.yaml\"", link, StringComparison.Ordinal);
        Assert.Contains(">../a b/c#d?e:f.yaml:3:7</a>", link, StringComparison.Ordinal);
        Assert.Equal(string.Empty, Dataset.Export.Html.SourceLink(default));
    }

    [Fact]
    public void Overlapping_spans_nest_as_well_formed_marks_and_each_gets_one_id()
    {
        const string Text = "ab <c> & d\"ef ghij";
        EvidenceSpan[] spans =
        [
            new("statement", "outer", 0, 12, "outer"),
            new("statement", "inner", 3, 6, "inner"),
            new("sanction", "crossing", 8, 16, "crossing"),
            new("sanction", "same-start", 8, 10, "same start"),
        ];
        var numbers = spans.Select((s, i) => (s.EntryId, i)).ToDictionary(p => p.EntryId, p => p.i + 1);
        var html = ArticleHighlighter.Render(Text, spans, numbers);

        var root = XElement.Parse($"<root>{html}</root>");
        Assert.Equal(Text, string.Concat(root.DescendantNodes().OfType<XText>().Where(t => t.Parent!.Name != "a").Select(t => t.Value)));
        foreach (var span in spans)
        {
            Assert.Single(root.Descendants("mark"), m => (string?)m.Attribute("id") == span.MarkId);
            var covered = string.Concat(root.Descendants("mark").Where(m => (string?)m.Attribute("data-item") == span.EntryId).Select(m => m.Value));
            Assert.Equal(Text[span.Start..span.End], covered);
            Assert.Single(root.Descendants("a"), a => (string?)a.Attribute("href") == $"#{span.EntryId}");
        }
    }

    [Fact]
    public void The_report_command_writes_the_page_and_says_how_many_passages_it_highlighted()
    {
        using var folder = new TempFolder();
        var result = CliRun.Run("report", "--output", folder.File("report.html"));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            $"wrote {folder.File("report.html")}: {Data.Statements.Count + Data.Sanctions.Count} highlighted passage(s), {Data.Actors.Count} actor(s)",
            result.OutputLines.Single());
        Assert.Equal(Html, File.ReadAllText(folder.File("report.html")));
    }

    [Fact]
    public void An_output_that_is_a_folder_is_a_usage_error_that_names_a_file_to_give()
    {
        using var folder = new TempFolder();
        var result = CliRun.Run("report", "--output", folder.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(
            $"is a folder; give the path of the HTML file to write, for example {folder.File("dataset-report.html")}",
            result.Error,
            StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Without_the_article_text_entries_are_listed_unhighlighted_and_counted_missing()
    {
        var report = HtmlReport.Render(Data, ArticleTexts.None);
        Assert.Equal((0, Data.Statements.Count + Data.Sanctions.Count), (report.Highlights, report.Missing));
        Assert.DoesNotContain("<mark ", report.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"#mark-", report.Html, StringComparison.Ordinal);
        Assert.Contains("The article text is not available", report.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_changed_since_the_build_loses_only_the_highlights_it_no_longer_matches()
    {
        var document = Data.Documents.Single();
        var original = File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, document.TextFile));
        var changed = original.Replace("Britain imposed sanctions", "Britain imposes sanctions", StringComparison.Ordinal);
        var report = HtmlReport.Render(Data, ArticleTexts.FromFileNames(new Dictionary<string, string> { [document.TextFile] = changed }));
        Assert.Equal(1, report.Missing);
        Assert.DoesNotContain("id=\"mark-sanction-uk-sanctions-iranian-drone-suppliers\"", report.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"mark-sanction-eu-agrees-new-measures-against-iran\"", report.Html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<mark class=\"ev ev-(?<kind>[a-z]+)\" data-kind=\"\\k<kind>\" data-item=\"[^\"]+\" id=\"(?<id>[^\"]+)\"")]
    private static partial Regex MarkWithId();

    [GeneratedRegex("<a class=\"ref [^\"]+\"[^>]*>\\d+</a>")]
    private static partial Regex RefLink();

    [GeneratedRegex("<a class=\"source\" href=\"(?<href>[^\"]*)\"[^>]*>(?<text>[^<]*)</a>")]
    private static partial Regex SourceLinkTag();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
