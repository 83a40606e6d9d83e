namespace Dataset.Generators.Tests.Diagnostics;

/// <summary>The same-as and distinct-from diagnostics, on the two articles of one sanction and one denial.</summary>
public partial class DiagnosticTests
{
    private const string Wire = "annotations/" + EventArticles.WireAnnotation;
    private const string Times = "annotations/" + EventArticles.TimesAnnotation;
    private const string WireSanction = "  - id: eu-sanctions-drone-suppliers-wire";
    private const string TimesSanction = "  - id: eu-sanctions-drone-suppliers-times";

    /// <summary>The advice the Times article always gets: a sentence it attributes to "the diplomats" that no statement holds.</summary>
    private const string DiplomatsSaid = "The package would freeze their assets and ban the export of drone engines and parts to Iran, the diplomats said.";

    [Fact]
    public void DS0035_unknown_same_as_id_suggests_the_nearest_record_of_its_kind() =>
        // With the link broken, the two sanctions look like one event again.
        RunEvents(
            (Wire, "same-as: eu-sanctions-drone-suppliers-times", "same-as: {|DS0035:eu-sanctions-drone-supplier-times|}"),
            (Wire, WireSanction, "  - id: {|DS0038:eu-sanctions-drone-suppliers-wire|}"),
            (Times, TimesSanction, "  - id: {|DS0038:eu-sanctions-drone-suppliers-times|}")).SaysOf("DS0035",
            "error: Unknown sanction 'eu-sanctions-drone-supplier-times' in same-as; link a sanction declared in another article; did you mean " +
                "'eu-sanctions-drone-suppliers-times'?");

    [Fact]
    public void DS0036_same_as_naming_a_record_of_the_other_kind_is_an_error() =>
        RunEvents(
            (Wire, "same-as: iran-denies-sending-drones-times", "same-as: {|DS0036:eu-sanctions-drone-suppliers-times|}\n    distinct-from: " +
                "[iran-denies-sending-drones-times]"))
            .SaysOf("DS0036",
                "error: 'eu-sanctions-drone-suppliers-times' in same-as is a sanction, not a statement; a statement is one event only with another statement");

    [Fact]
    public void DS0037_link_to_a_record_of_the_same_article_is_an_error() =>
        RunEvents((Times, "    evidence: again denied", "    same-as: {|DS0037:iran-denies-sending-drones-times|}\n    evidence: again denied"))
            .SaysOf("DS0037",
                "error: 'iran-denies-sending-drones-times' in same-as is declared in this same article; same-as links reports of one event in different " +
                    "articles");

    [Fact]
    public void DS0038_records_that_look_like_one_event_are_advice_at_each_record() =>
        RunEvents(
            (Wire, "    same-as: eu-sanctions-drone-suppliers-times\n", string.Empty),
            (Wire, WireSanction, "  - id: {|DS0038:eu-sanctions-drone-suppliers-wire|}"),
            (Times, TimesSanction, "  - id: {|DS0038:eu-sanctions-drone-suppliers-times|}")).SaysOf("DS0038",
            "info: Sanction 'eu-sanctions-drone-suppliers-wire' and 'eu-sanctions-drone-suppliers-times' (in " +
                "2022-10-20-sample-times-eu-drone-sanctions.yaml) may report the same event: same imposer 'european-union', shared targets " +
                "'shahed-aviation-industries', same day; add same-as: eu-sanctions-drone-suppliers-times if they do, or distinct-from: " +
                "eu-sanctions-drone-suppliers-times if they do not",
            "info: Sanction 'eu-sanctions-drone-suppliers-times' and 'eu-sanctions-drone-suppliers-wire' (in " +
                "2022-10-19-example-wire-eu-drone-sanctions.yaml) may report the same event: same imposer 'european-union', shared targets " +
                "'shahed-aviation-industries', same day; add same-as: eu-sanctions-drone-suppliers-wire if they do, or distinct-from: " +
                "eu-sanctions-drone-suppliers-wire if they do not");

    [Fact]
    public void DS0039_distinct_from_contradicted_by_same_as_is_an_error_at_the_distinct_from() =>
        RunEvents((Times, "    evidence: again denied", "    distinct-from: {|DS0039:iran-denies-supplying-drones-wire|}\n    evidence: again denied"))
            .SaysOf("DS0039",
                "error: Statement 'iran-denies-sending-drones-times' is distinct-from 'iran-denies-supplying-drones-wire', but same-as links make them one " +
                    "event (iran-denies-sending-drones-times, iran-denies-supplying-drones-wire); remove the distinct-from or the same-as that is wrong");

    /// <summary>
    /// The two articles through the generator, each edit made in its file in turn (the replacement may carry marks), and
    /// the Times article's standing advice marked.
    /// </summary>
    private static MarkedRun RunEvents(params (string Path, string Find, string Replace)[] edits)
    {
        var timesText = Path.ChangeExtension(Times, ".txt");
        var files = EventArticles.Files().Select(f =>
        {
            var path = "annotations/" + Path.GetFileName(f.Key);
            var text = f.Value!;
            foreach (var (_, find, replace) in edits.Append((Path: timesText, Find: DiplomatsSaid, Replace: "{|DS0028:" + DiplomatsSaid + "|}"))
                .Where(e => e.Path == path))
            {
                Assert.Contains(find, text, StringComparison.Ordinal);
                var at = text.IndexOf(find, StringComparison.Ordinal);
                text = text[..at] + replace + text[(at + find.Length)..];
            }

            return new MarkedFile(path, text);
        });
        return DiagnosticMarkup.Run([.. files], csharp: null);
    }
}
