namespace Dataset.Generators.Tests;

/// <summary>A proposer, a forthcoming status and a standing position build without a diagnostic and read back in the catalog.</summary>
public class SanctionFieldsBuildTests
{
    [Fact]
    public void A_proposer_and_a_forthcoming_status_reach_the_sanction()
    {
        var yaml = Yaml.Valid
            .Replace("    imposer: united-kingdom\n", "    imposer: united-kingdom\n    proposer: united-states\n", StringComparison.Ordinal)
            .Replace("status: imposed", "status: forthcoming", StringComparison.Ordinal);

        var run = GeneratorHarness.Run(Yaml.Files(yaml));

        Assert.Empty(run.Diagnostics);
        var sanction = Assert.Single(CompiledCatalog.Load(run).Sanctions);
        Assert.Equal(SanctionStatus.Forthcoming, sanction.Status);
        Assert.Equal("united-states", sanction.ProposerId?.Value);
        Assert.Equal("United States", sanction.Proposer?.Name);
        Assert.Equal("united-kingdom", sanction.Imposer.Id.Value);
    }

    [Fact]
    public void A_sanction_without_a_proposer_has_none()
    {
        var sanction = Assert.Single(CompiledCatalog.Load(GeneratorHarness.Run(Yaml.Files(Yaml.Valid))).Sanctions);

        Assert.Null(sanction.ProposerId);
        Assert.Null(sanction.Proposer);
    }

    [Theory]
    [InlineData("standing", true)]
    [InlineData("undated", false)]
    [InlineData("2022-10-21", false)]
    public void Said_on_standing_marks_a_standing_position_without_a_date(string saidOn, bool standing)
    {
        var yaml = Yaml.Valid.Replace("said-on: 2022-10-21\n    evidence: keep", $"said-on: {saidOn}\n    evidence: keep", StringComparison.Ordinal);

        var run = GeneratorHarness.Run(Yaml.Files(yaml));

        Assert.Empty(run.Diagnostics);
        var statement = CompiledCatalog.Load(run).Statements.Single(s => s.Id.Value == "austin-urges-shoigu");
        Assert.Equal(standing, statement.IsStandingPosition);
        Assert.Equal(saidOn == "2022-10-21", statement.SaidOn is not null);
    }
}
