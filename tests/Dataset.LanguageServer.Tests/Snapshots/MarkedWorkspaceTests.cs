using Dataset.LanguageServer.Protocol;
using Xunit.Sdk;

namespace Dataset.LanguageServer.Tests.Snapshots;

/// <summary>The check behind the feature tests fails on a range not marked and on a mark not answered, and shows both.</summary>
public sealed class MarkedWorkspaceTests
{
    [Fact]
    public void A_range_not_marked_and_a_mark_not_answered_both_fail_and_are_shown_as_marks()
    {
        using var workspace = Talks.With((Talks.Annotation, "speaker: russia,", "speaker: [|russia|],"));
        var other = Markup.Parse(workspace.TextOf(Talks.Annotation).ReplaceFirst("audience: [russia]", "audience: [[|russia|]]"));
        var span = Assert.Single(other.Spans);
        var (start, end) = (other.PositionOf(span.Start), other.PositionOf(span.End));

        var failure = Assert.ThrowsAny<XunitException>(() => workspace.AssertRanges(
            [(workspace.PathOf(Talks.Annotation), new Protocol.Range(new Position(start.Line, start.Column), new Position(end.Line, end.Column)))]));

        Assert.Contains("  marked:       audience: [russia]\n  answered:     audience: [[|russia|]]\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains("  marked:     - { id: russia-confirms-call, speaker: [|russia|], act", failure.Message, StringComparison.Ordinal);
        Assert.Contains("  answered:   - { id: russia-confirms-call, speaker: russia, act", failure.Message, StringComparison.Ordinal);
    }
}
