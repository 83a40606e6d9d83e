using Microsoft.CodeAnalysis;
using Dataset.Annotations.Coverage;

namespace Dataset.Generators.Tests;

/// <summary>Coverage is measured per article: an edit re-measures the edited article only, or nothing.</summary>
public class IncrementalCoverageTests
{
    [Fact]
    public void A_line_added_to_one_article_remeasures_that_article_only()
    {
        var corpus = new IncrementalCorpus(articles: 10);
        var text = TextOf(corpus.Corpus.ProbeAnnotationPath);

        var rerun = corpus.Edit(
            text,
            article => article.Insert(article.IndexOf('\n', StringComparison.Ordinal) + 1, "“This is a quote nobody annotated,” an official said.\n"));

        var remeasured = Remeasured(rerun);
        Assert.Equal([IncrementalCorpus.PathOf(text)], remeasured.Select(r => r.TextPath));
        Assert.Equal(1, remeasured[0].QuotedPassages - remeasured[0].QuotedAnnotated);
        // The quote, and the sentence attributing it to "an official".
        Assert.Equal(1, remeasured[0].AttributedSentences - remeasured[0].AttributedAnnotated);
        var advice = GeneratorHarness.BesideLinkAdvice(rerun.Diagnostics).ToList();
        Assert.Equal(2, advice.Count);
        Assert.All(
            advice,
            a => Assert.Equal(
                ("DS0028", DiagnosticSeverity.Info, IncrementalCorpus.PathOf(text), 2),
                (a.Id, a.Severity, a.Location.GetLineSpan().Path, a.Location.GetLineSpan().StartLinePosition.Line + 1)));
    }

    [Fact]
    public void Editing_a_summary_leaves_every_coverage_step_cached()
    {
        var corpus = new IncrementalCorpus(articles: 10);

        var rerun = corpus.Edit(
            corpus.Corpus.ProbeAnnotationPath,
            yaml => IncrementalAnnotationEditTests.ReplaceFirst(yaml, "summary: \"", "summary: \"Edited: "));

        foreach (var step in new[] { TrackingNames.ActorNames, TrackingNames.CoverageInputs, TrackingNames.Coverage })
        {
            Assert.All(IncrementalCorpus.Outputs(rerun, step), o => Assert.True(IncrementalCorpus.IsCached(o.Reason), $"{step} was {o.Reason}."));
        }
    }

    [Fact]
    public void Removing_a_statement_remeasures_its_article_only_and_names_its_quote()
    {
        var corpus = new IncrementalCorpus(articles: 10);
        var annotation = corpus.Corpus.ProbeAnnotationPath;
        var yaml = corpus.Text(annotation);
        var direct = yaml.IndexOf("    form: direct\n", StringComparison.Ordinal);
        Assert.True(direct >= 0, "The probe article has a direct quote.");
        var start = yaml.LastIndexOf("  - id: ", direct, StringComparison.Ordinal);
        var end = yaml.IndexOf("  - id: ", direct, StringComparison.Ordinal);
        var evidence = System.Text.RegularExpressions.Regex.Match(yaml[start..end], "evidence: \"(?<quote>[^\"]+)\"").Groups["quote"].Value;
        Assert.DoesNotContain("responds-to: " + yaml[(start + 8)..yaml.IndexOf('\n', start)], yaml, StringComparison.Ordinal);

        var rerun = corpus.Edit(annotation, text => text.Remove(start, end - start));

        var report = Assert.Single(Remeasured(rerun));
        Assert.Equal(IncrementalCorpus.PathOf(TextOf(annotation)), report.TextPath);
        Assert.Contains(report.Uncovered, u => u.Kind == PassageKind.Quote && u.Text.Contains(evidence, StringComparison.Ordinal));
        Assert.All(rerun.Diagnostics.Where(d => d.Id == "DS0028"), d => Assert.Equal(report.TextPath, d.Location.GetLineSpan().Path));
    }

    private static List<CoverageReport> Remeasured(GeneratorDriverRunResult run) =>
        IncrementalCorpus.Outputs(run, TrackingNames.Coverage).Where(o => !IncrementalCorpus.IsCached(o.Reason)).Select(o => (CoverageReport)o.Value).ToList();

    private static string TextOf(string annotation) => annotation[..^".yaml".Length] + ".txt";
}
