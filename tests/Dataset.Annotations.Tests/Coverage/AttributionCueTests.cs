using Dataset.Annotations.Text;
using Dataset.Annotations.Text.Cues;

namespace Dataset.Annotations.Tests.Coverage;

/// <summary>Which sentences attribute speech, by which cue, to which source: the shapes of news attribution, one at a time.</summary>
public class AttributionCueTests
{
    [Theory]
    [InlineData("Unofficial information states that at least nine drones crossed the border.", "states", "Unofficial information")]
    [InlineData("According to the document, the deal runs for ten years.", "According to", "the document")]
    [InlineData("Turnout was about 68 percent, according to the commission.", "according to", "the commission")]
    [InlineData("Ukraine has reported a spate of drone attacks.", "reported", "Ukraine")]
    [InlineData("Russia claims that the drones were Iranian.", "claims", "Russia")]
    [InlineData("The ministry stated that teams had been sent.", "stated", "The ministry")]
    [InlineData("Wieczorek added: “Energy security is not a luxury.”", "added", "Wieczorek")]
    [InlineData("“It is over,” he added.", "added", "he")]
    [InlineData("“It is over,” said Kirby.", "said", "Kirby")]
    [InlineData("Ribeiro, who led the port authority, denied any wrongdoing.", "denied", "Ribeiro, who led the port authority")]
    [InlineData("Interior Minister Peter Kamau was quoted as saying that the figures were wrong.", "was quoted as saying", "Interior Minister Peter Kamau")]
    [InlineData("The payments are reported to have totalled 4 million dollars.", "are reported to", "")]
    [InlineData("Kalniņš is understood to have raised the matter.", "is understood to", "")]
    [InlineData("Equinor declined to comment on the draft.", "declined to comment", "Equinor")]
    [InlineData("Russia’s defence ministry did not immediately respond to requests for comment.", "respond", "Russia’s defence ministry")]
    [InlineData("There was no immediate comment from Tehran.", "no immediate comment", "Tehran")]
    [InlineData("The works council called the cuts “a betrayal of the workforce”.", "called", "The works council")]
    [InlineData("UN coordinator Fatima Osei called for an independent investigation.", "called", "UN coordinator Fatima Osei")]
    [InlineData("Lapid’s office said the Israeli leader expressed “deep concern”.", "said", "Lapid’s office")]
    [InlineData("The ministry expressed deep concern about the strikes.", "expressed", "The ministry")]
    [InlineData("Chile reports sharp rise in dengue cases", "reports", "Chile")]
    [InlineData("China and Russia argued that consent was needed.", "argued", "China and Russia")]
    [InlineData("In a statement, the agency expressed its regret.", "expressed", "the agency")]
    [InlineData("The IG Metall union posted on its website that it would strike.", "posted", "The IG Metall union")]
    public void A_cue_attributes_the_sentence_to_its_source(string sentence, string cue, string source)
    {
        var (text, finder) = Read(sentence);

        var first = Assert.IsType<Cue>(finder.Cues.Count > 0 ? finder.Cues[0] : null, exactMatch: true);
        Assert.Equal(cue, text[finder.Tokens[first.First].Start..finder.Tokens[first.End - 1].End]);
        Assert.Equal(source, CueSources.Written(finder, first) ?? string.Empty);
    }

    [Theory]
    [InlineData("The European states that buy gas from Norway followed the talks.")]
    [InlineData("In the southern states of Brazil, the strain has overwhelmed clinics.")]
    [InlineData("The claims could not be independently verified.")]
    [InlineData("The company’s claims of compliance will be tested at trial.")]
    [InlineData("The alleged payments went to a Swiss account.")]
    [InlineData("The number of reported cases has tripled since June.")]
    [InlineData("The attack claimed the lives of five children.")]
    [InlineData("The so-called humanitarian corridor has never been opened.")]
    [InlineData("The mission has 400 officers, well short of the 2,500 promised.")]
    [InlineData("The dispute has added a new layer to the relationship.")]
    [InlineData("Solberg is expected to travel to Warsaw next month.")]
    [InlineData("Analysts had expected a smaller fall in profit.")]
    [InlineData("The money pledged by donors has not arrived.")]
    [InlineData("Several travellers were denied entry at the border.")]
    [InlineData("It is too early to say what caused the blast.")]
    [InlineData("Shares fell 6 percent after a phone call between the chief executives.")]
    [InlineData("He said nothing.”")]
    public void Nouns_adjectives_and_other_senses_are_no_cue(string sentence)
    {
        var (_, finder) = Read(sentence.EndsWith('”') ? "“" + sentence : sentence);

        Assert.Empty(finder.Cues);
    }

    [Fact]
    public void Cues_inside_a_quote_belong_to_the_quoted_speaker_and_do_not_name_a_source()
    {
        var (text, finder) = Read("“We can confirm that the drones were Iranian,” Price told reporters.");

        var cue = Assert.Single(finder.Cues);
        Assert.Equal("told", text[finder.Tokens[cue.First].Start..finder.Tokens[cue.First].End]);
        Assert.Equal("Price", CueSources.Written(finder, cue));
        Assert.True(cue.ContentBefore);
    }

    [Fact]
    public void A_declared_name_at_the_head_of_the_source_names_it()
    {
        var (text, finder) = Read("US State Department spokesman Ned Price told a briefing that talks would go on.");

        var named = CueSources.Declared(finder, finder.Cues[0], new ActorNames(["US", "US State Department", "Ned Price", "Price"]));

        Assert.Equal("Ned Price", named?.Name);
    }

    private static (string Text, AttributionFinder Finder) Read(string sentence)
    {
        var passages = Quotes.In(sentence, 0, sentence.Length).ToList();
        var finder = new AttributionFinder();
        finder.Read(sentence, new TextRange(0, sentence.Length), passages);
        return (sentence, finder);
    }
}
