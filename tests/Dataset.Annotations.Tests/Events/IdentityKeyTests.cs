using Dataset.Annotations.Model;

namespace Dataset.Annotations.Tests.Events;

/// <summary>
/// The identity key's edges on the two unlinked articles (tests/Shared/EventArticles): a sanction 3 days apart is
/// suggested and 4 days apart is not; a statement 1 day apart is and 2 days apart is not; another act, another
/// imposer, or no shared target or reason words is not.
/// </summary>
public class IdentityKeyTests
{
    [Theory]
    [InlineData("2022-10-22", true)]
    [InlineData("2022-10-23", false)]
    [InlineData("2022-10-16", true)]
    [InlineData("2022-10-15", false)]
    public void A_sanction_is_suggested_within_3_days(string date, bool suggested)
    {
        var links = Suggestions(EventArticles.TimesAnnotation, "    date: 2022-10-19", $"    date: {date}");

        Assert.Equal(suggested, links.Any(l => l.Kind == RecordKind.Sanction));
        Assert.Contains(links, l => l.Kind == RecordKind.Statement);
    }

    [Theory]
    [InlineData("2022-10-20", true)]
    [InlineData("2022-10-21", false)]
    public void A_statement_is_suggested_within_1_day(string saidOn, bool suggested)
    {
        var links = Suggestions(EventArticles.TimesAnnotation, "    said-on: 2022-10-20", $"    said-on: {saidOn}");

        Assert.Equal(suggested, links.Any(l => l.Kind == RecordKind.Statement));
    }

    [Theory]
    [InlineData("undated", true)]
    [InlineData("standing", false)]
    public void An_undated_statement_is_dated_by_its_article_but_a_standing_position_by_nothing(string saidOn, bool suggested)
    {
        // The Times article was published on 2022-10-20, a day after the wire's statement: close enough for an
        // undated statement, while a standing position has no day to be near.
        var links = Suggestions(EventArticles.TimesAnnotation, "    said-on: 2022-10-20", $"    said-on: {saidOn}");

        Assert.Equal(suggested, links.Any(l => l.Kind == RecordKind.Statement));
        Assert.Contains(links, l => l.Kind == RecordKind.Sanction);
    }

    [Theory]
    [InlineData("2022-10-18", true)]
    [InlineData("2022-10-19", true)]
    [InlineData("2022-10-20", false)]
    public void An_undated_statement_is_not_one_said_after_its_article_was_published(string timesSaidOn, bool suggested)
    {
        // The wire, published on 2022-10-19, reports its denial undated: said by then, so not the Times' of a day later.
        var files = EventArticles.Files().Select(f => new KeyValuePair<string, string?>(
            f.Key,
            EventArticles.WithoutLinks(Path.GetFileName(f.Key), f.Value!)
                .Replace("    said-on: 2022-10-19", "    said-on: undated", StringComparison.Ordinal)
                .Replace("    said-on: 2022-10-20", $"    said-on: {timesSaidOn}", StringComparison.Ordinal)));
        var read = AnnotationReader.Read(files);

        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        Assert.Equal(suggested, read.LinkSuggestions.Any(l => l.Kind == RecordKind.Statement));
    }

