using Dataset.Annotations.Drafting;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Tests.Drafting;

/// <summary>What a draft proposes for one sentence: speaker, act, form, date, evidence; sanctions; new actors and their kinds.</summary>
public class ArticleDrafterTests
{
    private static readonly DateValue Published = new(2024, 3, 8); // a Friday

    private static readonly KnownActor[] Folder =
    [
        new("lloyd-austin", "Lloyd Austin", ["Austin"], "person"),
        new("russia", "Russia", [], "state"),
        new("european-union", "European Union", ["EU", "the bloc"], "organization"),
    ];

    [Theory]
    [InlineData(
        "US Defense Secretary Lloyd Austin urged Russia on Wednesday to keep lines open.",
        "lloyd-austin",
        "urge",
        "indirect",
        "2024-03-06",
        "Russia on Wednesday to keep lines open")]
    [InlineData("Russia denied that its forces had crossed the border.", "russia", "deny", "indirect", "undated", "its forces had crossed the border")]
    [InlineData(
        "“These conditions are not acceptable to anyone,” Austin said on Thursday.",
        "lloyd-austin",
        "condemn",
        "direct",
        "2024-03-07",
        "These conditions are not acceptable to anyone")]
    [InlineData("Russia told reporters in Geneva that the talks had failed.", "russia", "claim", "indirect", "undated", "the talks had failed")]
    [InlineData(
        "The bloc warned that further steps would follow within weeks.",
        "european-union",
        "warn",
        "indirect",
        "undated",
        "further steps would follow within weeks")]
    [InlineData(
        "Russia pledged yesterday to restore the grain corridor.",
        "russia",
        "pledge",
        "indirect",
        "2024-03-07",
        "yesterday to restore the grain corridor")]
    public void A_sentence_is_drafted_with_its_speaker_act_form_date_and_evidence(
        string sentence,
        string speaker,
        string act,
        string form,
        string saidOn,
        string evidence)
    {
        var statement = Assert.Single(Draft(sentence).Statements);

        Assert.Equal((speaker, act, form, saidOn, evidence), (statement.Speaker, statement.Act, statement.Form, statement.SaidOn, statement.Evidence));
        Assert.Equal(evidence, sentence[statement.Range.Start..statement.Range.End]);
    }

