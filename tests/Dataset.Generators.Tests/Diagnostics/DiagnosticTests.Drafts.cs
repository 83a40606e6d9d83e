namespace Dataset.Generators.Tests.Diagnostics;

/// <summary>The draft mark: each entry marked <c>draft: true</c> is reported at its mark until a person removes it.</summary>
public partial class DiagnosticTests
{
    [Fact]
    public void DS0032_drafted_statement_is_a_warning_at_its_mark()
    {
        var run = Run(Edit("    said-on: 2022-10-21\n    evidence: Russia", "    said-on: 2022-10-21\n    draft: {|DS0032:true|}\n    evidence: Russia")).Says(
            "warning: Statement 'russia-confirms-call' is a draft no one has reviewed; check it against the article, correct it, then remove 'draft: true'");

        Assert.Empty(run.Run.CompilationProblems);
    }

    [Fact]
    public void DS0032_drafted_sanction_is_a_warning_at_its_mark() =>
        Run(Edit("    status: imposed\n", "    status: imposed\n    draft: {|DS0032:true|}\n")).Says(
            "warning: Sanction 'uk-sanctions-firm' is a draft no one has reviewed; check it against the article, correct it, then remove 'draft: true'");

    [Fact]
    public void DS0032_drafted_actor_is_a_warning_at_its_mark() =>
        Run(Edit("    kind: group\n", "    kind: group\n    draft: {|DS0032:true|}\n")).Says(
            "warning: Actor 'drone-firm' is a draft no one has reviewed; check it against the article, correct it, then remove 'draft: true'");

    [Fact]
    public void DS0032_is_reported_once_for_each_drafted_entry() =>
        Run(Edit(
            ("    kind: group\n", "    kind: group\n    draft: {|DS0032:true|}\n"),
            ("    said-on: 2022-10-21\n    evidence: Russia", "    said-on: 2022-10-21\n    draft: {|DS0032:true|}\n    evidence: Russia"),
            ("    status: imposed\n", "    status: imposed\n    draft: {|DS0032:True|}\n")));

    [Theory]
    [InlineData("    draft: false\n")]
    [InlineData("    draft: False\n")]
    [InlineData("")]
    public void DS0032_is_not_reported_for_draft_false_or_no_mark(string mark) =>
        Run(Edit(("    status: imposed\n", "    status: imposed\n" + mark), ("    kind: group\n", "    kind: group\n" + mark))).Says();

    [Theory]
    [InlineData("maybe", "'maybe'")]
    [InlineData("yes", "'yes'")]
    [InlineData("\"true\"", "the quoted text 'true'")]
    [InlineData("[true]", "a list")]
    public void DS0032_mark_that_is_not_true_or_false_is_a_wrong_type_error_at_its_value(string value, string shape) =>
        Run(Edit("    status: imposed\n", "    status: imposed\n    draft: {|DS0004:" + value + "|}\n")).Says(
            $"error: Field 'draft' must be true or false, but here it is {shape}");
}
