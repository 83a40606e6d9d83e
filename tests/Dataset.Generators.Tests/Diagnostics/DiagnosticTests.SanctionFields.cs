namespace Dataset.Generators.Tests.Diagnostics;

/// <summary>The diagnostics of a sanction's proposer and forthcoming status and of a standing position's said-on.</summary>
public partial class DiagnosticTests
{
    [Fact]
    public void DS0010_unknown_proposer_is_checked_like_the_imposer() =>
        Run(Edit("    imposer: united-kingdom\n", "    imposer: united-kingdom\n    proposer: {|DS0010:unted-states|}\n")).Says(
            "error: Unknown actor 'unted-states'; declare it under actors: here or in the shared registry; did you mean 'united-states'?");

    [Fact]
    public void DS0005_misspelt_forthcoming_status_suggests_it() =>
        Run(Edit("status: imposed", "status: {|DS0005:forthcomming|}")).Says(
            "error: 'forthcomming' is not a valid status; expected one of: considered, threatened, agreed, announced, imposed, lifted, forthcoming; did you " +
                "mean 'forthcoming'?");

    [Fact]
    public void DS0005_misspelt_standing_in_said_on_suggests_the_word_not_a_date() =>
        Run(Edit("said-on: 2022-10-21\n    evidence: keep", "said-on: {|DS0005:standng|}\n    evidence: keep")).Says(
            "error: 'standng' is not a valid said-on; expected one of: YYYY-MM-DD, undated, standing; did you mean 'standing'?");
}
