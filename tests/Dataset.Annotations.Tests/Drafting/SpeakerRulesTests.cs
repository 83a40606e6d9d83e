using Dataset.Annotations.Drafting;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Tests.Drafting;

/// <summary>
/// Who a drafted statement's speaker is when the source is more than a name before its verb: each rule on a sentence
/// it reads, giving the speakers' names, and on a near miss it must leave as it was.
/// </summary>
public class SpeakerRulesTests
{
    private static readonly KnownActor[] Folder =
    [
        new("russia", "Russia", ["Moscow"], "state"),
        new("china", "China", [], "state"),
        new("latvia", "Latvia", ["Riga"], "state"),
    ];

    [Theory]
    [InlineData("The US ambassador in Manila, Karen Holt, said Washington stood by its ally.", "Karen Holt")]
    [InlineData("The talks had failed and would not resume soon, said Karen Holt.", "Karen Holt")]
    [InlineData("Ribeiro’s lawyer, Ana Paula Torres, told reporters the case was “a political vendetta dressed up as a proceeding”.", "Ana Paula Torres")]
    [InlineData("The board’s chief executive, Abena Owusu, pointed out in a radio interview that prices had been raised twice.", "Abena Owusu")]
    public void A_name_set_off_after_the_opening_noun_phrase_speaks_and_a_name_after_the_verb_still_does(string sentence, string speaker) =>
        Assert.Equal([speaker], Speakers(sentence));

    [Theory]
    [InlineData("The Russian embassy in Riga rejected the accusations.", "Russian embassy in Riga")]
    [InlineData("Riga rejected the accusations.", "Latvia")]
    public void A_place_after_in_is_where_the_speaker_is_not_the_speaker(string sentence, string speaker) =>
        Assert.Equal([speaker], Speakers(sentence));

    [Theory]
    [InlineData("The Baltic states that border Russia have asked NATO to strengthen air defences.", "Baltic states")]
    [InlineData("Russia has asked NATO to strengthen air defences.", "Russia")]
    public void A_relative_clause_is_read_off_the_source(string sentence, string speaker) => Assert.Equal([speaker], Speakers(sentence));

    [Theory]
    [InlineData("Traffic has fallen by about a third, according to port authority figures.", "port authority")]
    [InlineData("Traffic has fallen by about a third, according to port authority officials.", "port authority officials")]
    public void What_a_party_issued_speaks_for_the_party(string sentence, string speaker) => Assert.Equal([speaker], Speakers(sentence));

    [Theory]
    [InlineData("The Ghana Cocoa Board now expects output of about 650,000 tonnes, a spokesman told reporters.", "Ghana Cocoa Board")]
    [InlineData("Russia rejected the plan. The talks had failed, a spokesman said.", "Russia")]
    public void A_spokesman_of_a_party_no_one_named_before_speaks_for_the_name_opening_the_clause(string text, string speaker) =>
        Assert.Equal(speaker, Speakers(text).Last());

    [Theory]
    [InlineData("Members of the UN Security Council clashed on Wednesday, with several calling for a peacekeeping force.")]
    [InlineData("UNITED NATIONS: Members of the UN Security Council clashed, with several calling for a peacekeeping force.")]
    public void Several_are_some_of_the_party_that_opens_the_sentence(string sentence) =>
        Assert.Equal(["Members of the UN Security Council"], Speakers(sentence));

    [Fact]
    public void Each_party_of_a_coordinated_source_gets_its_statement_with_the_same_evidence()
    {
        var draft = Draft("China and Russia argued that a peacekeeping force would need the consent of the authorities.");

        Assert.Equal(["china", "russia"], draft.Statements.Select(s => s.Speaker));
        Assert.Single(draft.Statements.Select(s => s.Evidence).Distinct());
        Assert.Equal(
            ["Russia’s defence and foreign ministries"],
            Speakers("Russia’s defence and foreign ministries did not immediately respond to requests for comment."));
    }

    [Fact]
    public void Both_parties_are_the_last_two_speakers_whose_names_hold_party()
    {
        var text = "The opposition party claimed that ballot boxes had been tampered with. The electoral commission insisted the count was fair. " +
            "The ruling party rejected the allegations as noise. Both parties have urged their supporters to stay calm.";

        Assert.Equal(["opposition party", "electoral commission", "ruling party", "ruling party", "opposition party"], Speakers(text));
        Assert.Equal(["Both sides"], Speakers("Both sides have urged their supporters to stay calm."));
    }

    [Fact]
    public void A_bare_noun_refers_back_to_the_unnamed_source_it_opens_and_a_named_one_is_left_as_written()
    {
        var russian = "Премьер-министр выразил обеспокоенность ростом цен, сообщила пресс-служба правительства. "
            + "По данным пресс-службы, план резервных поставок будет представлен на заседании кабинета.";
        Assert.Equal("пресс-служба правительства", Speakers(russian).Last());
        Assert.Equal(["пресс-службы"], Speakers("По данным пресс-службы, план резервных поставок будет представлен на заседании кабинета."));

        var english = "Commission chairwoman Grace Phiri said the count was fair. Turnout was about 68 percent, according to the commission.";
        Assert.Equal(["Grace Phiri", "commission"], Speakers(english));
    }

    [Fact]
    public void The_noun_of_a_proper_name_named_before_is_written_as_that_name_inside_a_new_name()
    {
        var text = "The Ghana Cocoa Board now expects a smaller crop, a spokesman told reporters. "
            + "Sources close to the board say a third cut cannot be ruled out.";

        Assert.Equal(["Ghana Cocoa Board", "Sources close to the Ghana Cocoa Board"], Speakers(text));
        Assert.Equal(["Sources close to the board"], Speakers("Sources close to the board say a third cut cannot be ruled out."));
    }

    /// <summary>The name of each drafted statement's speaker, in order: a new actor's name, or the folder's.</summary>
    [Theory]
    [InlineData("Chipmaker Veltron said profit fell.\n", "works council at Veltron’s Dresden plant")]
    [InlineData("Profit fell, the report showed.\n", null)]
    public void The_companys_in_a_long_source_is_the_company_named_before(string before, string? speaker) =>
        Assert.Equal(
            speaker,
            Speakers(before + "The works council at the company’s Dresden plant called the cuts “a betrayal of the workforce”.")
                .LastOrDefault(s => s.StartsWith("works", StringComparison.Ordinal)));

    private static List<string> Speakers(string text) => DraftSpeakers.Of(Draft(text), Folder);

    private static ArticleDraft Draft(string text) => ArticleDrafter.Draft(new DraftRequest(text, new DateValue(2024, 3, 8), Folder, [], []));
}
