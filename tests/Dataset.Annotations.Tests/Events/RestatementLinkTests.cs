using Dataset.Annotations.Model;

namespace Dataset.Annotations.Tests.Events;

/// <summary>
/// A restatement is one event with the statement it restates, for the build's link checks too: the wire article's quote,
/// which restates its lede, is not suggested as a report of the Times' denial once the lede is linked to it.
/// </summary>
public class RestatementLinkTests
{
    private const string QuoteLinks = "    restates: iran-denies-drones-lede\n    same-as: iran-denies-drones-times\n";

    [Fact]
    public void A_restatement_joins_the_event_of_the_statement_it_restates()
    {
        var read = Read(QuoteLinks, "    restates: iran-denies-drones-lede\n");

        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        Assert.DoesNotContain(read.LinkSuggestions, l => l.Kind == RecordKind.Statement);
    }

    [Fact]
    public void Without_restates_the_quote_is_suggested_as_a_report_of_the_other_articles_statement()
    {
        var read = Read(QuoteLinks, string.Empty);

        var suggestion = Assert.Single(read.LinkSuggestions, l => l.Kind == RecordKind.Statement);
        Assert.Equal(("iran-denies-drones-quote", "iran-denies-drones-times"), (suggestion.FirstId, suggestion.SecondId));
    }

    private static AnnotationReadResult Read(string find, string replace)
    {
        var files = RestatementArticles.Files("/p").Select(f =>
        {
            if (f.Key.EndsWith("wire.yaml", StringComparison.Ordinal))
            {
                Assert.Contains(find, f.Value!, StringComparison.Ordinal);
                return new KeyValuePair<string, string?>(f.Key, f.Value!.Replace(find, replace, StringComparison.Ordinal));
            }

            return f;
        });
        return AnnotationReader.Read(files);
    }
}
