using System;
using System.Collections.Generic;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Text;

/// <summary>How a word form of a reporting verb behaves.</summary>
internal enum CueForm : byte
{
    /// <summary>Say, urge: a base form, also after "to", "did", "will".</summary>
    Base,

    /// <summary>Says, urges.</summary>
    Present,

    /// <summary>Said, urged: past tense and participle, which can also be an adjective ("the alleged plot").</summary>
    Past,

    /// <summary>Saying, urging.</summary>
    Gerund,
}

/// <summary>One form of a reporting verb: its lemma, the speech act it most likely reports, and whether it is as often a noun or an unrelated verb.</summary>
internal sealed class CueWord
{
    public CueWord(string lemma, string act, CueForm form, bool ambiguous, bool inverts)
    {
        Lemma = lemma;
        Act = act;
        Form = form;
        Ambiguous = ambiguous;
        Inverts = inverts;
    }

    public string Lemma { get; }

    /// <summary>The speech act (a value of the schema's act field) the verb most likely reports.</summary>
    public string Act { get; }

    public CueForm Form { get; }

    /// <summary>
    /// A form that is as often a noun ("claims", "states", "calls") or a verb of something else ("added 300
    /// engineers", "wrote a book"): it counts only where it takes a <c>that</c> clause, a quote or a colon, or stands
    /// as a verb beyond doubt (after "has", "he", "to", or closing a sentence as "…, she added").
    /// </summary>
    public bool Ambiguous { get; }

    /// <summary>Whether news puts the verb before its source: "…,” said Kirby.</summary>
    public bool Inverts { get; }

    /// <summary>A plain reporting verb (say, tell, add): the act is the most likely one, not read from the verb.</summary>
    public bool IsNeutral => Act == CueLexicon.NeutralAct;
}

/// <summary>
/// The reporting verbs of news, in every form, with the act each most likely reports (PARC 3.0's cues, narrowed to
/// the verbs wire copy uses). A form marked <c>*</c> is ambiguous (see <see cref="CueWord.Ambiguous"/>); a verb
/// marked <c>^</c> can stand before its source. Looked up by a slice of the article, so reading a word allocates nothing.
/// Each entry's act is checked against the schema's acts when the lexicon is read: a misspelt act fails every use of it.
/// </summary>
internal static class CueLexicon
{
    /// <summary>The act a plain "said" most likely reports in news: a claim about what is so.</summary>
    public const string NeutralAct = SpeechActs.Claim;

