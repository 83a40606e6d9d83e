using Dataset.Annotations;
using Dataset.CorpusMaker;

namespace Dataset.Generators.Tests;

/// <summary>The benchmark corpus must be what an analyst would write: valid, shared actors, the usual item counts.</summary>
public class SyntheticCorpusTests
{
    [Fact]
    public void A_small_synthetic_corpus_generates_with_no_diagnostic_and_compiles()
    {
        var corpus = SyntheticCorpus.Make(articles: 10, seed: 42);

        var run = GeneratorHarness.Run(
            corpus.Files.Select(f => ("annotations/" + f.Path, (string?)f.Text)).ToArray(),
            "public static class App { public static int Count => TestData.Statements.All.Count; }");

        Assert.Empty(run.DiagnosticsBesideLinkAdvice);
        Assert.Empty(run.CompilationProblems);
        // One source per annotation, the catalog and the manifest.
        Assert.Equal(corpus.Files.Count(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)) + 2, run.Sources.Count);
    }

    [Fact]
    public void Every_article_gives_coverage_quotes_and_attributed_sentences_to_check_and_covers_them_all()
    {
        var corpus = SyntheticCorpus.Make(articles: 10, seed: 42);

        var documents = AnnotationCoverage.Analyze(
            corpus.Files.Select(f => new KeyValuePair<string, string?>(GeneratorHarness.Absolute("annotations/" + f.Path), f.Text)));

        Assert.Equal(10, documents.Count);
        Assert.All(documents, d => Assert.Empty(d.Uncovered));
        Assert.All(documents, d => Assert.InRange(d.AttributedSentences, 8, 20));
        Assert.True(documents.Sum(d => d.QuotedPassages) >= 20, "About a third of the statements are direct quotes.");
    }

    [Fact]
    public void The_same_seed_makes_the_same_corpus_and_another_seed_another()
    {
        var first = SyntheticCorpus.Make(articles: 5, seed: 42);

        Assert.Equal(first.Files, SyntheticCorpus.Make(articles: 5, seed: 42).Files);
        Assert.NotEqual(first.Files, SyntheticCorpus.Make(articles: 5, seed: 43).Files);
    }

    [Fact]
    public void Articles_have_about_ten_statements_and_three_sanctions_and_share_actors()
    {
        var corpus = SyntheticCorpus.Make(articles: 100, seed: 42);

        Assert.InRange(corpus.StatementCount / 100.0, 9, 11);
        Assert.InRange(corpus.SanctionCount / 100.0, 2.5, 3.5);
        var articles = corpus.Files.Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal) && f.Path != SyntheticCorpus.RegistryPath).ToList();
        Assert.Equal(100, articles.Count);
        var speakers = articles.SelectMany(f => f.Text.Split('\n').Where(l => l.StartsWith("    speaker: ", StringComparison.Ordinal)).Distinct());
        Assert.Contains(speakers.GroupBy(s => s), g => g.Count() >= 5);
    }
}
