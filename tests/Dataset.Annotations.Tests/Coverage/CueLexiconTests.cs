using Dataset.Annotations.Model;
using Dataset.Annotations.Text;

namespace Dataset.Annotations.Tests.Coverage;

/// <summary>The acts the cue lexicon gives are the schema's: an entry with any other act is refused when it is read.</summary>
public class CueLexiconTests
{
    [Fact]
    public void An_entry_whose_act_the_schema_lacks_is_refused_naming_the_entry_and_the_act()
    {
        var error = Assert.Throws<InvalidOperationException>(() => CueLexicon.Read(["urge urgee : urge urges urged urging"]));

        Assert.Equal(
            "The cue lexicon's entry 'urge urgee : urge urges urged urging' names the act 'urgee', which is not one of the schema's acts.", error.Message);
    }

    [Fact]
    public void The_shipped_lexicon_reads_and_gives_each_verb_its_schema_act()
    {
        const string Text = "denied urges expressed said";

        // The first look-up reads every entry of the lexicon, each act checked against the schema's.
        var acts = Words(Text).Select(w => CueLexicon.Find(Text, w)!.Act);

        Assert.Equal([SpeechActs.Deny, SpeechActs.Urge, SpeechActs.ExpressConcern, CueLexicon.NeutralAct], acts);
        Assert.Equal(SpeechActs.Claim, CueLexicon.NeutralAct);
    }

    private static IEnumerable<Token> Words(string text)
    {
        var start = 0;
        foreach (var word in text.Split(' '))
        {
            yield return new Token(start, start + word.Length, TokenKind.Word, inQuote: false);
            start += word.Length + 1;
        }
    }
}
