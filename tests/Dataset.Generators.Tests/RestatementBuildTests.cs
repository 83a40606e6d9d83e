namespace Dataset.Generators.Tests;

/// <summary>A restatement, a group's members declared in another article and a provision per target build without a
/// diagnostic and read back in the catalog, with their navigation and the events they form.</summary>
public class RestatementBuildTests
{
    private static readonly DatasetCatalog Catalog =
        CompiledCatalog.Load(Built(GeneratorHarness.Run([.. RestatementArticles.Files("annotations").Select(f => (f.Key, f.Value))])));

    [Fact]
    public void A_restatement_names_and_navigates_to_the_statement_it_restates()
    {
        var quote = Catalog.GetStatement(new StatementId("iran-denies-drones-quote"));
        var lede = Catalog.GetStatement(new StatementId("iran-denies-drones-lede"));

        Assert.Equal(lede.Id, quote.RestatesId);
        Assert.Equal(lede, quote.Restates);
        Assert.Null(lede.RestatesId);
        Assert.Null(lede.Restates);
    }

    [Fact]
    public void A_statement_and_its_restatement_are_one_report_of_one_event_in_one_article()
    {
        var quote = Catalog.GetStatement(new StatementId("iran-denies-drones-quote"));

        var @event = quote.Event;

        Assert.Equal(["iran-denies-drones-lede", "iran-denies-drones-quote", "iran-denies-drones-times"], @event.MemberIds);
        Assert.Equal(2, @event.ReportCount);
        Assert.Equal(["wire-iran-denies-drones", "times-iran-denies-again"], @event.Documents.Select(d => d.Id.Value));
        Assert.Equal(2, @event.PublisherCount);
        Assert.Equal(@event.Id, Catalog.GetStatement(new StatementId("iran-denies-drones-lede")).Event.Id);
        Assert.Contains("(2 reports, 2 articles, 2 publishers", @event.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_lists_members_declared_in_another_article_and_each_member_knows_its_group()
    {
        var group = Catalog.GetActor(new ActorId("iranian-generals"));
        var member = Catalog.GetActor(new ActorId("reza-karimi"));

        Assert.Equal(ActorKind.Group, group.Kind);
        Assert.Equal(["ali-ahmadi", "reza-karimi", "hassan-nouri"], group.MemberIds.Select(m => m.Value));
        Assert.Equal(["Ali Ahmadi", "Reza Karimi", "Hassan Nouri"], Catalog.MembersOf(group).Select(m => m.Name));
        Assert.Equal([group], Catalog.GroupsOf(member));
        Assert.Empty(member.MemberIds);
    }

    [Fact]
    public void A_provision_applies_to_the_targets_it_names_or_else_to_every_target()
    {
        var sanction = Assert.Single(Catalog.Sanctions);
        var (freeze, travel) = (sanction.Provisions[0], sanction.Provisions[1]);

        Assert.Equal((ProvisionKind.AssetFreeze, 0), (freeze.Kind, freeze.TargetIds.Count));
        Assert.Equal(["drone-firm", "iranian-generals"], sanction.TargetIdsOf(freeze).Select(t => t.Value));
        Assert.Equal((ProvisionKind.TravelBan, "iranian-generals"), (travel.Kind, Assert.Single(travel.TargetIds).Value));
        Assert.Equal(["Three Iranian generals"], sanction.TargetsOf(travel).Select(t => t.Name));
        Assert.NotEqual(travel, travel with { TargetIds = [] });
        Assert.Equal(travel, travel with { TargetIds = [new ActorId("iranian-generals")] });
    }

    private static GeneratorRun Built(GeneratorRun run)
    {
        Assert.Empty(run.Diagnostics);
        return run;
    }
}
