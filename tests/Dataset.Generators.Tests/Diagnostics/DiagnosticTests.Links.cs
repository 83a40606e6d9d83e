using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Dataset.Generators.Tests.Diagnostics;

/// <summary>The same-as and distinct-from diagnostics, on the two articles of one sanction and one denial.</summary>
public partial class DiagnosticTests
{
    private static readonly string Wire = "annotations/" + EventArticles.WireAnnotation;
    private static readonly string Times = "annotations/" + EventArticles.TimesAnnotation;

    [Fact]
    public void DS0035_unknown_same_as_id_suggests_the_nearest_record_of_its_kind()
    {
        var (run, files) = RunEvents(Wire, "same-as: eu-sanctions-drone-suppliers-times", "same-as: eu-sanctions-drone-supplier-times");

        AssertReported(run, "DS0035", DiagnosticSeverity.Error, Wire, LineOf(files, Wire, "same-as: eu-sanctions-drone-supplier-times"), 14,
            "Unknown sanction 'eu-sanctions-drone-supplier-times' in same-as; link a sanction declared in another article; did you mean 'eu-sanctions-drone-suppliers-times'?");
    }

    [Fact]
    public void DS0036_same_as_naming_a_record_of_the_other_kind_is_an_error()
    {
        var (run, files) = RunEvents(Wire, "same-as: iran-denies-sending-drones-times", "same-as: eu-sanctions-drone-suppliers-times\n    distinct-from: [iran-denies-sending-drones-times]");

        AssertReported(run, "DS0036", DiagnosticSeverity.Error, Wire, LineOf(files, Wire, "same-as: eu-sanctions-drone-suppliers-times"), 14,
            "'eu-sanctions-drone-suppliers-times' in same-as is a sanction, not a statement; a statement is one event only with another statement");
    }

    [Fact]
    public void DS0037_link_to_a_record_of_the_same_article_is_an_error()
    {
        var (run, files) = RunEvents(Times, "    evidence: again denied", "    same-as: iran-denies-sending-drones-times\n    evidence: again denied");

        AssertReported(run, "DS0037", DiagnosticSeverity.Error, Times, LineOf(files, Times, "same-as: iran-denies-sending-drones-times"), 14,
            "'iran-denies-sending-drones-times' in same-as is declared in this same article; same-as links reports of one event in different articles");
    }

    [Fact]
    public void DS0038_records_that_look_like_one_event_are_advice_at_each_record()
    {
        var (run, files) = RunEvents(Wire, "    same-as: eu-sanctions-drone-suppliers-times\n", string.Empty);

        Assert.Equal(2, run.Diagnostics.Count(d => d.Id == "DS0038"));
        var atWire = Assert.Single(run.Diagnostics, d => d.Id == "DS0038" && d.Location.GetLineSpan().Path.EndsWith(EventArticles.WireAnnotation, StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Info, atWire.Severity);
        Assert.Equal(LineOf(files, Wire, "  - id: eu-sanctions-drone-suppliers-wire"), atWire.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Equal(
            "Sanction 'eu-sanctions-drone-suppliers-wire' and 'eu-sanctions-drone-suppliers-times' (in 2022-10-20-sample-times-eu-drone-sanctions.yaml) may report the same event: same imposer 'european-union', shared targets 'shahed-aviation-industries', same day; add same-as: eu-sanctions-drone-suppliers-times if they do, or distinct-from: eu-sanctions-drone-suppliers-times if they do not",
            atWire.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void DS0039_distinct_from_contradicted_by_same_as_is_an_error_at_the_distinct_from()
    {
        var (run, files) = RunEvents(Times, "    evidence: again denied", "    distinct-from: iran-denies-supplying-drones-wire\n    evidence: again denied");

        AssertReported(run, "DS0039", DiagnosticSeverity.Error, Times, LineOf(files, Times, "distinct-from: iran-denies-supplying-drones-wire"), 20,
            "Statement 'iran-denies-sending-drones-times' is distinct-from 'iran-denies-supplying-drones-wire', but same-as links make them one event (iran-denies-sending-drones-times, iran-denies-supplying-drones-wire); remove the distinct-from or the same-as that is wrong");
    }

    /// <summary>The two articles with one edit in one annotation, through the generator.</summary>
    private static (GeneratorRun Run, (string Path, string? Text)[] Files) RunEvents(string path, string find, string replace)
    {
        var files = EventArticles.Files().Select(f =>
        {
            var name = "annotations/" + Path.GetFileName(f.Key);
            if (name != path)
            {
                return (name, f.Value);
            }

            Assert.Contains(find, f.Value!, StringComparison.Ordinal);
            return (name, (string?)f.Value!.Replace(find, replace, StringComparison.Ordinal));
        }).ToArray();
        return (GeneratorHarness.Run(files, csharp: null), files);
    }

    private static int LineOf((string Path, string? Text)[] files, string path, string text) =>
        files.Single(f => f.Path == path).Text!.Split('\n').ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal)) + 1;
}
