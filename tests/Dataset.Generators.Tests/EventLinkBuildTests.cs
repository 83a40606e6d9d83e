using Microsoft.CodeAnalysis;

namespace Dataset.Generators.Tests;

/// <summary>
/// The build over the two articles of one sanction and one denial (tests/Shared/EventArticles): unlinked, each record
/// gets the info DS0038 at its id; linked, the compiled catalog forms one event of each from the generated data.
/// </summary>
public class EventLinkBuildTests
{
    [Fact]
    public void Unlinked_each_record_gets_the_info_at_its_id()
    {
        var run = GeneratorHarness.Run(Files(EventArticles.WithoutLinks));

        var infos = run.Diagnostics.Where(d => d.Id == "DS0038").ToList();
        Assert.Equal(4, infos.Count);
        Assert.All(infos, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var wire = infos.Where(d => d.Location.GetLineSpan().Path.EndsWith(EventArticles.WireAnnotation, StringComparison.Ordinal))
            .Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1).Order();
        Assert.Equal([12, 20], wire);
        Assert.Contains(infos, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).StartsWith(
            "Sanction 'eu-sanctions-drone-suppliers-wire' and 'eu-sanctions-drone-suppliers-times' (in 2022-10-20-sample-times-eu-drone-sanctions.yaml) may " +
                "report the same event",
            StringComparison.Ordinal));
    }

    [Fact]
    public void Linked_the_compiled_catalog_has_one_event_of_each()
    {
        var run = GeneratorHarness.Run(Files((_, text) => text));

        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "DS0038" || d.Severity == DiagnosticSeverity.Error);
        var catalog = CompiledCatalog.Load(run);
        Assert.Equal([2, 2], catalog.Events.Select(e => e.PublisherCount));
        var sanction = catalog.GetSanction(new SanctionId("eu-sanctions-drone-suppliers-wire"));
        Assert.Equal([ProvisionKind.AssetFreeze, ProvisionKind.TravelBan], sanction.Provisions.Select(p => p.Kind));
        Assert.Equal("EU ambassadors", sanction.Authority);
        Assert.Equal(["eu-sanctions-drone-suppliers-times"], sanction.SameAsIds.Select(id => id.Value));
        Assert.Equal(2, sanction.Event.Reports.Count);
    }

    private static (string Path, string? Text)[] Files(Func<string, string, string> edit) =>
        EventArticles.Files().Select(f => (Path.GetFileName(f.Key), (string?)edit(Path.GetFileName(f.Key), f.Value!))).ToArray();
}
