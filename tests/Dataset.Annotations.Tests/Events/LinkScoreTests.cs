using Dataset.Annotations.Evaluation;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Tests.Events;

/// <summary>
/// The scoring of link suggestions against same-as links, on the two linked articles of tests/Shared/EventArticles
/// (a sanction and a denial, each reported by both) with one field changed at a time.
/// </summary>
public class LinkScoreTests
{
    [Fact]
    public void Both_linked_events_are_connected_by_the_suggestions_made_without_their_links_and_both_suggestions_are_right()
    {
        var score = LinkScore.Of(EventArticles.Files());

        Assert.Equal(2, score.Events.Count);
        Assert.Equal(2, score.Connected);
        Assert.All(score.Events, e => Assert.Equal(2, e.Articles));
        Assert.Equal(2, score.Suggestions.Count);
        Assert.Equal(2, score.Right);
    }

    [Fact]
    public void A_statement_reported_three_days_later_is_a_missed_event_that_fails_the_date_window()
    {
        var score = LinkScore.Of(Edited(EventArticles.TimesAnnotation, "    said-on: 2022-10-20", "    said-on: 2022-10-22"));

        Assert.Equal(1, score.Connected);
        var missed = Assert.Single(score.Events, e => !e.Connected);
        Assert.Equal(RecordKind.Statement, missed.Kind);
        Assert.Equal(["iran-denies-sending-drones-times", "iran-denies-supplying-drones-wire"], missed.Ids);
        Assert.Equal(["iran-denies-sending-drones-times iran-denies-supplying-drones-wire: date window: 3 days apart, over 1"], missed.Why);
        Assert.Single(score.Suggestions);
    }

    [Fact]
    public void A_missed_event_names_each_part_of_the_key_it_fails()
    {
        var score = LinkScore.Of(Edited(
            EventArticles.TimesAnnotation,
            "    act: deny",
            "    act: claim",
            "    said-on: 2022-10-20",
            "    said-on: standing",
            "evidence: again denied sending drones to Russia to be used in Ukraine",
            "evidence: called the reports baseless"));

        var missed = Assert.Single(score.Events, e => !e.Connected);
        var why = Assert.Single(missed.Why);
        Assert.Equal(
            "iran-denies-sending-drones-times iran-denies-supplying-drones-wire: another act (claim, deny); " +
                "a standing position beside a dated statement (standing positions are compared with each other alone); shared words: none",
            why);
    }

    [Fact]
    public void A_suggestion_between_records_no_same_as_joins_is_wrong_and_leaves_no_event_to_connect()
    {
        // Without the statement's link, its two reports are two events of one article each: the suggestion joining them is wrong.
        var score = LinkScore.Of(Edited(EventArticles.WireAnnotation, "    same-as: iran-denies-sending-drones-times\n", string.Empty));

        var sanction = Assert.Single(score.Events);
        Assert.Equal(RecordKind.Sanction, sanction.Kind);
        Assert.True(sanction.Connected);
        Assert.Equal(2, score.Suggestions.Count);
        Assert.Equal(1, score.Right);
        var wrong = Assert.Single(score.Suggestions, s => !s.Right).Suggestion;
        Assert.Equal(RecordKind.Statement, wrong.Kind);
    }

    [Fact]
    public void A_sanction_without_a_shared_target_and_with_other_reasons_fails_on_what_it_says()
    {
        var score = LinkScore.Of(Edited(
            EventArticles.TimesAnnotation,
            "targets: [shahed-aviation-industries, iranian-drone-suppliers]",
            "targets: [iranian-drone-suppliers]",
            "reason: drones sent to Russia",
            "reason: human rights abuses"));

        var missed = Assert.Single(score.Events, e => !e.Connected);
        Assert.Equal(RecordKind.Sanction, missed.Kind);
        Assert.EndsWith(": shared targets: none, reasons share none", Assert.Single(missed.Why), StringComparison.Ordinal);
    }

    [Fact]
    public void A_restatement_is_one_report_with_what_it_restates_in_the_answer_as_in_the_suggestions()
    {
        // Only the quote is linked to the other article: the lede it restates is of the event all the same.
        var wire = RestatementArticles.Wire.Replace(
            "    same-as: iran-denies-drones-times\n  - id: iran-denies-drones-quote", "  - id: iran-denies-drones-quote", StringComparison.Ordinal);
        Assert.NotEqual(RestatementArticles.Wire, wire);
        var files = RestatementArticles.Files(EventArticles.Folder).Select(f => f.Key.EndsWith("wire.yaml", StringComparison.Ordinal) ? new(f.Key, wire) : f);

        var score = LinkScore.Of(files);

        var denial = Assert.Single(score.Events, e => e.Kind == RecordKind.Statement);
        Assert.Equal(["iran-denies-drones-lede", "iran-denies-drones-quote", "iran-denies-drones-times"], denial.Ids);
        Assert.True(denial.Connected);
        Assert.Contains(score.Suggestions, s => s.Suggestion.FirstId == "iran-denies-drones-lede" && s.Right);
        Assert.All(score.Suggestions, s => Assert.True(s.Right, s.Suggestion.ToString()));
    }

    /// <summary>The two articles, one annotation with text replaced (pairs of old and new).</summary>
    private static List<KeyValuePair<string, string?>> Edited(string annotation, params string[] replacements) =>
        EventArticles.Files().Select(f =>
        {
            var text = f.Value!;
            if (Path.GetFileName(f.Key) == annotation)
            {
                for (var i = 0; i < replacements.Length; i += 2)
                {
                    Assert.Contains(replacements[i], text, StringComparison.Ordinal);
                    text = text.Replace(replacements[i], replacements[i + 1], StringComparison.Ordinal);
                }
            }

            return new KeyValuePair<string, string?>(f.Key, text);
        }).ToList();
}
