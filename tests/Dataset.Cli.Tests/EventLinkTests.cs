using Dataset.Annotations;
using DuckDB.NET.Data;

namespace Dataset.Cli.Tests;

/// <summary>
/// Two articles from two publishers reporting one sanction and one denial (tests/Shared/EventArticles): with same-as
/// they are one event of each, counted and compared; without it the identity key suggests both pairs; a misspelt
/// same-as id is a located error.
/// </summary>
public class EventLinkTests
{
    [Fact]
    public void Same_as_makes_one_event_of_each_with_two_articles_and_two_publishers()
    {
        var catalog = Catalog(EventArticles.Files());

        var sanction = Assert.Single(catalog.SanctionEvents);
        var denial = Assert.Single(catalog.StatementEvents);
        Assert.Equal(["eu-sanctions-drone-suppliers-times", "eu-sanctions-drone-suppliers-wire"], sanction.MemberIds);
        Assert.Equal(["iran-denies-sending-drones-times", "iran-denies-supplying-drones-wire"], denial.MemberIds);
        foreach (var @event in new ReportedEvent[] { sanction, denial })
        {
            Assert.Equal(2, @event.ArticleCount);
            Assert.Equal(2, @event.PublisherCount);
            Assert.Equal(["Example Wire", "Sample Times"], @event.Publishers);
            Assert.Equal(new DateOnly(2022, 10, 19), @event.FirstReported);
        }

        // The link is written on one side only, and reaches the event from both.
        Assert.Same(sanction, catalog.GetSanction(new SanctionId("eu-sanctions-drone-suppliers-times")).Event);
        Assert.Same(sanction, catalog.GetSanction(new SanctionId("eu-sanctions-drone-suppliers-wire")).Event);
        Assert.Equal("eu-sanctions-drone-suppliers-wire", sanction.FirstReport.Id.Value);
        Assert.Equal(["example-wire-2022-10-19-eu-drone-sanctions", "sample-times-2022-10-20-eu-drone-sanctions"], sanction.Documents.Select(d => d.Id.Value));
    }

    [Fact]
    public void Where_the_reports_differ_the_event_says_so_typed()
    {
        var catalog = Catalog(EventArticles.Files());
        var sanction = Assert.Single(catalog.SanctionEvents);
        var denial = Assert.Single(catalog.StatementEvents);

        Assert.Equal([EventField.Targets], sanction.Disagreements);
        Assert.Null(sanction.Status);
        var targets = sanction.Targets!;
        Assert.Equal(2, targets.Values.Count);
        Assert.Equal(["iranian-drone-officers", "shahed-aviation-industries"], targets.Values[0].Value.Select(t => t.Value));
        Assert.Equal(["eu-sanctions-drone-suppliers-wire"], targets.Values[0].RecordIds);
        Assert.Equal(["iranian-drone-suppliers", "shahed-aviation-industries"], targets.Values[1].Value.Select(t => t.Value));

        Assert.Equal([EventField.Date], denial.Disagreements);
        Assert.Equal([new DateOnly(2022, 10, 19), new DateOnly(2022, 10, 20)], denial.Dates!.Values.Select(v => v.Value));
        Assert.Null(denial.Speaker);
    }

    [Fact]
    public void Events_parquet_read_back_by_DuckDB_has_the_counts()
    {
        using var output = new TempFolder();
        var result = CliRun.Run("export", "--format", "parquet", "--annotations", EventArticles.Folder, "--output", output.Path);
        Assert.Equal(0, result.ExitCode);

        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();
        var rows = SqlRows.Read(
            db,
            $"SELECT id, kind, len(members), article_count, publisher_count, first_reported, publishers FROM '{output.File("events.parquet")}' ORDER BY " +
                "kind, id",
            r => (Id: r.GetString(
                0), Kind: r.GetString(
                    1), Members: Convert.ToInt32(
                        r.GetValue(2),
                        System.Globalization.CultureInfo.InvariantCulture), Articles: r.GetInt32(
                            3), Publishers: r.GetInt32(4), First: r.GetFieldValue<DateOnly>(5), Names: string.Join("|", (List<string>)r.GetValue(6))));

        Assert.Equal(
            [
                ("eu-sanctions-drone-suppliers-times", "sanction", 2, 2, 2, new DateOnly(2022, 10, 19), "Example Wire|Sample Times"),
                ("iran-denies-sending-drones-times", "statement", 2, 2, 2, new DateOnly(2022, 10, 19), "Example Wire|Sample Times"),
            ],
            rows.Select(r => (r.Id, r.Kind, r.Members, r.Articles, r.Publishers, r.First, r.Names)));
        var events = SqlRows.Read(db, $"SELECT DISTINCT event FROM '{output.File("sanctions.parquet")}'", r => r.GetString(0));
        Assert.Equal(["eu-sanctions-drone-suppliers-times"], events);
    }