    [Theory]
    [InlineData("Russia said the talks would resume next week.", "announce", "would resume")]
    [InlineData("Russia said 40 ships had been stopped.", "announce", "40")]
    [InlineData("“We will rebuild every bridge,” Austin said.", "pledge", "will rebuild")]
    [InlineData("Russia said the accusations were baseless.", "deny", "baseless")]
    [InlineData("Russia said it had no information about the attack.", "deny", "it had no")]
    public void A_plain_said_gets_the_act_read_from_what_was_said_and_says_so(string sentence, string act, string words)
    {
        var statement = Assert.Single(Draft(sentence).Statements);

        Assert.Equal((act, "said", words), (statement.Act, statement.GuessedFrom, statement.ReadFrom));
        Assert.Contains($"act: {act}   # a guess from \"{words}\", not from \"said\"; check it", DraftYaml.Statement(statement), StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_said_whose_words_name_no_act_is_a_claim_and_says_so()
    {
        var statement = Assert.Single(Draft("Russia said the talks had failed.").Statements);

        Assert.Equal(("claim", "said", null), (statement.Act, statement.GuessedFrom, statement.ReadFrom));
        Assert.Contains("act: claim   # a guess: \"said\" names no act; check it", DraftYaml.Statement(statement), StringComparison.Ordinal);
        Assert.Null(Assert.Single(Draft("Russia denied the talks would resume.").Statements).GuessedFrom);
    }

    [Fact]
    public void A_quote_after_a_colon_is_what_was_said_not_the_question_before_it()
    {
        var statement = Assert.Single(
            Draft("Asked whether Russia would pay, Defence Minister Jane Doe replied: “We have paid, and we will keep paying.”").Statements);

        Assert.Equal(("pledge", "we will", "direct"), (statement.Act, statement.ReadFrom, statement.Form));
    }

    [Fact]
    public void A_vow_to_retaliate_is_a_warning_read_from_its_words()
    {
        var statement = Assert.Single(Draft("Russia vowed to retaliate.").Statements);

        Assert.Equal(("warn", "vowed", "retaliate"), (statement.Act, statement.GuessedFrom, statement.ReadFrom));
        var vow = Assert.Single(Draft("Russia vowed to rebuild the bridge.").Statements);
        Assert.Equal(("pledge", null), (vow.Act, vow.GuessedFrom));
    }

    [Fact]
    public void A_verb_not_said_declines_to_comment()
    {
        var statement = Assert.Single(Draft("Russia has not said whether the talks would resume.").Statements);

        Assert.Equal(("decline-comment", null), (statement.Act, statement.GuessedFrom));
    }

    [Theory]
    [InlineData("Foreign Minister Jane Doe said she was “appalled” and called for an independent investigation.", "express-concern", "request")]
    [InlineData("Russia denied responsibility and accused the bloc of bombing its own city.", "deny", "accuse")]
    [InlineData("Defence Minister Jane Doe urged both sides to talk, saying a long strike would hurt the whole country.", "urge", "warn")]
    public void A_verb_joined_to_the_cue_drafts_a_second_statement_of_the_same_speaker(string sentence, string first, string second)
    {
        var statements = Draft(sentence).Statements;

        Assert.Equal([first, second], statements.Select(s => s.Act));
        Assert.Single(statements.Select(s => s.Speaker).Distinct());
        Assert.True(statements[0].Range.End <= statements[1].Range.Start, "The two statements' evidence does not overlap.");
    }

    [Theory]
    [InlineData("Defence Minister Jane Doe said the border would stay open.", "jane-doe", "Jane Doe", "person", "Defence Minister")]
    [InlineData("Ukraine said the border would stay open.", "ukraine", "Ukraine", "state", null)]
    [InlineData("The interior ministry said the border would stay open.", "interior-ministry", "interior ministry", "government-body", null)]
    [InlineData("Western diplomats said the border would stay open.", "western-diplomats", "Western diplomats", "group", null)]
    [InlineData("The IG Metall union said the border would stay open.", "ig-metall-union", "IG Metall union", "organization", null)]
    public void A_source_no_actor_names_becomes_a_new_actor_with_a_kind_from_its_words(string sentence, string id, string name, string kind, string? title)
    {
        var draft = Draft(sentence);

        Assert.Equal(new DraftActor(id, name, kind, title), Assert.Single(draft.Actors));
        Assert.Equal(id, Assert.Single(draft.Statements).Speaker);
    }

    [Fact]
    public void A_pronoun_or_a_surname_is_the_speaker_already_named()
    {
        var draft = Draft(
            "Foreign Minister Jane Doe said the border would stay open. She added that trade would go on as before. Doe also warned that smugglers would be " +
                "caught.");

        Assert.Equal(["jane-doe", "jane-doe", "jane-doe"], draft.Statements.Select(s => s.Speaker));
        Assert.Single(draft.Actors);
    }

    [Fact]
    public void A_sanction_sentence_gives_imposer_targets_status_and_provisions()
    {
        var draft = Draft("Britain imposed sanctions on senior military figures and a firm it said were involved in the supply of drones.");

        var sanction = Assert.Single(draft.Sanctions);
        Assert.Equal(("britain", "imposed"), (sanction.Imposer, sanction.Status));
        Assert.Equal(["senior-military-figures", "firm"], sanction.Targets);
        Assert.Equal([("britain", "state"), ("senior-military-figures", "group"), ("firm", "organization")], draft.Actors.Select(a => (a.Id, a.Kind)));
    }

    [Theory]
    [InlineData("The EU agreed to sanction Russia over the grain blockade.", "european-union", "russia", "agreed", "")]
    [InlineData("The bloc imposed an asset freeze and a travel ban on Russia.", "european-union", "russia", "imposed", "asset-freeze travel-ban")]
    [InlineData("The EU is considering sanctions against Russia.", "european-union", "russia", "considered", "")]
    [InlineData("The EU lifted sanctions on Russia on Monday.", "european-union", "russia", "lifted", "")]
    [InlineData("The EU will announce sanctions on Russia next week.", "european-union", "russia", "forthcoming", "")]
    [InlineData("The EU is set to impose an asset freeze on Russia.", "european-union", "russia", "forthcoming", "asset-freeze")]
    [InlineData("The EU announced sanctions on Russia.", "european-union", "russia", "announced", "")]
    public void A_sanction_status_and_provisions_come_from_the_words(string sentence, string imposer, string target, string status, string provisions)
    {
        var sanction = Assert.Single(Draft(sentence).Sanctions);

        Assert.Equal(
            (imposer, target, status, provisions),
            (sanction.Imposer, Assert.Single(sanction.Targets), sanction.Status, string.Join(" ", sanction.Provisions)));
    }

    [Fact]
    public void Two_sanctions_in_one_sentence_are_two_entries_with_their_own_clauses()
    {
        var draft = Draft("European Union members have agreed on new measures against Russia, the bloc said, while Britain imposed sanctions on a firm.");

        Assert.Equal([("european-union", "agreed"), ("britain", "imposed")], draft.Sanctions.Select(s => (s.Imposer, s.Status)));
        Assert.Equal(
            ["European Union members have agreed on new measures against Russia, the bloc said", "Britain imposed sanctions on a firm"],
            draft.Sanctions.Select(s => s.Evidence));
    }

    [Fact]
    public void Evidence_that_occurs_twice_is_widened_until_it_occurs_once_or_left_out()
    {
        // The clause occurs in both sentences, so each statement's evidence is its whole sentence, which occurs once.
        const string TwoSpeakers = "Russia said the talks would resume.\nAustin said the talks would resume.\n";
        var widened = Draft(TwoSpeakers).Statements;
        Assert.Equal(
            [("russia", "Russia said the talks would resume"), ("lloyd-austin", "Austin said the talks would resume")],
            widened.Select(s => (s.Speaker, s.Evidence)));
        Assert.All(widened, s => Assert.Equal(s.Evidence, TwoSpeakers[s.Range.Start..s.Range.End]));

        // The same sentence twice: nothing in it occurs once, so it is left out.
        Assert.Empty(Draft("Russia said the talks would resume.\nRussia said the talks would resume.\n").Statements);
    }

    [Fact]
    public void What_the_annotation_covers_is_not_drafted_again_and_ids_the_folder_uses_are_not_reused()
    {
        const string Text = "Russia denied the claims. Russia warned that the talks would fail.";
        var request = new DraftRequest(Text, Published, Folder, ["russia-denies-claims", "russia"], [new(0, 25)]);

        var statement = Assert.Single(ArticleDrafter.Draft(request).Statements);

        Assert.Equal("warn", statement.Act);
        var first = Assert.Single(ArticleDrafter.Draft(new DraftRequest("Russia denied the claims.", Published, Folder, [], [])).Statements).Id;
        var again = ArticleDrafter.Draft(new DraftRequest("Russia denied the claims.", Published, Folder, [first], []));
        Assert.Equal(first + "-2", Assert.Single(again.Statements).Id);
    }

    [Fact]
    public void One_passage_asked_for_gives_the_same_entry_as_the_whole_article()
    {
        const string Text = "Russia denied the claims. Defence Minister Jane Doe warned that the talks would fail. Doe said the border stays open.";
        var whole = ArticleDrafter.Draft(new DraftRequest(Text, Published, Folder, [], []));
        var at = Text.IndexOf("Doe said", StringComparison.Ordinal);

        var one = ArticleDrafter.Draft(new DraftRequest(Text, Published, Folder, [], [], new(at, at + 10)));

        Assert.Equal(whole.Statements[2], Assert.Single(one.Statements));
        Assert.Equal(whole.Actors.Where(a => a.Id == "jane-doe"), one.Actors);
    }

    [Fact]
    public void Ids_are_kebab_case_and_never_a_name_a_generated_class_already_has()
    {
        var draft = Draft("Officials said that Sanctions would follow. Sanctions said the vote was fair.");

        Assert.All(draft.Actors.Select(a => a.Id).Concat(draft.Statements.Select(s => s.Id)), id => Assert.Matches("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", id));
        Assert.DoesNotContain("sanctions", draft.Actors.Select(a => a.Id));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("on Friday")]
    [InlineData("last Monday")]
    public void A_date_before_the_first_day_a_date_can_hold_is_no_date(string passage)
    {
        // Found by fuzzing: a publication date of 0001-01-01 and a day before it.
        Assert.Null(DraftDates.Find(passage, new DateValue(1, 1, 1)));
        Assert.Equal("undated", DraftDates.SaidOn(passage, new DateValue(1, 1, 1)));
    }

    [Fact]
    public void A_declared_name_at_the_very_end_of_the_article_is_found()
    {
        // The input fuzzing found looking for a name past the end of the text is regressions/draft-name-at-the-end-of-a-sentence.
        var draft = Draft("Russia imposed sanctions on the EU");

        var sanction = Assert.Single(draft.Sanctions);
        Assert.Equal(("russia", "european-union"), (sanction.Imposer, Assert.Single(sanction.Targets)));
    }

    private static ArticleDraft Draft(string text) => ArticleDrafter.Draft(new DraftRequest(text, Published, Folder, [], []));
}
