using Microsoft.CodeAnalysis.Text;

namespace Dataset.Generators.Tests.Diagnostics;

/// <summary>Each diagnostic's span is exactly the offending YAML text: its character span and its line span agree on it.</summary>
public class DiagnosticSpanTests
{
    [Theory]
    [InlineData("DS0002", "publisher: Dawn", "publsher: Dawn", "publsher")]
    [InlineData("DS0004", "targets: [drone-firm]", "targets: drone-firm", "drone-firm")]
    [InlineData("DS0005", "act: urge", "act: urges", "urges")]
    [InlineData("DS0006", "published: 2022-10-22", "published: 2022-13-01", "2022-13-01")]
    [InlineData("DS0007", "id: uk-sanctions-firm", "id: UK sanctions", "UK sanctions")]
    [InlineData("DS0009", "id: russia\n", "id: all\n", "all")]
    [InlineData("DS0010", "imposer: united-kingdom", "imposer: united-kingdon", "united-kingdon")]
    [InlineData("DS0012", "text: article.txt", "text: missing.txt", "missing.txt")]
    [InlineData("DS0013", "evidence: Britain imposed sanctions on a firm", "evidence: France imposed sanctions on a firm", "France imposed sanctions on a firm")]
    [InlineData("DS0014", "evidence: Britain imposed sanctions on a firm", "evidence: 'Britain imposed  sanctions on a firm'", "'Britain imposed  sanctions on a firm'")]
    [InlineData("DS0015", "evidence: Britain imposed sanctions on a firm", "evidence: on", "on")]
    [InlineData("DS0016", "    kind: group", "    kind: group\n    wikidata: https://www.wikidata.org/wiki/Q42", "https://www.wikidata.org/wiki/Q42")]
    [InlineData("DS0022", "  publisher: Dawn\n", "  publisher: Dawn\n  publisher: Dawn\n", "publisher")]
    [InlineData("DS0025", "targets: [drone-firm]", "targets: []", "[]")]
    public void The_span_covers_exactly_the_offending_text(string id, string find, string replace, string offending)
    {
        var yaml = DiagnosticTests.Edit(find, replace);
        if (id == "DS0009")
        {
            yaml = yaml.Replace("speaker: russia", "speaker: all", StringComparison.Ordinal);
        }

        var run = GeneratorHarness.Run(Yaml.Files(yaml));

        var diagnostic = run.Single(id);
        var span = diagnostic.Location.SourceSpan;
        var lines = SourceText.From(yaml).Lines;
        Assert.Equal(offending, yaml.Substring(span.Start, span.Length));
        Assert.Equal(lines.GetLinePositionSpan(span), diagnostic.Location.GetLineSpan().Span);
        Assert.Equal(id == "DS0022" ? yaml.LastIndexOf(offending, StringComparison.Ordinal) : yaml.IndexOf(replace, StringComparison.Ordinal) + replace.IndexOf(offending, StringComparison.Ordinal), span.Start);
    }
}
