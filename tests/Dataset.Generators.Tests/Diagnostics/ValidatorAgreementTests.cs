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
            .Replace("said-on: 2022-10-21\n    evidence: keep", "evidence: keep", StringComparison.Ordinal);
        (string Path, string? Text)[] files = [.. Yaml.Files(yaml), ("seeds/other.yaml", "actors:\n  - id: russia\n    name: R\n    kind: stat\n")];

        var run = GeneratorHarness.Run(files);
        var problems = AnnotationValidator.Validate(files.Select(f => new KeyValuePair<string, string?>(GeneratorHarness.Absolute(f.Path), f.Text)));

        var fromBuild = run.Diagnostics.Select(d => new ValidationProblem(
            d.Id,
            d.DefaultSeverity == DiagnosticSeverity.Error,
            d.Location.GetLineSpan().Path,
            d.Location.GetLineSpan().StartLinePosition.Line + 1,
            d.Location.GetLineSpan().StartLinePosition.Character + 1,
            d.GetMessage(CultureInfo.InvariantCulture)).ToString());
        Assert.True(problems.Count >= 7, string.Join("\n", problems));
        Assert.Equal(fromBuild.Order(StringComparer.Ordinal), problems.Select(p => p.ToString()).Order(StringComparer.Ordinal));
    }
}
