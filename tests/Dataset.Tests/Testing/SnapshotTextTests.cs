using System.Globalization;
using Dataset.Seeds;
using Dataset.Testing;

namespace Dataset.Tests.Testing;

/// <summary>Records, query results and app objects rendered the same way on every machine, against committed snapshots.</summary>
[Collection(nameof(ProcessEnvironment))]
public class SnapshotTextTests
{
    private sealed record TimelineEntry(DateOnly? Date, string Speaker, Statement Statement);

    [Fact]
    public void A_query_result_renders_each_record_with_its_data_and_ids()
    {
        Snapshot.Match(Catalog.Instance.StatementsBy(Actors.JohnKirby));
    }

    [Fact]
    public void An_actor_renders_its_roles_and_aliases()
    {
        Snapshot.Match(Actors.LloydAustin);
    }

    [Fact]
    public void An_app_object_holding_a_record_renders_it_nested()
    {
        var statement = Statements.RussiaConfirmsTheCall;
        Snapshot.Match(new TimelineEntry(statement.SaidOn, statement.Speaker.Name, statement));
    }

    [Fact]
    public void Rendering_does_not_depend_on_the_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        var invariant = SnapshotText.Render(new { Number = 1234.5, Date = new DateOnly(2022, 10, 21), Statements.AustinUrgesShoiguToKeepLinesOpen.Evidence });
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(
                invariant,
                SnapshotText.Render(new { Number = 1234.5, Date = new DateOnly(2022, 10, 21), Statements.AustinUrgesShoiguToKeepLinesOpen.Evidence }));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        Assert.StartsWith("Number: 1234.5\nDate: 2022-10-21\nEvidence:\n  Document: dawn-2022-10-22-us-urges-russia\n", invariant, StringComparison.Ordinal);
    }

    [Fact]
    public void Sets_and_dictionaries_render_sorted_and_line_breaks_stay_on_one_line()
    {
        var text = SnapshotText.Render(new
        {
            Ids = new HashSet<string>(["b", "a", "c"]),
            Counts = new Dictionary<string, int> { ["z"] = 1, ["a"] = 2 },
            Text = "two\nlines",
            Empty = Array.Empty<Statement>(),
        });

        Assert.Equal("Ids: [a, b, c]\nCounts:\n  a: 2\n  z: 1\nText: two\\nlines\nEmpty: []\n", text);
    }
}
