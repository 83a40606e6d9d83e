using Microsoft.CodeAnalysis;

namespace Dataset.Generators.Tests.Diagnostics;

/// <summary>Two annotators' disagreements, as `dataset adjudicate` writes them, until a person resolves them.</summary>
public partial class DiagnosticTests
{
    [Fact]
    public void DS0040_disagreement_on_a_field_is_a_warning_at_its_entry()
    {
        var run = Run(Edit("    evidence: Russia also confirmed the call\n", "    evidence: Russia also confirmed the call\n    disagreement:\n      act: { a: confirm, b: claim }\n"));

        AssertReported(run, "DS0040", DiagnosticSeverity.Warning, Annotation, 38, 7,
            "Annotators disagree on the act of statement 'russia-confirms-call': A gave 'confirm', B gave 'claim'; keep the right value in 'act' and remove this entry (in the editor: Take A or Take B)");
        Assert.Single(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void DS0040_record_only_one_annotator_marked_is_a_warning_at_its_entry()
    {
        var run = Run(Edit("    evidence: Britain imposed sanctions on a firm\n", "    evidence: Britain imposed sanctions on a firm\n    disagreement: { only-in: b }\n"));

        AssertReported(run, "DS0040", DiagnosticSeverity.Warning, Annotation, 43, 21,
            "Sanction 'uk-sanctions-firm' was marked by annotator B only; keep it and remove 'disagreement:', or delete it (in the editor: Take A or Take B)");
        Assert.Single(run.Diagnostics);
    }

    [Fact]
    public void DS0040_is_gone_once_every_entry_is_removed_and_a_wrong_entry_is_an_error()
    {
        var resolved = Run(Edit("    evidence: Britain imposed sanctions on a firm\n", "    evidence: Britain imposed sanctions on a firm\n    disagreement: {}\n"));
        var wrong = Run(Edit("    evidence: Britain imposed sanctions on a firm\n", "    evidence: Britain imposed sanctions on a firm\n    disagreement: { speaker: { a: x, b: y } }\n"));

        Assert.Empty(resolved.Diagnostics);
        Assert.Contains(wrong.Diagnostics, d => d.Id == "DS0002" && d.GetMessage().Contains("'speaker'", StringComparison.Ordinal));
    }
}