    // lemma act : base present past gerund [the same four again for a second spelling]
    private static readonly string[] Entries =
    {
        "say^ claim : say says said saying",
        "tell^ claim : tell tells told telling",
        "add^ claim : add* adds* added* adding*",
        "state claim : state* states* stated stating",
        "write^ claim : write* writes* wrote* writing*",
        "post claim : post* posts* posted* posting*",
        "tweet^ claim : tweet* tweets* tweeted tweeting",
        "note^ claim : note* notes* noted noting",
        "explain^ claim : explain explains explained explaining",
        "reply^ claim : reply* replies* replied replying",
        "respond claim : respond* responds* responded* responding*",
        "insist^ claim : insist insists insisted insisting",
        "argue^ claim : argue argues argued arguing",
        "assert claim : assert asserts asserted asserting",
        "maintain claim : maintain* maintains* maintained* maintaining*",
        "contend claim : contend contends contended contending",
        "claim claim : claim* claims* claimed claiming",
        "stress claim : stress* stresses* stressed* stressing",
        "emphasise claim : emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing",
        "underline claim : underline* underlines* underlined underlining",
        "underscore claim : underscore* underscores* underscored underscoring",
        "reiterate claim : reiterate reiterates reiterated reiterating",
        "repeat claim : repeat* repeats* repeated* repeating*",
        "describe claim : describe describes described describing",
        "suggest claim : suggest suggests suggested suggesting",
        "complain claim : complain complains complained complaining",
        "testify claim : testify testifies testified testifying",
        "recall claim : recall* recalls* recalled* recalling*",
        "mention claim : mention* mentions* mentioned* mentioning*",
        "quote claim : quote* quotes* quoted* quoting*",
        "report announce : report* reports* reported reporting*",
        "announce^ announce : announce announces announced announcing",
        "declare^ announce : declare declares declared declaring",
        "reveal announce : reveal reveals revealed revealing",
        "disclose announce : disclose discloses disclosed disclosing",
        "confirm^ confirm : confirm confirms confirmed confirming",
        "acknowledge confirm : acknowledge acknowledges acknowledged acknowledging",
        "admit confirm : admit admits admitted admitting",
        "concede^ confirm : concede concedes conceded conceding",
        "deny deny : deny denies denied denying",
        "reject deny : reject rejects rejected rejecting",
        "dismiss deny : dismiss* dismisses* dismissed* dismissing*",
        "refute deny : refute refutes refuted refuting",
        "accuse accuse : accuse accuses accused accusing",
        "allege accuse : allege alleges alleged alleging",
        "blame accuse : blame* blames* blamed blaming",
        "condemn condemn : condemn condemns condemned condemning",
        "denounce condemn : denounce denounces denounced denouncing",
        "criticise condemn : criticise criticises criticised criticising criticize criticizes criticized criticizing",
        "urge urge : urge urges urged urging",
        "demand demand : demand* demands* demanded demanding",
        "warn^ warn : warn warns warned warning",
        "threaten warn : threaten threatens threatened threatening",
        "caution warn : caution* cautions* cautioned cautioning",
        "pledge pledge : pledge* pledges* pledged pledging",
        "vow pledge : vow* vows* vowed vowing",
        "promise pledge : promise* promises* promised promising*",
        "ask^ request : ask asks asked asking",
        "request request : request* requests* requested requesting",
        "appeal request : appeal* appeals* appealed appealing*",
        "call request : call* calls* called* calling*",
        "predict assess : predict predicts predicted predicting",
        "estimate assess : estimate* estimates* estimated* estimating",
        "forecast assess : forecast* forecasts* forecasted forecasting*",
        "assess assess : assess assesses assessed assessing",
        "welcome support : welcome* welcomes* welcomed welcoming*",
        "praise support : praise* praises* praised praising",
        "express express-concern : express* expresses* expressed* expressing*",
        "decline decline-comment : decline* declines* declined* declining*",
        "refuse decline-comment : refuse* refuses* refused* refusing*",
        "comment decline-comment : comment* comments* commented commenting",
    };

    private static readonly Dictionary<WordKey, CueWord> Forms = Read(Entries);

    /// <summary>The reporting-verb form the token is, or null.</summary>
    public static CueWord? Find(string text, Token token) => Find(Forms, text, token);

    /// <summary>The form of <paramref name="forms"/> the token is, or null: a look-up by a slice of the text, which allocates nothing.</summary>
    public static CueWord? Find(Dictionary<WordKey, CueWord> forms, string text, Token token) =>
        token.IsWord && forms.TryGetValue(new WordKey(text, token.Start, token.End - token.Start), out var cue) ? cue : null;

    /// <summary>Whether a word is a form of a reporting verb, English or Russian ("denied", "says", "заявил").</summary>
    public static bool IsCueWord(string word) =>
        Forms.ContainsKey(new WordKey(word)) || RussianCueLexicon.Find(word, new Token(0, word.Length, TokenKind.Word, false)) is not null;

    /// <summary>The act an entry of a lexicon names.</summary>
    /// <exception cref="InvalidOperationException">The act is not one of <see cref="SpeechActs.All"/>.</exception>
    public static string Act(string entry, string act) => SpeechActs.IsAct(act)
        ? act
        : throw new InvalidOperationException($"The cue lexicon's entry '{entry}' names the act '{act}', which is not one of the schema's acts.");

    /// <summary>Reads entries as the lexicon writes them; an act the schema does not have is refused.</summary>
    /// <exception cref="InvalidOperationException">An entry names an act that is not one of <see cref="SpeechActs.All"/>.</exception>
    public static Dictionary<WordKey, CueWord> Read(IEnumerable<string> entries)
    {
        var forms = new Dictionary<WordKey, CueWord>();
        foreach (var entry in entries)
        {
            var parts = entry.Split(' ');
            var inverts = parts[0].EndsWith("^", StringComparison.Ordinal);
            var lemma = parts[0].TrimEnd('^');
            var act = Act(entry, parts[1]);

            for (var i = 3; i < parts.Length; i++)
            {
                var ambiguous = parts[i].EndsWith("*", StringComparison.Ordinal);
                var word = parts[i].TrimEnd('*');
                var form = (CueForm)((i - 3) % 4);
                forms[new WordKey(word)] = new CueWord(lemma, act, form, ambiguous, inverts);
            }
        }

        return forms;
    }
}
