using Dataset.Annotations;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Dataset.Generators.Tests.Diagnostics;

/// <summary>The command line's validator (no build) and the generator report the same problems at the same places.</summary>
public class ValidatorAgreementTests
{
    [Fact]
    public void The_validator_reports_exactly_what_the_build_reports()
    {
        var yaml = DiagnosticTests.Edit("act: confirm", "act: confirms")
            .Replace("speaker: lloyd-austin", "speaker: loyd-austin", StringComparison.Ordinal)
            .Replace("evidence: Britain imposed", "evidence: France imposed", StringComparison.Ordinal)
            .Replace("targets: [drone-firm]", "targets: []", StringComparison.Ordinal)
            .Replace("said-on: 2022-10-21\n    evidence: keep", "evidence: keep", StringComparison.Ordinal)
            + "unannotated:\n  - passage: Russia denied it\n    reason: Not in the article.\n  - passage: also confirmed\n";
        (string Path, string? Text)[] files =
        [
            ("seeds/article.yaml", yaml),
            (Yaml.ArticlePath, Yaml.Article + "“We will not back down from this,” the banner read.\n"),
            ("seeds/other.yaml", "actors:\n  - id: russia\n    name: R\n    kind: stat\n"),
        ];

        var run = GeneratorHarness.Run(files);
        var problems = AnnotationValidator.Validate(files.Select(f => new KeyValuePair<string, string?>(GeneratorHarness.Absolute(f.Path), f.Text)));

        // Coverage advice (info) is dataset coverage's to show; validate reports errors and warnings.
        Assert.Single(run.Diagnostics, d => d.Id == "DS0028");
        var fromBuild = run.Diagnostics.Where(d => d.DefaultSeverity != DiagnosticSeverity.Info).Select(d => new ValidationProblem(
            d.Id,
            d.DefaultSeverity == DiagnosticSeverity.Error,
            d.Location.GetLineSpan().Path,
            d.Location.GetLineSpan().StartLinePosition.Line + 1,
            d.Location.GetLineSpan().StartLinePosition.Character + 1,
            d.GetMessage(CultureInfo.InvariantCulture)).ToString());
        Assert.True(problems.Count >= 9, string.Join("\n", problems));
        Assert.Contains(problems, p => p.Id == "DS0029");
        Assert.Contains(problems, p => p.Id == "DS0030");
        Assert.Equal(fromBuild.Order(StringComparer.Ordinal), problems.Select(p => p.ToString()).Order(StringComparer.Ordinal));
    }
}
