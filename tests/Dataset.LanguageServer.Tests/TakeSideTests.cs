using Dataset.LanguageServer.Features;
using Dataset.LanguageServer.Tests.Snapshots;
using Dataset.LanguageServer.Workspace;

namespace Dataset.LanguageServer.Tests;

/// <summary>
/// "Take A" and "Take B" on a disagreement two annotators left (DS0042), on a workspace snapshot: each leaves the
/// annotation as if that annotator's value had been written, without the mark.
/// </summary>
public sealed class TakeSideTests
{
    private const string Austin = "  - id: austin-urges-russia\n    speaker: lloyd-austin\n";
    private const string AustinEvidence = "    evidence: keep lines of communication open\n";

    [Fact]
    public void Take_A_keeps_the_field_and_Take_B_moves_B_value_into_it()
    {
        using var workspace = Talks.With(
            (Talks.Annotation, "    act: urge\n", "    act: urge\n    disagreement:\n      {|DS0042:act|}: { a: urge, b: demand }\n"));

        var (titles, results) = TakeSides(workspace);

        Assert.Equal(["Take A (act)", "Take B (act)"], titles);
        Assert.Equal([Talks.AnnotationText, Talks.AnnotationText.ReplaceFirst("    act: urge\n", "    act: demand\n")], results);
    }

    [Fact]
    public void On_a_record_only_B_marked_Take_A_deletes_it_and_Take_B_keeps_it()
    {
        using var workspace = Talks.With((Talks.Annotation, AustinEvidence, AustinEvidence + "    disagreement: { {|DS0042:only-in|}: b }\n"));
        var start = Talks.AnnotationText.IndexOf(Austin, StringComparison.Ordinal);
        var end = Talks.AnnotationText.IndexOf(AustinEvidence, StringComparison.Ordinal) + AustinEvidence.Length;

        var (titles, results) = TakeSides(workspace);

        Assert.Equal(["Take A (only-in)", "Take B (only-in)"], titles);
        Assert.Equal([Talks.AnnotationText.Remove(start, end - start), Talks.AnnotationText], results);
    }

    /// <summary>The actions on the range of the one disagreement the analysis reports, and the annotation each leaves.</summary>
    private static (string[] Titles, string[] Results) TakeSides(MarkedWorkspace workspace)
    {
        workspace.AssertDiagnostics();
        var path = workspace.PathOf(Talks.Annotation);
        var disagreement = Assert.Single(workspace.Snapshot.DiagnosticsIn(path));

        var actions = TakeSide.For(workspace.Snapshot, path, Ranges.Of(disagreement.Location)).ToList();

        return ([
            .. actions.Select(
                a => a.Title)], [.. actions.Select(a => TextEdits.Apply(workspace.TextOf(Talks.Annotation), a.Edit.Changes[WorkspacePaths.ToUri(path)]))]);
    }
}
