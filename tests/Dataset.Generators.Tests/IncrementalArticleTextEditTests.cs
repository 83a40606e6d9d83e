using Microsoft.CodeAnalysis;
using Dataset.Annotations.Model;

namespace Dataset.Generators.Tests;

/// <summary>(c) Editing an article text re-checks only that article's evidence.</summary>
public class IncrementalArticleTextEditTests
{
    [Fact]
    public void A_new_line_in_one_article_relocates_its_evidence_only()
    {
        var corpus = new IncrementalCorpus(articles: 10);
        var annotation = corpus.Corpus.ProbeAnnotationPath;
        var text = annotation[..^".yaml".Length] + ".txt";
        var before = IncrementalCorpus.Sources(corpus.First)[IncrementalAnnotationEditTests.HintOf(annotation)];

        var rerun = corpus.Edit(text, article => article.Insert(article.IndexOf('\n', StringComparison.Ordinal) + 1, "A line added by the editor.\n"));

        Assert.Empty(IncrementalCorpus.Reparsed(rerun));
        var rechecked = IncrementalCorpus.Outputs(rerun, TrackingNames.Evidence).Where(o => !IncrementalCorpus.IsCached(o.Reason)).ToList();
        var found = Assert.Single(Assert.IsType<CheckedEvidence>(Assert.Single(rechecked).Value).Results);
        Assert.Equal(IncrementalCorpus.PathOf(annotation), found.AnnotationPath);
        Assert.Single(IncrementalCorpus.Outputs(rerun, TrackingNames.ArticleTexts), o => !IncrementalCorpus.IsCached(o.Reason));
        Assert.Equal([IncrementalAnnotationEditTests.HintOf(annotation)], IncrementalCorpus.Reemitted(rerun));
        Assert.NotEqual(before, IncrementalCorpus.Sources(rerun)[IncrementalAnnotationEditTests.HintOf(annotation)]);
        Assert.Empty(GeneratorHarness.BesideLinkAdvice(rerun.Diagnostics));
    }

    [Fact]
    public void Removing_a_quoted_passage_reports_it_in_that_annotation_only()
    {
        var corpus = new IncrementalCorpus(articles: 10);
        var annotation = corpus.Corpus.ProbeAnnotationPath;
        var text = annotation[..^".yaml".Length] + ".txt";
        var lines = corpus.Text(text).Split('\n');

        var rerun = corpus.Edit(text, _ => string.Join('\n', lines.Where((_, i) => i != 2)));

        var problem = Assert.Single(GeneratorHarness.BesideLinkAdvice(rerun.Diagnostics));
        Assert.Equal("DS0013", problem.Id);
        Assert.Equal(IncrementalCorpus.PathOf(annotation), problem.Location.GetLineSpan().Path);
        Assert.Equal(DiagnosticSeverity.Error, problem.Severity);
        Assert.Equal([IncrementalAnnotationEditTests.HintOf(annotation)], IncrementalCorpus.Reemitted(rerun));
    }
}
