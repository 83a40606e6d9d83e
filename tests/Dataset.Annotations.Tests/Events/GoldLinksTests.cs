using Dataset.Annotations.Evaluation;
using Xunit.Abstractions;

namespace Dataset.Annotations.Tests.Events;

/// <summary>
/// The identity key's suggestions against the event links of the gold sets (GoldLinks/README.md): the figures of
/// docs/events.md, held so that a change that loses an event or makes a wrong suggestion shows here.
/// </summary>
public class GoldLinksTests(ITestOutputHelper output)
{
    public static TheoryData<string> Sets => new() { "GoldLinks", "GoldLinks2", "GoldLinks3", "GoldLinks4" };

    [Theory]
    [MemberData(nameof(Sets))]
    public void The_gold_annotations_validate_with_no_error_or_warning(string set)
    {
        Assert.Empty(AnnotationValidator.Validate(Files(set)));
    }

    [Fact]
    public void The_fitted_set_has_17_of_its_18_events_connected_and_every_one_of_its_29_suggestions_right()
    {
        var score = Scored("GoldLinks");

        Assert.Equal(8, Files("GoldLinks").Count(f => f.Key.EndsWith(".txt", StringComparison.Ordinal)));
        Assert.Equal(18, score.Events.Count);
        AtLeast(score, connected: 17, right: 29, wrong: 0);
    }

    /// <summary>GoldLinks2 was measured once after the rules of stems and standing positions (3 of 6 events, 3 of 3 suggestions right).</summary>
    [Fact]
    public void The_second_set_keeps_its_6_events_and_every_suggestion_right()
    {
        var score = Scored("GoldLinks2");

        Assert.Equal(6, score.Events.Count);
        AtLeast(score, connected: 6, right: 6, wrong: 0);
    }

    /// <summary>
    /// GoldLinks3 was written before the rules of roles and of one shared word, and measured once after them: 6 of 8
    /// events (0 of 8 before), 15 of 17 suggestions right; the rule of what an undated report can be answers its two
    /// wrong ones (look-alike denials of the same company a day apart).
    /// </summary>
    [Fact]
    public void The_third_set_keeps_6_of_its_8_events_and_its_15_suggestions_right()
    {
        var score = Scored("GoldLinks3");

        Assert.Equal(8, score.Events.Count);
        AtLeast(score, connected: 6, right: 15, wrong: 0);
    }

    /// <summary>
    /// GoldLinks4 was written before the rules of a body named after its state, of what an undated report can be, of
    /// the nearer look-alike and of sanction words, and measured once after them: 6 of 7 events (5 of 7 before), 18 of
    /// 18 suggestions right (17 of 21 before); the one missed is an accusation paraphrased as the state's, sharing one word.
    /// </summary>
    [Fact]
    public void The_fourth_set_measured_once_keeps_6_of_its_7_events_and_its_18_suggestions_right()
    {
        var score = Scored("GoldLinks4");

        Assert.Equal(5, Files("GoldLinks4").Count(f => f.Key.EndsWith(".txt", StringComparison.Ordinal)));
        Assert.Equal(7, score.Events.Count);
        AtLeast(score, connected: 6, right: 18, wrong: 0);
    }

    [Fact]
    public void The_look_alikes_of_the_fourth_set_are_not_suggested()
    {
        var suggested = Scored("GoldLinks4").Suggestions.SelectMany(s => new[] { s.Suggestion.FirstId, s.Suggestion.SecondId }).ToHashSet();

        Assert.DoesNotContain("bouchard-announces-haitian-police-funding-wire", suggested);
        Assert.DoesNotContain("canada-will-ask-un-to-list-faustin-wire-19", suggested);
        Assert.DoesNotContain("pierre-louis-welcomes-kenyan-police-ledger", suggested);
        Assert.DoesNotContain("almonte-says-border-stays-closed-to-trucks-dispatch", suggested);
        Assert.DoesNotContain("treasury-designates-mondesir-dispatch", suggested);
        Assert.DoesNotContain("caribe-norte-denies-ships-called-at-haiti-wire-19", suggested);
    }

    [Fact]
    public void The_look_alikes_of_the_fitted_set_are_not_suggested()
    {
        var suggested = Scored("GoldLinks").Suggestions.SelectMany(s => new[] { s.Suggestion.FirstId, s.Suggestion.SecondId }).ToHashSet();

        Assert.DoesNotContain("solheim-urges-moscow-to-free-trawler-crew-danube", suggested);
        Assert.DoesNotContain("kostin-denies-gps-jamming-coastal", suggested);
        Assert.DoesNotContain("lysander-did-not-reply-danube", suggested);
        Assert.DoesNotContain("uk-sanctions-sudan-gold-traders-wire", suggested);
        Assert.DoesNotContain("eu-sanctions-belarusian-judges-nordkapp", suggested);
        Assert.DoesNotContain("magi-says-escorts-may-widen-coastal", suggested);
    }

    /// <summary>The figures of docs/events.md a set must keep: at least so many events connected and suggestions right, at most so many wrong.</summary>
    private static void AtLeast(LinkScore score, int connected, int right, int wrong)
    {
        Assert.True(score.Connected >= connected, $"Connected {score.Connected} of {score.Events.Count}: fewer than the {connected} of docs/events.md.");
        Assert.True(score.Right >= right, $"{score.Right} right suggestions: fewer than the {right} of docs/events.md.");
        var made = score.Suggestions.Count - score.Right;
        Assert.True(made <= wrong, $"{made} wrong suggestions: more than the {wrong} of docs/events.md.");
    }

    private LinkScore Scored(string set)
    {
        var score = LinkScore.Of(Files(set));
        foreach (var missed in score.Events.Where(e => !e.Connected))
        {
            output.WriteLine($"missed {string.Join(" ", missed.Ids)}: {string.Join(" | ", missed.Why)}");
        }

        foreach (var wrong in score.Suggestions.Where(s => !s.Right))
        {
            output.WriteLine($"wrong {wrong.Suggestion}");
        }

        output.WriteLine($"{score.Connected} of {score.Events.Count} events connected, {score.Right} of {score.Suggestions.Count} suggestions right");
        return score;
    }

    private static IReadOnlyList<KeyValuePair<string, string?>> Files(string set) =>
        Coverage.GoldSetTests.FilesIn(Path.Combine(RepositoryPaths.Root, "tests", "Dataset.Annotations.Tests", "Events", set));
}