    [Fact]
    public void Without_links_the_build_and_dataset_links_suggest_both_pairs()
    {
        using var folder = new TempFolder();
        EventArticles.CopyTo(folder.Path, EventArticles.WithoutLinks);

        var result = CliRun.Run("links", folder.Path);

        Assert.Equal(0, result.ExitCode);
        var lines = result.OutputLines;
        Assert.Equal(3, lines.Length);
        Assert.StartsWith(
            "statement iran-denies-sending-drones-times iran-denies-supplying-drones-wire: same speaker 'iranian-foreign-ministry', same act deny, 1 day apart",
            lines[0],
            StringComparison.Ordinal);
        Assert.StartsWith(
            "sanction eu-sanctions-drone-suppliers-times eu-sanctions-drone-suppliers-wire: same imposer 'european-union', shared targets " +
                "'shahed-aviation-industries', same day",
            lines[1],
            StringComparison.Ordinal);
        Assert.StartsWith("links: 2 suggested pair(s)", lines[2], StringComparison.Ordinal);

        var infos = AnnotationValidator.Validate(EventArticlesIn(folder.Path)).Where(p => p.Id == "DS0038").ToList();
        Assert.Equal(4, infos.Count);
        Assert.All(infos, p => Assert.False(p.IsError));
        Assert.Equal(
            [(EventArticles.WireAnnotation, 12), (EventArticles.WireAnnotation, 20), (EventArticles.TimesAnnotation, 11), (EventArticles.TimesAnnotation, 19)],
            infos.Select(p => (Path.GetFileName(p.Path), p.Line)).Order());
    }

