using Dataset.Seeds;

namespace Dataset.Cli.Tests;

/// <summary>With no arguments the tool prints counts, then actors, statements (speaker, evidence) and sanctions.</summary>
public class SummaryTests
{
    private static readonly DatasetCatalog Data = Catalog.Instance;

    [Fact]
    public void No_arguments_print_the_counts_first()
    {
        var result = CliRun.Run();
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Equal($"Dataset: 1 document, {Data.Actors.Count} actors, {Data.Statements.Count} statements, 3 sanctions", result.OutputLines[0]);
        Assert.Equal(22, Data.Actors.Count);
    }

    [Fact]
    public void Sections_come_in_order_documents_actors_statements_sanctions()
    {
        var lines = CliRun.Run().OutputLines.ToList();
        var sections = new[] {
            "Documents (1)",
            $"Actors ({Data.Actors.Count})",
            $"Statements ({Data.Statements.Count})",
            "Sanctions (3)" }.Select(s => lines.IndexOf(s))
            .ToList();
        Assert.All(sections, index => Assert.True(index > 0));
        Assert.Equal(sections.Order(), sections);
    }

    [Fact]
    public void Every_actor_statement_and_sanction_is_listed_by_id()
    {
        var output = CliRun.Run().Output;
        Assert.All(Data.Actors, a => Assert.Contains($"{a.Name}", output, StringComparison.Ordinal));
        Assert.All(Data.Actors, a => Assert.Contains($"[{a.Id}]", output, StringComparison.Ordinal));
        Assert.All(Data.Statements, s => Assert.Contains($"[{s.Id}]", output, StringComparison.Ordinal));
        Assert.All(Data.Sanctions, s => Assert.Contains($"[{s.Id}]", output, StringComparison.Ordinal));
    }

    [Fact]
    public void Statements_and_sanctions_come_in_the_order_the_article_tells_them()
    {
        var output = CliRun.Run().Output;
        int At(string id) => output.IndexOf($"[{id}]", StringComparison.Ordinal);

        Assert.Equal(Data.Statements.OrderBy(s => s.Evidence.Start).Select(s => s.Id.Value), Data.Statements.Select(s => s.Id.Value).OrderBy(At));
        Assert.Equal(Data.Sanctions.OrderBy(s => s.Evidence.Start).Select(s => s.Id.Value), Data.Sanctions.Select(s => s.Id.Value).OrderBy(At));
    }

    [Fact]
    public void Kirby_is_shown_as_speaker_of_the_expose_deter_and_confront_statement_with_its_evidence()
    {
        var lines = CliRun.Run().OutputLines;
        var header = Array.FindIndex(lines, l => l.Contains("[kirby-vows-to-expose-deter-and-confront-iran]", StringComparison.Ordinal));
        Assert.StartsWith("  John Kirby — warn → Iran", lines[header], StringComparison.Ordinal);
        Assert.Contains("“expose, deter and confront” Iran’s supply of munitions to Russia", lines[header + 1], StringComparison.Ordinal);
        Assert.EndsWith("(line 19)", lines[header + 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Sanctions_show_imposer_targets_status_and_reason()
    {
        var lines = CliRun.Run().OutputLines;
        var uk = Array.FindIndex(lines, l => l.Contains("[uk-sanctions-iranian-drone-suppliers]", StringComparison.Ordinal));
        Assert.StartsWith(
            "  United Kingdom → Senior military figures in the Iranian drone supply, Firm in the Iranian drone supply: imposed",
            lines[uk],
            StringComparison.Ordinal);
        Assert.Equal("    reason: involvement in the supply of Iranian drones to Russia", lines[uk + 1]);
        Assert.Contains("Britain imposed sanctions on senior military figures and a firm", lines[uk + 2], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("  United States → Iran: considered", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  European Union → Iran: agreed", StringComparison.Ordinal));
    }

    [Fact]
    public void The_summary_command_prints_the_same_as_no_arguments()
    {
        Assert.Equal(CliRun.Run().Output, CliRun.Run("summary").Output);
    }
}
