using Dataset.Seeds;

namespace Dataset.Tests.Records;

/// <summary>The compiled seeds know where each record is declared, and equality ignores it.</summary>
public class SourceLocationTests
{
    [Fact]
    public void A_seed_actor_knows_its_file_line_and_column()
    {
        var source = Actors.UnitedStates.Source;
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Seeds, "actors.yaml"));

        Assert.Equal("../../seeds/actors.yaml", source.Path);
        Assert.Equal("  - id: united-states", lines[source.Line - 1]);
        Assert.Equal("united-states", lines[source.Line - 1][(source.Column - 1)..]);
    }

    [Fact]
    public void Records_at_other_places_with_the_same_data_are_equal_and_snapshots_leave_the_place_out()
    {
        var moved = Statements.RussiaConfirmsTheCall with { Source = new SourceLocation("elsewhere.yaml", 1, 1) };

        Assert.Equal(Statements.RussiaConfirmsTheCall, moved);
        Assert.Equal(Dataset.Testing.SnapshotText.Render(Statements.RussiaConfirmsTheCall), Dataset.Testing.SnapshotText.Render(moved));
    }
}
