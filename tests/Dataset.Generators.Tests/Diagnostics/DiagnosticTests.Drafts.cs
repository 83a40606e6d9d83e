using Microsoft.CodeAnalysis;

namespace Dataset.Generators.Tests.Diagnostics;

/// <summary>The draft mark: each entry marked <c>draft: true</c> is reported at its mark until a person removes it.</summary>
public partial class DiagnosticTests
{
    [Fact]
    public void DS0032_drafted_statement_is_a_warning_at_its_mark()
    {
        var run = Run(Edit("    said-on: 2022-10-21\n    evidence: Russia", "    said-on: 2022-10-21\n    draft: true\n    evidence: Russia"));

        AssertReported(run, "DS0032", DiagnosticSeverity.Warning, Annotation, 36, 12,
            "Statement 'russia-confirms-call' is a draft no one has reviewed; check it against the article, correct it, then remove 'draft: true'");
        Assert.Single(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void DS0032_drafted_sanction_is_a_warning_at_its_mark()
    {
        var run = Run(Edit("    status: imposed\n", "    status: imposed\n    draft: true\n"));

        AssertReported(run, "DS0032", DiagnosticSeverity.Warning, Annotation, 42, 12,
            "Sanction 'uk-sanctions-firm' is a draft no one has reviewed; check it against the article, correct it, then remove 'draft: true'");
        Assert.Single(run.Diagnostics);
    }

    [Fact]
    public void DS0032_drafted_actor_is_a_warning_at_its_mark()
    {
        var run = Run(Edit("    kind: group\n", "    kind: group\n    draft: true\n"));

        AssertReported(run, "DS0032", DiagnosticSeverity.Warning, Annotation, 24, 12,
            "Actor 'drone-firm' is a draft no one has reviewed; check it against the article, correct it, then remove 'draft: true'");
        Assert.Single(run.Diagnostics);
    }

    [Fact]
    public void DS0032_is_reported_once_for_each_drafted_entry()
    {
        var drafted = Edit("    kind: group\n", "    kind: group\n    draft: true\n")
            .Replace("    said-on: 2022-10-21\n    evidence: Russia", "    said-on: 2022-10-21\n    draft: true\n    evidence: Russia", StringComparison.Ordinal)
            .Replace("    status: imposed\n", "    status: imposed\n    draft: True\n", StringComparison.Ordinal);

        var run = Run(drafted);

        Assert.Equal([24, 37, 44], run.Diagnostics.Where(d => d.Id == "DS0032").Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1).Order());
        Assert.Equal(3, run.Diagnostics.Length);
    }

    [Theory]
    [InlineData("    draft: false\n")]
    [InlineData("    draft: False\n")]
    [InlineData("")]
    public void DS0032_is_not_reported_for_draft_false_or_no_mark(string mark)
    {
        var run = Run(Edit("    status: imposed\n", "    status: imposed\n" + mark)
            .Replace("    kind: group\n", "    kind: group\n" + mark, StringComparison.Ordinal));

        Assert.Empty(run.Diagnostics);
    }

    [Theory]
    [InlineData("maybe", "'maybe'")]
    [InlineData("yes", "'yes'")]
    [InlineData("\"true\"", "the quoted text 'true'")]
    [InlineData("[true]", "a list")]
    public void DS0032_mark_that_is_not_true_or_false_is_a_wrong_type_error_at_its_value(string value, string shape)
    {
        var run = Run(Edit("    status: imposed\n", "    status: imposed\n    draft: " + value + "\n"));

        AssertReported(run, "DS0004", DiagnosticSeverity.Error, Annotation, 42, 12,
            $"Field 'draft' must be true or false, but here it is {shape}");
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "DS0032");
    }
}
