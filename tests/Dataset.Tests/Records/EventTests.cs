namespace Dataset.Tests.Records;

/// <summary>
/// Events from same-as links, in the runtime: symmetric (a link written on one side reaches both), transitive
/// (a chain through a third report is one event), an unlinked record is an event of one, and ids and order do not
/// depend on the order the records come in.
/// </summary>
public class EventTests
{
    [Fact]
    public void A_chain_of_links_is_one_event_and_an_unlinked_record_an_event_of_one()
    {
        var catalog = new LinkedCatalog(reverse: false);

        Assert.Equal(["a-first", "lone"], catalog.StatementEvents.Select(e => e.Id));
        var chain = catalog.StatementEvents[0];
        Assert.Equal(["a-first", "b-second", "c-third"], chain.MemberIds);
        Assert.Same(chain, catalog.GetStatement(new StatementId("c-third")).Event);
        Assert.Same(chain, catalog.EventOf(catalog.GetStatement(new StatementId("b-second"))));
        Assert.Equal(3, chain.ArticleCount);
        Assert.Equal(2, chain.PublisherCount);
        Assert.Equal(["Wire", "Times"], chain.Publishers);
        Assert.Equal(2, chain.SourceCount);
        Assert.Equal(["Wire", "Times"], chain.Sources);
        Assert.Equal("b-second", chain.FirstReport.Id.Value);
        Assert.Equal(new DateOnly(2024, 1, 1), chain.FirstReported);

        var lone = catalog.GetStatement(new StatementId("lone")).Event;
        Assert.False(lone.IsLinked);
        Assert.Equal(1, lone.ArticleCount);
        Assert.Empty(lone.Disagreements);
    }

    [Fact]
    public void A_wire_copy_and_its_original_are_one_independent_source_beside_two_publishers()
    {
        // The Times runs the Wire's copy: two outlets, three articles, one source.
        var chain = new LinkedCatalog(reverse: false, timesWire: "Wire").StatementEvents[0];

        Assert.Equal((3, 2, 1), (chain.ArticleCount, chain.PublisherCount, chain.SourceCount));
        Assert.Equal(["Wire"], chain.Sources);
        Assert.Equal("Statement event a-first (3 reports, 3 articles, 2 publishers, 1 independent sources)", chain.ToString());
    }

    [Fact]
    public void A_copy_of_an_agency_no_article_here_publishes_is_that_agency_as_source()
    {
        var chain = new LinkedCatalog(reverse: false, timesWire: "Agency").StatementEvents[0];

        Assert.Equal(2, chain.SourceCount);
        Assert.Equal(["Wire", "Agency"], chain.Sources);
        Assert.Equal("Agency", chain.Documents.Single(d => d.Id.Value == "doc-3").OriginalSource);
    }

    [Fact]
    public void An_outlet_names_the_wire_whose_copy_it_runs()
    {
        var documents = new LinkedCatalog(reverse: false, timesWire: "Agency").Documents;

        Assert.Equal("Times (copy of Agency)", documents.Single(d => d.Id.Value == "doc-3").Outlet);
        Assert.Equal("Wire", documents.Single(d => d.Id.Value == "doc-1").Outlet);
    }

    [Fact]
    public void Ids_order_and_reports_do_not_depend_on_the_order_of_the_records()
    {
        var forward = new LinkedCatalog(reverse: false);
        var backward = new LinkedCatalog(reverse: true);

        Assert.Equal(forward.Events.Select(e => (e.Id, string.Join(",", e.MemberIds))), backward.Events.Select(e => (e.Id, string.Join(",", e.MemberIds))));
        Assert.Equal(forward.StatementEvents[0].Reports.Select(r => r.Id), backward.StatementEvents[0].Reports.Select(r => r.Id));
    }

    [Fact]
    public void Disagreements_are_typed_with_the_reports_that_give_each_value()
    {
        var chain = new LinkedCatalog(reverse: false).StatementEvents[0];

        Assert.Equal([EventField.Date, EventField.Act], chain.Disagreements);
        Assert.Null(chain.Speaker);
        Assert.Equal([SpeechAct.Warn, SpeechAct.Claim], chain.Act!.Values.Select(v => v.Value));
        Assert.Equal(["b-second", "a-first"], chain.Act.Values[0].RecordIds);
        Assert.Equal(["c-third"], chain.Act.Values[1].RecordIds);
        Assert.Equal([new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 2)], chain.Dates!.Values.Select(v => v.Value));
    }

    /// <summary>Three reports in three articles linked a → b and c → b, and one unlinked record.</summary>
    private sealed class LinkedCatalog : DatasetCatalog
    {
        public LinkedCatalog(bool reverse, string? timesWire = null)
        {
            Documents =
            [
                new Document(new DocumentId("doc-1"), "One", "Wire", new DateOnly(2024, 1, 2), null, "1.txt", 10),
                new Document(new DocumentId("doc-2"), "Two", "Wire", new DateOnly(2024, 1, 1), null, "2.txt", 10),
                new Document(new DocumentId("doc-3"), "Three", "Times", new DateOnly(2024, 1, 3), null, "3.txt", 10) { Wire = timesWire },
            ];
            IEnumerable<Statement> statements =
            [
                Said("a-first", "doc-1", SpeechAct.Warn, new DateOnly(2024, 1, 1), sameAs: "b-second"),
                Said("b-second", "doc-2", SpeechAct.Warn, new DateOnly(2024, 1, 1), sameAs: null),
                Said("c-third", "doc-3", SpeechAct.Claim, new DateOnly(2024, 1, 2), sameAs: "b-second"),
                Said("lone", "doc-3", SpeechAct.Claim, null, sameAs: null),
            ];
            Statements = (reverse ? statements.Reverse() : statements).ToArray();
        }

        public override IReadOnlyList<Actor> Actors { get; } = [];

        public override IReadOnlyList<Statement> Statements { get; }

        public override IReadOnlyList<Sanction> Sanctions { get; } = [];

        public override IReadOnlyList<Document> Documents { get; }

        public override Actor? FindActor(ActorId id) => null;

        public override Statement? FindStatement(StatementId id) => Statements.FirstOrDefault(s => s.Id == id);

        public override Sanction? FindSanction(SanctionId id) => null;

        public override Document? FindDocument(DocumentId id) => Documents.FirstOrDefault(d => d.Id == id);

        private Statement Said(string id, string document, SpeechAct act, DateOnly? saidOn, string? sameAs) => new(
            this,
            new StatementId(id),
            new ActorId("alice"),
            null,
            [],
            act,
            StatementForm.Indirect,
            saidOn,
            null,
            new Evidence(new DocumentId(document), "words", string.Empty, string.Empty, 0, 5, 1, 1),
            null,
            sameAs: sameAs is null ? [] : [new StatementId(sameAs)]);
    }
}