    [Fact]
    public void Evaluate_scores_the_suggestions_made_without_links_against_the_same_as_links_and_writes_nothing()
    {
        using var folder = new TempFolder();
        // The Times' denial dated three days after the wire's: the same-as link stays, the identity key's window misses it.
        CopyEdited(folder.Path, EventArticles.TimesAnnotation, "said-on: 2022-10-20", "said-on: 2022-10-22");
        var before = Directory.GetFiles(folder.Path).ToDictionary(f => f, File.ReadAllText);

        var result = CliRun.Run("links", "--evaluate", folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                "Events reported by several articles (the annotations' same-as), and whether suggestions made without any link connect them:",
                "statement iran-denies-sending-drones-times iran-denies-supplying-drones-wire: missed",
                "  iran-denies-sending-drones-times iran-denies-supplying-drones-wire: date window: 3 days apart, over 1",
                "events: 2 reported by several articles, 1 connected by the suggestions",
                "  connected 50.0 % (1 of 2)",
                "Suggestions made as if no record had same-as or distinct-from (nothing written), scored against the events:",
                "suggestions: 1 made, 1 right (both records of one event)",
                "  right 100.0 % (1 of 1)",
            ],
            result.OutputLines);
        Assert.Equal(before, Directory.GetFiles(folder.Path).ToDictionary(f => f, File.ReadAllText));
    }

    [Fact]
    public void Evaluate_lists_a_wrong_suggestion_with_its_reason_and_files()
    {
        using var folder = new TempFolder();
        // Without the statement's link its two reports are two events: the suggestion that joins them is wrong.
        CopyEdited(folder.Path, EventArticles.WireAnnotation, "    same-as: iran-denies-sending-drones-times\n", string.Empty);

        var lines = CliRun.Run("links", "--evaluate", folder.Path).OutputLines;

        var wrong = Assert.Single(lines, l => l.Contains(": wrong (", StringComparison.Ordinal));
        Assert.StartsWith(
            "statement iran-denies-sending-drones-times iran-denies-supplying-drones-wire: same speaker 'iranian-foreign-ministry', same act deny, 1 day apart",
            wrong,
            StringComparison.Ordinal);
        var files = $"{Path.Combine(folder.Path, EventArticles.TimesAnnotation)}, {Path.Combine(folder.Path, EventArticles.WireAnnotation)})";
        Assert.EndsWith(files, wrong, StringComparison.Ordinal);
        Assert.Contains("events: 1 reported by several articles, 1 connected by the suggestions", lines);
        Assert.Contains("  right 50.0 % (1 of 2)", lines);
    }

    /// <summary>The two articles copied to a folder, with text replaced in one annotation.</summary>
    private static void CopyEdited(string folder, string annotation, string old, string replacement) =>
        EventArticles.CopyTo(folder, (name, text) => name == annotation ? text.Replace(old, replacement, StringComparison.Ordinal) : text);

    [Fact]
    public void With_links_nothing_is_suggested()
    {
        var result = CliRun.Run("links", EventArticles.Folder);

        Assert.Equal(["links: 0 suggested pair(s); add same-as or distinct-from to each to decide it"], result.OutputLines);
        Assert.DoesNotContain(AnnotationValidator.Validate(EventArticles.Files()), p => p.Id == "DS0038" || p.IsError);
    }

    [Fact]
    public void A_misspelt_same_as_id_is_a_located_error_with_the_id_it_meant()
    {
        using var folder = new TempFolder();
        EventArticles.CopyTo(
            folder.Path,
            (
                name,
                text) => text.Replace("same-as: eu-sanctions-drone-suppliers-times", "same-as: eu-sanctions-drone-supplier-times", StringComparison.Ordinal));

        var result = CliRun.Run("validate", folder.Path);

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.OutputLines, l => l.Contains("error DS0035", StringComparison.Ordinal));
        var line = File.ReadAllLines(folder.File(EventArticles.WireAnnotation))
            .ToList()
            .FindIndex(l => l.Contains("same-as: eu-sanctions-drone-supplier-times", StringComparison.Ordinal))
            + 1;
        Assert.EndsWith(
            $"{EventArticles.WireAnnotation}({line},14): error DS0035: Unknown sanction 'eu-sanctions-drone-supplier-times' in same-as; link a sanction " +
                "declared in another article; did you mean 'eu-sanctions-drone-suppliers-times'?",
            error,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_another_kind_or_the_same_article_is_a_located_error()
    {
        using var folder = new TempFolder();
        EventArticles.CopyTo(folder.Path, (name, text) => text
            .Replace("same-as: eu-sanctions-drone-suppliers-times\n", "distinct-from: eu-sanctions-drone-suppliers-wire\n", StringComparison.Ordinal)
            .Replace("same-as: iran-denies-sending-drones-times", "same-as: eu-sanctions-drone-suppliers-times", StringComparison.Ordinal));

        var problems = AnnotationValidator.Validate(EventArticlesIn(folder.Path)).Where(p => p.IsError).ToList();

        Assert.Equal(["DS0036", "DS0037"], problems.Select(p => p.Id).Order());
        Assert.Contains(
            problems,
            p => p.Message == "'eu-sanctions-drone-suppliers-times' in same-as is a sanction, not a statement; "
                + "a statement is one event only with another statement");
        Assert.Contains(
            problems,
            p => p.Message.StartsWith("'eu-sanctions-drone-suppliers-wire' in distinct-from is declared in this same article", StringComparison.Ordinal));
    }

    [Fact]
    public void A_distinct_from_that_same_as_links_contradict_is_an_error()
    {
        using var folder = new TempFolder();
        EventArticles.CopyTo(folder.Path, (name, text) => name == EventArticles.TimesAnnotation
            ? text.Replace(
                "    evidence: again denied", "    distinct-from: iran-denies-supplying-drones-wire\n    evidence: again denied", StringComparison.Ordinal)
            : text);

        var problem = Assert.Single(AnnotationValidator.Validate(EventArticlesIn(folder.Path)), p => p.IsError);

        Assert.Equal("DS0039", problem.Id);
        Assert.Equal(EventArticles.TimesAnnotation, Path.GetFileName(problem.Path));
        Assert.Equal(
            "Statement 'iran-denies-sending-drones-times' is distinct-from 'iran-denies-supplying-drones-wire', but same-as links make them one event " +
                "(iran-denies-sending-drones-times, iran-denies-supplying-drones-wire); remove the distinct-from or the same-as that is wrong",
            problem.Message);
    }

    [Fact]
    public void A_distinct_from_answers_a_suggestion()
    {
        using var folder = new TempFolder();
        EventArticles.CopyTo(folder.Path, (name, text) =>
        {
            var unlinked = EventArticles.WithoutLinks(name, text);
            return name == EventArticles.WireAnnotation
                ? unlinked.Replace(
                    "    evidence: European Union ambassadors",
                    "    distinct-from: eu-sanctions-drone-suppliers-times\n    evidence: European Union ambassadors", StringComparison.Ordinal)
                : unlinked;
        });

        var result = CliRun.Run("links", folder.Path);

        Assert.Equal(2, result.OutputLines.Length);
        Assert.StartsWith("statement ", result.OutputLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_says_also_reported_by_with_a_link_to_the_other_report()
    {
        using var folder = new TempFolder();
        var page = folder.File("report.html");
        Assert.Equal(0, CliRun.Run("report", "--annotations", EventArticles.Folder, "--output", page).ExitCode);

        var html = File.ReadAllText(page);

        Assert.Contains(
            "also reported by <a href=\"#sanction-eu-sanctions-drone-suppliers-times\">Sample Times, 2022-10-20</a> <span class=\"meta\">(the reports differ " +
                "on targets)</span>",
            html, StringComparison.Ordinal);
        Assert.Contains(
            "also reported by <a href=\"#statement-iran-denies-supplying-drones-wire\">Example Wire, 2022-10-19</a> <span class=\"meta\">(the reports differ " +
                "on date)</span>",
            html, StringComparison.Ordinal);
        Assert.Contains("id=\"sanction-eu-sanctions-drone-suppliers-times\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"statement-iran-denies-supplying-drones-wire\"", html, StringComparison.Ordinal);
    }

    private static List<KeyValuePair<string, string?>> EventArticlesIn(string folder) =>
        Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Select(p => new KeyValuePair<string, string?>(p, File.ReadAllText(p))).ToList();

    private static RecordDataCatalog Catalog(IEnumerable<KeyValuePair<string, string?>> files)
    {
        var read = AnnotationReader.Read(files);
        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        return new RecordDataCatalog(read.Files.Select(f => f.Data));
    }
}
