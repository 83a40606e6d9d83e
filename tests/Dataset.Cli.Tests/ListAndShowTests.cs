using Dataset.Seeds;

namespace Dataset.Cli.Tests;

/// <summary>`list KIND` and `show [KIND] ID`, including unknown ids and kinds.</summary>
public class ListAndShowTests
{
    private static readonly DatasetCatalog Data = Catalog.Instance;

    [Theory]
    [InlineData("actors")]
    [InlineData("statements")]
    [InlineData("sanctions")]
    [InlineData("documents")]
    public void List_prints_one_line_per_record_starting_with_its_id_actors_and_documents_by_id_the_rest_as_the_article_tells_them(string kind)
    {
        var ids = kind switch
        {
            "actors" => Data.Actors.Select(a => a.Id.Value),
            "statements" => Data.Statements.OrderBy(s => s.Evidence.Start).Select(s => s.Id.Value),
            "sanctions" => Data.Sanctions.OrderBy(s => s.Evidence.Start).Select(s => s.Id.Value),
            _ => Data.Documents.Select(d => d.Id.Value),
        };
        var result = CliRun.Run("list", kind);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ids, result.OutputLines.Select(l => l[..l.IndexOf("  ", StringComparison.Ordinal)]));
    }

    [Fact]
    public void List_actors_shows_names_kinds_and_roles()
    {
        var lines = CliRun.Run("list", "actors").OutputLines;
        Assert.Contains("lloyd-austin  Lloyd Austin (person; US Defense Secretary (United States))", lines);
        Assert.Contains("united-kingdom  United Kingdom (state)", lines);
    }

    [Fact]
    public void List_of_an_unknown_kind_is_a_usage_error_with_a_suggestion()
    {
        var result = CliRun.Run("list", "actrs");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains("Unknown kind 'actrs'", result.Error, StringComparison.Ordinal);
        Assert.Contains("; did you mean 'actors'?", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_an_actor_gives_its_fields_and_the_statements_it_made()
    {
        var result = CliRun.Run("show", "john-kirby");
        Assert.Equal(0, result.ExitCode);
        var lines = result.OutputLines;
        Assert.Equal("actor john-kirby", lines[0]);
        Assert.Equal("  John Kirby", lines[1]);
        Assert.Contains("  kind:          person", lines);
        Assert.Contains($"  statements made ({Data.StatementsBy(Actors.JohnKirby).Count}):", lines);
        Assert.Contains(
            lines,
            l => l.StartsWith("    kirby-vows-to-expose-deter-and-confront-iran  John Kirby (warn, indirect) to Iran:", StringComparison.Ordinal));
    }

    [Fact]
    public void Show_a_statement_gives_speaker_evidence_and_where_it_is_in_the_article()
    {
        var statement = Data.GetStatement(new StatementId("kirby-vows-to-expose-deter-and-confront-iran"));
        var lines = CliRun.Run("show", "statement", statement.Id.Value).OutputLines;
        Assert.Equal("statement kirby-vows-to-expose-deter-and-confront-iran", lines[0]);
        Assert.Contains("  speaker:       John Kirby [john-kirby]", lines);
        Assert.Contains("  audience:      Iran [iran]", lines);
        Assert.Contains("  act:           warn", lines);
        Assert.Contains(
            lines,
            l => l.StartsWith("  evidence:", StringComparison.Ordinal) && l.Contains("“expose, deter and confront”", StringComparison.Ordinal));
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, statement.Document.TextFile));
        var lineStart = text.LastIndexOf('\n', statement.Evidence.Start) + 1;
        var column = statement.Evidence.Start - lineStart + 1;
        var lastColumn = statement.Evidence.End - 1 - lineStart + 1;
        Assert.Equal(statement.Evidence.StartLine, statement.Evidence.EndLine);
        Assert.Contains(
            $"  found in:      {statement.Document.Id} ({statement.Document.TextFile}), line {statement.Evidence.StartLine}, column {column} to column " +
                $"{lastColumn}",
            lines);
        Assert.Equal(statement.Evidence.Exact, text.Split('\n')[statement.Evidence.StartLine - 1].Substring(column - 1, lastColumn - column + 1));
    }

    [Fact]
    public void Show_a_linked_sanction_gives_every_field_its_links_and_its_event()
    {
        var result = CliRun.Run("show", "--annotations", EventArticles.Folder, "eu-sanctions-drone-suppliers-wire");
        Assert.Equal(0, result.ExitCode);
        var lines = result.OutputLines;
        Assert.Equal("sanction eu-sanctions-drone-suppliers-wire", lines[0]);
        Assert.Contains("  status:        agreed", lines);
        Assert.Contains("  date:          2022-10-19", lines);
        Assert.Contains("  provisions:    asset-freeze, travel-ban", lines);
        Assert.Contains("  authority:     EU ambassadors", lines);
        Assert.Contains("  same as:       eu-sanctions-drone-suppliers-times", lines);
        Assert.Contains(
            "  event:         eu-sanctions-drone-suppliers-times (2 reports in 2 articles, 2 publishers, 2 independent sources: Example Wire, Sample Times)",
            lines);
        Assert.Contains("  other reports (1):", lines);
        Assert.Contains(lines, l => l.StartsWith("    eu-sanctions-drone-suppliers-times  ", StringComparison.Ordinal));
        Assert.Contains(
            lines,
            l => l.StartsWith("  found in:      ", StringComparison.Ordinal) && l.EndsWith(", line 3, column 20 to column 101", StringComparison.Ordinal));
    }

    [Fact]
    public void Show_a_statement_nobody_linked_has_no_event_line()
    {
        var lines = CliRun.Run("show", "statement", "kirby-vows-to-expose-deter-and-confront-iran").OutputLines;
        Assert.DoesNotContain(lines, l => l.StartsWith("  event:", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("  same as:", StringComparison.Ordinal));
    }

    [Fact]
    public void Show_the_UK_sanction_gives_imposer_targets_and_imposed_status()
    {
        var lines = CliRun.Run("show", "uk-sanctions-iranian-drone-suppliers").OutputLines;
        Assert.Equal("sanction uk-sanctions-iranian-drone-suppliers", lines[0]);
        Assert.Contains("  imposer:       United Kingdom [united-kingdom]", lines);
        Assert.Contains(
            "  targets:       Senior military figures in the Iranian drone supply [iranian-senior-military-figures], Firm in the Iranian drone supply " +
                "[iranian-drone-firm]",
            lines);
        Assert.Contains("  status:        imposed", lines);
    }

    [Fact]
    public void Show_a_document_lists_its_statements_and_sanctions()
    {
        var document = Data.Documents.Single();
        var lines = CliRun.Run("show", document.Id.Value).OutputLines;
        Assert.Equal($"document {document.Id}", lines[0]);
        Assert.Contains("  publisher:     Dawn", lines);
        Assert.Contains($"  statements ({Data.Statements.Count}):", lines);
        Assert.Contains("  sanctions (3):", lines);
    }

    [Fact]
    public void An_unknown_id_fails_with_a_clear_message_and_suggestions()
    {
        var result = CliRun.Run("show", "kirby");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.StartsWith(
            "dataset: No document, actor, statement or sanction has the id 'kirby'; did you mean 'john-kirby' or", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_of_another_kind_is_not_found_when_the_kind_is_given()
    {
        var result = CliRun.Run("show", "sanction", "john-kirby");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("No sanction has the id 'john-kirby'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_id_gets_the_nearest_one_suggested()
    {
        var result = CliRun.Run("show", "lloyd-austen");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("; did you mean 'lloyd-austin'?", result.Error, StringComparison.Ordinal);
    }
}
