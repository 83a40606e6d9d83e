using Dataset.Annotations.Text;
using Dataset.Annotations.Drafting.Acts;
using Dataset.Annotations.Parsing;

namespace Dataset.Annotations.Tests.Drafting;

/// <summary>
/// The act read from what a source said when its verb names none: each rule of <see cref="SaidActs"/> on a content
/// it reads, giving the act and the words it read, and on a near miss that it must leave to another act.
/// </summary>
public class SaidActsTests
{
    [Theory]
    [InlineData("we strongly condemn the attack", "condemn", "we strongly condemn", "they condemn the attack")]
    [InlineData("it was deeply concerned by the reports", "express-concern", "concerned", "residents were concerned by the reports")]
    [InlineData("he could not comment on operational details", "decline-comment", "could not comment", "he could not accept the terms")]
    [InlineData("it would not allow foreign interference", "warn", "would not allow", "it would allow foreign observers")]
    [InlineData("the opposition would not recognise the result", "deny", "would not recognise", "the opposition would recognise the result")]
    [InlineData("the accusations were baseless", "deny", "baseless", "the accusations were published on Monday")]
    [InlineData("late opening is not rigging", "deny", "rigging", "the count was rigged")]
    [InlineData("it had no information about the soldiers", "deny", "it had no", "we are not there yet")]
    [InlineData("I have never received a single real", "deny", "I have never received", "I have received a single real")]
    [InlineData("the attack was unacceptable", "condemn", "unacceptable", "the terms were acceptable")]
    [InlineData("these conditions are not acceptable to anyone", "condemn", "acceptable", "these conditions are acceptable to anyone")]
    [InlineData("the killing of civilians was “a war crime”", "condemn", "crime", "the crime rate fell")]
    [InlineData("ballot boxes had been tampered with", "accuse", "tampered", "ballot boxes had been counted")]
    [InlineData("the strike was carried out by the rebels", "accuse", "carried out by", "the strike was carried out at dawn")]
    [InlineData("Iranian firms were involved in the supply of drones", "accuse", "involved", "the parties involved in the talks met")]
    [InlineData("the ship had rammed the boat", "accuse", "rammed", "a drone strike killed 21 people")]
    [InlineData("the ship had rammed the boat", "accuse", "rammed", "Hurricane Milton killed 12 people")]
    [InlineData("the insurgents had beheaded two elders", "accuse", "beheaded", "two elders had been beheaded")]
    [InlineData("it was ready to send reinforcements", "pledge", "ready to", "the troops were ready to leave")]
    [InlineData("the bank would cover any losses", "pledge", "would cover", "the bank would not cover any losses")]
    [InlineData("The bank would cover any losses", "pledge", "would cover", "Iran would supply the drones")]
    [InlineData("we are sorry, and we will contact every customer", "pledge", "we will", "we are sorry, and we will not wait")]
    [InlineData("we are sorry, and we will contact every customer", "pledge", "we will", "we are sorry, and we will see")]
    [InlineData("banks would face serious consequences", "warn", "consequences", "banks would face higher costs")]
    [InlineData("those who profit must know that they will pay a price", "warn", "pay a price", "those who profit must know the price")]
    [InlineData("it would call a strike if the plan went ahead", "warn", "if", "it would call a strike")]
    [InlineData("a long strike would hurt the country", "warn", "would hurt", "a long strike would change the country")]
    [InlineData("Russia must withdraw its troops", "demand", "must", "we must be patient")]
    [InlineData("the employers will have to listen", "warn", "will have to", "the employers will listen")]
    [InlineData("the company would cut jobs in Germany", "announce", "would cut", "the company would gain market share")]
    [InlineData("she would run again", "pledge", "would run", "it would be a mistake")]
    [InlineData("Washington stood by its ally", "support", "stood by", "Washington stood at the gate")]
    [InlineData("the unwavering commitment to Ukraine", "support", "commitment", "there was no commitment to Ukraine")]
    [InlineData("he had held detailed discussions with Lapid", "discuss", "discussions", "he had held a rally with Lapid")]
    [InlineData("the measures were agreed by ministers", "announce", "agreed", "the measures were criticised by ministers")]
    [InlineData("it was investigating the cause of the fire", "announce", "investigating", "it was hoping for calm")]
    [InlineData("data traffic had been rerouted", "announce", "rerouted", "data traffic had been slow")]
    [InlineData("the skier had been banned for four years", "announce", "banned", "the skier had been tired for four years")]
    [InlineData("it was tracking the ship", "announce", "tracking", "it was expecting the ship")]
    [InlineData("profit fell sharply", "announce", "fell", "profit was weak")]
    [InlineData("the drought is worse than in 2017", "assess", "worse than", "the drought began in 2017")]
    [InlineData("turnout was about 68 percent", "announce", "68", "the vote was held on 12 March")]
    [InlineData("the attack claimed the lives of five children", "announce", "lives", "the attack shocked residents")]
    [InlineData("the attack claimed the lives of five children", "announce", "lives", "she lives in Kyiv")]
    [InlineData("attacks were likely to increase", "assess", "likely", "attacks increased")]
    [InlineData("the talks could fail", "assess", "could", "the talks failed")]
    public void A_rule_reads_its_act_from_the_words_said_and_leaves_a_near_miss_to_another(string said, string act, string words, string nearMiss) =>
        ReadsItsActAndLeavesTheNearMiss(SaidActs.Read, said, act, words, nearMiss);

    [Theory]
    [InlineData("the talks had failed")]
    [InlineData("the situation in the town was calm")]
    [InlineData("it had complied with all the terms and would cooperate")]
    public void Content_no_rule_reads_is_left_to_the_claim(string said) => Assert.Null(Read(said));

    [Fact]
    public void A_vow_of_retaliation_is_a_warning_and_another_vow_stays_a_pledge()
    {
        Assert.Equal(new ActReading("warn", "retaliate"), SaidActs.Refine("pledge", Content("to retaliate")));
        Assert.Null(SaidActs.Refine("pledge", Content("to rebuild every bridge")));
        Assert.Null(SaidActs.Refine("deny", Content("to retaliate")));
    }

    private static ActReading? Read(string said) => SaidActs.Read(Content(said));

    /// <summary>
    /// That <paramref name="rules"/> read <paramref name="act"/> from <paramref name="words"/> of what was said, and
    /// another act (or none) from the near miss.
    /// </summary>
    internal static void ReadsItsActAndLeavesTheNearMiss(Func<SaidContent, ActReading?> rules, string said, string act, string words, string nearMiss)
    {
        Assert.Equal(new ActReading(act, words), rules(Content(said)));
        Assert.NotEqual(act, rules(Content(nearMiss))?.Act);
        Assert.Contains(act, AnnotationSchema.SpeechActs);
    }

    /// <summary>What was said, read as the drafts read a sentence's content.</summary>
    internal static SaidContent Content(string said)
    {
        var tokens = new List<Token>();
        SentenceTokens.Read(said, new TextRange(0, said.Length), Quotes.In(said, 0, said.Length).ToList(), tokens);
        return new SaidContent(said, tokens, 0, tokens.Count);
    }
}