    [Theory]
    [InlineData("to Russia to be used in Ukraine", new[] { "iran-says-drones-not-for-ukraine-times" })]
    [InlineData("to be used in Ukraine", new[] { "iran-denies-sending-drones-times", "iran-says-drones-not-for-ukraine-times" })]
    public void Of_two_look_alikes_in_one_article_only_the_one_sharing_more_is_suggested(string secondEvidence, string[] suggested)
    {
        // One article reports one event once: the wire's denial is one of the Times' two denials, the nearer ("drone"
        // beside "russia, ukraine"); when both share as much, both are told.
        var second = "  - id: iran-says-drones-not-for-ukraine-times\n    speaker: iranian-foreign-ministry\n    act: deny\n    form: indirect\n"
            + $"    said-on: 2022-10-20\n    evidence: {secondEvidence}\n\nsanctions:";
        var links = Suggestions(
            EventArticles.TimesAnnotation,
            "evidence: again denied sending drones to Russia to be used in Ukraine",
            "evidence: again denied sending drones",
            "\nsanctions:",
            "\n" + second);

        var timesIds = links.Where(l => l.Kind == RecordKind.Statement)
            .Select(l => l.FirstId.EndsWith("-times", StringComparison.Ordinal) ? l.FirstId : l.SecondId);
        Assert.Equal(suggested, timesIds.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("2022-10-20")]
    [InlineData("2023-04-20")]
    public void Two_standing_positions_are_suggested_whatever_their_articles_dates(string published)
    {
        // One stance reported again months later is still one stance: standing positions are compared with each other, not by day.
        var read = AnnotationReader.Read(BothStanding(published, "evidence: again denied sending drones to Russia to be used in Ukraine"));

        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        var statement = Assert.Single(read.LinkSuggestions, l => l.Kind == RecordKind.Statement);
        Assert.Equal(
            "same speaker 'iranian-foreign-ministry', same act deny, both standing positions, shared words drone, russia, ukraine",
            statement.Reason);
    }

    [Fact]
    public void Two_standing_positions_that_share_no_content_words_are_not_suggested()
    {
        var read = AnnotationReader.Read(BothStanding("2022-10-20", "evidence: called the reports baseless"));

        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        Assert.DoesNotContain(read.LinkSuggestions, l => l.Kind == RecordKind.Statement);
    }

    /// <summary>The two articles without links, both statements standing positions, the Times published then and its statement's evidence this.</summary>
    private static IEnumerable<KeyValuePair<string, string?>> BothStanding(string published, string timesEvidence) =>
        EventArticles.Files().Select(f => new KeyValuePair<string, string?>(
            f.Key,
            EventArticles.WithoutLinks(Path.GetFileName(f.Key), f.Value!)
                .Replace("    said-on: 2022-10-19", "    said-on: standing", StringComparison.Ordinal)
                .Replace("    said-on: 2022-10-20", "    said-on: standing", StringComparison.Ordinal)
                .Replace("  published: 2022-10-20", $"  published: {published}", StringComparison.Ordinal)
                .Replace("evidence: again denied sending drones to Russia to be used in Ukraine", timesEvidence, StringComparison.Ordinal)));

    [Fact]
    public void Another_act_is_another_statement()
    {
        Assert.DoesNotContain(Suggestions(EventArticles.TimesAnnotation, "    act: deny", "    act: claim"), l => l.Kind == RecordKind.Statement);
    }

    [Fact]
    public void Sanctions_without_a_shared_target_are_suggested_only_when_their_reasons_share_words()
    {
        var noTarget = Suggestions(
            EventArticles.TimesAnnotation, "targets: [shahed-aviation-industries, iranian-drone-suppliers]", "targets: [iranian-drone-suppliers]");
        Assert.Contains(
            noTarget,
            l => l.Kind == RecordKind.Sanction && l.Reason.StartsWith("same imposer 'european-union', reasons share drone, russia", StringComparison.Ordinal));

        var otherReason = Suggestions(
            EventArticles.TimesAnnotation, "targets: [shahed-aviation-industries, iranian-drone-suppliers]", "targets: [iranian-drone-suppliers]",
            "reason: drones sent to Russia", "reason: human rights abuses");
        Assert.DoesNotContain(otherReason, l => l.Kind == RecordKind.Sanction);
    }

    [Theory]
    [InlineData("Iran denied sending drones to Russia", "drone iran russia sending")]
    [InlineData("Tehran denies it; Kyiv says the drones are Iranian", "drone iranian kyiv tehran")]
    [InlineData("The ministry condemned and rejected the claims", "ministry")]
    public void Content_words_leave_out_every_form_of_a_reporting_verb(string text, string expected)
    {
        Assert.Equal(expected.Split(' '), Annotations.Events.ContentWords.Of(text));
    }

    [Theory]
    [InlineData("sabotage", "sabotaging")]
    [InlineData("supplies", "supplied")]
    [InlineData("supply", "supplying")]
    [InlineData("stop", "stopped")]
    [InlineData("drone", "drones")]
    [InlineData("agree", "agreed")]
    [InlineData("illegally", "illegal")]
    [InlineData("measures", "sanctions")]
    [InlineData("penalties", "sanction")]
    public void Two_forms_of_one_word_are_one_content_word(string one, string other)
    {
        var shared = Annotations.Events.ContentWords.Shared(Annotations.Events.ContentWords.Of(one), Annotations.Events.ContentWords.Of(other));

        Assert.Single(shared);
    }

    [Theory]
    [InlineData("ship", "shine")]
    [InlineData("press", "pressure")]
    [InlineData("russia", "russian")]
    [InlineData("tally", "tall")]
    [InlineData("measured", "sanctions")]
    public void Other_words_stay_apart(string one, string other)
    {
        Assert.Empty(Annotations.Events.ContentWords.Shared(Annotations.Events.ContentWords.Of(one), Annotations.Events.ContentWords.Of(other)));
    }

    [Fact]
    public void Shared_words_are_shown_as_the_first_text_writes_them()
    {
        var shared = Annotations.Events.ContentWords.Shared(
            Annotations.Events.ContentWords.Of("accused Russia of using its shadow fleet to sabotage undersea infrastructure"),
            Annotations.Events.ContentWords.Of("accused Russia on Wednesday of sabotaging a data cable"));

        Assert.Equal(["russia", "sabotage"], shared);
    }

    /// <summary>The pairs suggested for the two articles without their links, after replacing text in one annotation.</summary>
    private static IReadOnlyList<Annotations.Events.LinkSuggestion> Suggestions(string annotation, params string[] replacements)
    {
        var files = EventArticles.Files().Select(f =>
        {
            var text = EventArticles.WithoutLinks(Path.GetFileName(f.Key), f.Value!);
            if (Path.GetFileName(f.Key) == annotation)
            {
                for (var i = 0; i < replacements.Length; i += 2)
                {
                    Assert.Contains(replacements[i], text, StringComparison.Ordinal);
                    text = text.Replace(replacements[i], replacements[i + 1], StringComparison.Ordinal);
                }
            }

            return new KeyValuePair<string, string?>(f.Key, text);
        });
        var read = AnnotationReader.Read(files);
        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        return read.LinkSuggestions;
    }
}
