using Dataset.Seeds;

namespace Dataset.Tests.Records;

/// <summary>The dataset's records compare by their data, copy with <c>with</c>, and keep navigating on the copy.</summary>
public class RecordEqualityTests
{
    [Fact]
    public void A_copy_with_another_name_differs_and_a_copy_with_the_same_data_is_equal()
    {
        var renamed = Actors.LloydAustin with { Name = "L. Austin" };

        Assert.NotEqual(Actors.LloydAustin, renamed);
        Assert.Equal(Actors.LloydAustin, renamed with { Name = Actors.LloydAustin.Name });
        Assert.Equal(Actors.LloydAustin.GetHashCode(), (renamed with { Name = Actors.LloydAustin.Name }).GetHashCode());
    }

    [Fact]
    public void Lists_compare_by_their_items_not_by_the_list_object()
    {
        var original = Actors.LloydAustin;
        var copied = original with { Aliases = original.Aliases.ToList(), Roles = original.Roles.Select(r => r with { }).ToList() };

        Assert.NotSame(original.Aliases, copied.Aliases);
        Assert.Equal(original, copied);
        Assert.NotEqual(original, original with { Aliases = [.. original.Aliases, "another"] });
    }

    [Fact]
    public void Records_from_two_catalogs_with_the_same_data_are_equal()
    {
        var one = new TwoStatementCatalog();
        var other = new TwoStatementCatalog();

        Assert.Equal(one.Statements, other.Statements);
        Assert.Equal(one.Actors[0].Roles, other.Actors[0].Roles);
        Assert.NotEqual(one.Statements[0], other.Statements[0] with { Summary = "changed" });
    }

    [Fact]
    public void The_record_reached_by_property_equals_the_one_found_by_id()
    {
        Assert.Equal(Catalog.Instance.FindActor(new ActorId("lloyd-austin")), Actors.LloydAustin);
        Assert.Equal(Catalog.Instance.GetStatement(Statements.AustinUrgesShoiguToKeepLinesOpen.Id), Statements.AustinUrgesShoiguToKeepLinesOpen);
    }

    [Fact]
    public void A_copy_made_with_with_still_navigates_through_the_catalog()
    {
        var statement = Statements.AustinUrgesShoiguToKeepLinesOpen with { SpeakerId = Actors.PatRyder.Id };
        var sanction = Sanctions.UkSanctionsIranianDroneSuppliers with { TargetIds = [Actors.Iran.Id] };

        Assert.Same(Actors.PatRyder, statement.Speaker);
        Assert.Equal(Documents.Dawn20221022UsUrgesRussia, statement.Document);
        Assert.Equal([Actors.Iran], sanction.Targets);
        Assert.Equal(Statements.AustinUrgesShoiguToKeepLinesOpen.Audience, statement.Audience);
    }
}
