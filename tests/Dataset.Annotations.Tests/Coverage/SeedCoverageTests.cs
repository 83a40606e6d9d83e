using Dataset.Annotations.Coverage;

namespace Dataset.Annotations.Tests.Coverage;

/// <summary>The seed annotation covers every quoted passage and attributed sentence of its article, or says why not.</summary>
public class SeedCoverageTests
{
    private const string Article = SeedArticle.Name;

    [Fact]
    public void The_seeds_leave_nothing_unannotated_and_give_a_reason_for_the_headline_and_the_subheading()
    {
        var document = Assert.Single(AnnotationCoverage.Analyze(SeedArticle.Files()));

        Assert.Empty(document.Uncovered);
        Assert.True(document.QuotedPassages >= 8, $"The seed article has its quotes counted ({document.QuotedPassages}).");
        Assert.Equal(document.QuotedPassages, document.QuotedAnnotated);
        Assert.Equal(document.AttributedSentences, document.AttributedAnnotated);
        Assert.Equal(2, document.Reasoned);
    }

    [Fact]
    public void Without_kirbys_statement_his_quote_and_its_sentence_are_named_at_line_21()
    {
        var files = SeedArticle.Files()
            .Select(
                f => f.Key.EndsWith(Article + ".yaml", StringComparison.Ordinal)
                    ? new KeyValuePair<string, string?>(f.Key, SeedArticle.WithoutKirbysQuote(f.Value!))
                    : f);

        var document = Assert.Single(AnnotationCoverage.Analyze(files));

        Assert.Equal(
            [
                (PassageKind.Quote, 21, 1, "“Iran and Russia, they can lie to the world, but they certainly can’t hide the facts, and the fact is this: " +
                    "Tehran is now directly engaged on the ground,”"),
                 (PassageKind.Sentence, 21, 1, "“Iran and Russia, they can lie to the world, but they certainly can’t hide the facts, and the fact is this: " +
                     "Tehran is now directly engaged on the ground,” Kirby said, without providing details.")],
            document.Uncovered.Select(u => (u.Kind, u.Line, u.Column, u.Text)));
        Assert.All(document.Uncovered, u => Assert.EndsWith(Article + ".txt", u.Path, StringComparison.Ordinal));
        Assert.Equal(document.QuotedPassages - 1, document.QuotedAnnotated);
    }

    [Fact]
    public void Without_a_reason_the_headline_is_named_as_a_sentence_attributed_to_the_united_states()
    {
        var files = SeedArticle.Files()
            .Select(
                f => f.Key.EndsWith(Article + ".yaml", StringComparison.Ordinal)
                    ? new KeyValuePair<string, string?>(f.Key, f.Value![..f.Value!.IndexOf("\nunannotated:", StringComparison.Ordinal)])
                    : f);

        var uncovered = Assert.Single(AnnotationCoverage.Analyze(files)).Uncovered;

        Assert.Equal([(PassageKind.Sentence, 1), (PassageKind.Sentence, 7)], uncovered.Select(u => (u.Kind, u.Line)));
        Assert.Contains("it reports speech by 'US'", uncovered[0].Message, StringComparison.Ordinal);
    }
}
