using Dataset.Seeds;

namespace Dataset.Tests.Records;

/// <summary>A document's statements and sanctions come in the order the article tells them; <c>All</c> keeps id order.</summary>
public class ReadingOrderTests
{
    [Fact]
    public void Statements_in_a_document_follow_the_evidence_and_all_statements_follow_their_ids()
    {
        var inDocument = Catalog.Instance.StatementsIn(Documents.Dawn20221022UsUrgesRussia);

        Assert.Equal(inDocument.OrderBy(s => s.Evidence.Start).ThenBy(s => s.Id.Value, StringComparer.Ordinal), inDocument);
        Assert.Equal(Statements.AustinUrgesShoiguToKeepLinesOpen, inDocument[0]);
        Assert.Equal(Statements.All.OrderBy(s => s.Id.Value, StringComparer.Ordinal), Statements.All);
        Assert.NotEqual(Statements.All, inDocument);
    }

    [Fact]
    public void Sanctions_in_a_document_follow_the_evidence()
    {
        var inDocument = Catalog.Instance.SanctionsIn(Documents.Dawn20221022UsUrgesRussia);

        Assert.Equal(
            ["us-considers-more-sanctions-on-iran", "eu-agrees-new-measures-against-iran", "uk-sanctions-iranian-drone-suppliers"],
            inDocument.Select(s => s.Id.Value));
    }

    [Fact]
    public void Passages_starting_at_the_same_character_are_ordered_by_id()
    {
        var catalog = new TwoStatementCatalog();
        var same = catalog.Statements.Select(s => s with { Evidence = s.Evidence with { Start = 5 } }).Reverse();

        Assert.Equal(["first", "second"], ReadingOrder.Of(same).Select(s => s.Id.Value));
        Assert.Equal(["second", "first"], catalog.StatementsIn(catalog.Documents[0]).Select(s => s.Id.Value));
    }
}
