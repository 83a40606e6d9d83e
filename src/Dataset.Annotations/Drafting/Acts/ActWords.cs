using Dataset.Annotations.Text;

namespace Dataset.Annotations.Drafting.Acts;

/// <summary>
/// The small word classes the act rules read (<see cref="SaidActs"/>): each says one thing that what was said can
/// show about the act, and is closed, so that a rule that fires can say which word made it.
/// </summary>
internal static class ActWords
{
    /// <summary>A subject that is the source itself, as reported speech refers back to it: "it said it had…".</summary>
    public static readonly WordSet SelfPronouns = new("it", "he", "she", "they", "we", "i");

    /// <summary>A subject owned by the source: "its troops", "his government".</summary>
    public static readonly WordSet SelfPossessives = new("its", "his", "her", "their", "our", "my");

    public static readonly WordSet FirstPerson = new("we", "i", "our", "my");

    /// <summary>"we’ll", "I’ll": a first-person future in one token.</summary>
    public static readonly WordSet FirstPersonFuture = new("we'll", "i'll");

    /// <summary>Words of the verb group before the main word (auxiliaries, negation, adverbs), read over as the source's subject is.</summary>
    public static readonly WordSet Intensifiers = new(
        "deeply", "very", "gravely", "seriously", "extremely", "increasingly", "particularly", "so", "greatly", "profoundly", "most", "yet");

    public static readonly WordSet FutureModals = new("will", "would", "shall", "won't", "wouldn't", "we'll", "i'll");

    /// <summary>Modals of possibility: what the source thinks may happen, an assessment.</summary>
    public static readonly WordSet HedgeModals = new("could", "may", "might", "would", "cannot", "can't", "couldn't");

    public static readonly WordSet Perfect = new("has", "have", "had", "hasn't", "haven't", "hadn't");

    public static readonly WordSet PastBe = new("was", "were", "wasn't", "weren't");

    public static readonly WordSet Did = new("did", "didn't", "does", "doesn't", "do", "don't");

    public static readonly WordSet Negations = new(
        "not", "never", "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "can't", "couldn't",
        "cannot", "isn't", "aren't", "wasn't", "weren't", "shouldn't");

    /// <summary>An object that negates what the verb has: "had no information", "had found no evidence".</summary>
    public static readonly WordSet NoObject = new("no", "nothing", "none", "never");

    /// <summary>How a source says it is troubled: "said it was deeply concerned".</summary>
    public static readonly WordSet Feelings = new(
        "concerned", "worried", "alarmed", "troubled", "disturbed", "appalled", "saddened", "shocked", "dismayed", "anxious", "horrified", "distressed");

    /// <summary>What a source that "could not" do it declines to say: "could not comment on operational details".</summary>
    public static readonly WordSet Unsayable = new(
        "comment", "elaborate", "discuss", "confirm", "speculate", "say", "disclose", "specify", "reveal", "detail");

    /// <summary>What a source will not put up with: "would not allow", "will not tolerate" — a warning.</summary>
    public static readonly WordSet Refusals = new(
        "allow", "tolerate", "accept", "permit", "let", "wait", "hesitate", "bow", "yield", "intimidated");

    /// <summary>What a source will not recognise it rejects: "would not recognise the result" — a denial of its standing.</summary>
    public static readonly WordSet Unrecognised = new("recognise", "recognize", "acknowledge");

    /// <summary>Nouns of what others said or reported, which a source calls false when it denies.</summary>
    public static readonly WordSet ReportNouns = new(
        "accusation", "accusations", "allegation", "allegations", "claim", "claims", "charge", "charges", "report", "reports",
        "account", "suggestion", "suggestions", "rumours", "rumors", "assertion", "assertions", "figures", "reporting");

    /// <summary>What a report is called when it is denied: "the accusations were baseless".</summary>
    public static readonly WordSet Falsehoods = new(
        "baseless", "groundless", "unfounded", "false", "untrue", "fabricated", "fabrication", "absurd", "nonsense", "lies",
        "ridiculous", "fake", "fiction", "slander", "misleading", "exaggerated", "lie");

    /// <summary>Words that judge an act as wrong: "the attack was unacceptable", "a war crime" — a condemnation.</summary>
    public static readonly WordSet Condemnations = new(
        "unacceptable", "outrageous", "abhorrent", "appalling", "barbaric", "heinous", "deplorable", "reprehensible",
        "despicable", "cowardly", "atrocity", "atrocities", "inhumane", "shameful", "disgraceful", "disgrace", "unjustified",
        "unjustifiable", "unprovoked", "inexcusable", "intolerable", "brutal", "brutality", "massacre");

    /// <summary>Words of wrongdoing laid at another's door, whoever did it: "marred by intimidation", "tampered with".</summary>
    public static readonly WordSet Wrongdoing = new(
        "rigged", "rigging", "fraud", "fraudulent", "tampered", "stolen", "stole", "stuffing", "marred", "intimidation",
        "illegally", "unlawfully", "bribes", "bribery", "corruption", "smear", "lied", "cover-up", "violated", "violating");

    /// <summary>Words that put a party behind a deed after "be": "were involved in", "is responsible for", "was behind".</summary>
    public static readonly WordSet Blame = new("involved", "responsible", "behind", "culprit", "culprits");

    /// <summary>Deeds of harm: with a party, not an event, as their subject they are an accusation ("the ship rammed the boat").</summary>
    public static readonly WordSet AttackVerbs = new(
        "rammed", "fired", "attacked", "bombed", "shelled", "beheaded", "burned", "burnt", "killed", "abducted", "kidnapped",
        "tortured", "executed", "looted", "intruded", "invaded", "ignored", "harassed", "targeted", "raided", "hacked");

    /// <summary>Subjects that are events, not parties: "a drone strike killed 21" reports a toll, not an accusation.</summary>
    public static readonly WordSet EventNouns = new(
        "strike", "strikes", "attack", "attacks", "explosion", "blast", "bombing", "fire", "flood", "floods", "earthquake", "storm",
        "typhoon", "drought", "disease", "virus", "outbreak", "insurgency", "war", "conflict", "fighting", "clashes", "violence",
        "crash", "collision", "shelling", "epidemic", "heatwave", "hurricane", "cyclone", "tornado", "landslide", "landslides",
        "tsunami", "wildfire", "wildfires", "famine", "cholera", "pandemic", "accident", "shooting", "airstrike", "airstrikes",
        "missile", "missiles", "rocket", "rockets", "drone", "drones", "bomb", "bombs");

    /// <summary>"said it was ready to send": a source declaring itself willing pledges.</summary>
    public static readonly WordSet Readiness = new("ready", "prepared", "willing", "determined", "committed");

    /// <summary>What a source that "will" do it promises: "would cover any losses", "will contact every customer".</summary>
    public static readonly WordSet PromiseVerbs = new(
        "support", "help", "cover", "compensate", "provide", "protect", "defend", "ensure", "guarantee", "contact", "assist",
        "rebuild", "restore", "pay", "fund", "refund", "cooperate", "supply", "honour", "honor", "respect", "keep", "fulfil",
        "fulfill", "deliver", "donate", "reimburse", "do", "prove", "send");

    /// <summary>Words of a threat: "would face serious consequences", "will pay a price".</summary>
    public static readonly WordSet Threats = new("consequences", "retaliation", "retaliate", "reprisals", "reprisal", "unpunished", "punished");

    public static readonly WordSet Conditions = new("if", "unless");

    /// <summary>Harm that a forecast warns of: "a prolonged strike would hurt the whole country".</summary>
    public static readonly WordSet HarmVerbs = new(
        "hurt", "harm", "damage", "cripple", "destroy", "endanger", "threaten", "jeopardise", "jeopardize", "undermine",
        "worsen", "escalate", "suffer", "collapse", "devastate", "disrupt", "kill");

    /// <summary>Main words that make "it will" no promise: "it will take months", "it would mean".</summary>
    public static readonly WordSet StateVerbs = new("take", "need", "mean", "remain", "depend", "happen", "seem", "cost", "require", "stay");

    /// <summary>What a plan is made of: "would cut 900 jobs", "talks would continue into April" — an announcement.</summary>
    public static readonly WordSet PlanVerbs = new(
        "continue", "resume", "begin", "start", "open", "close", "hold", "meet", "cut", "reduce", "raise", "extend", "end",
        "launch", "invest", "hire", "build", "sell", "buy", "move", "stop", "suspend", "introduce", "publish", "release",
        "visit", "sign", "vote", "lay", "shut", "withdraw");

    public static readonly WordSet SupportWords = new("support", "supporting", "solidarity", "commitment", "backing");

    /// <summary>"stood by its ally", "stands with Ukraine".</summary>
    public static readonly WordSet Stood = new("stood", "stands", "stand", "standing");

    public static readonly WordSet DiscussWords = new("discussed", "discussions", "discussing");

    /// <summary>Deeds done and decided, reported by the party that did them: "had won", "were agreed", "had lodged a protest".</summary>
    public static readonly WordSet DecisionParticiples = new(
        "won", "agreed", "signed", "approved", "adopted", "decided", "launched", "opened", "completed", "reached", "lodged",
        "filed", "appointed", "arrested", "detained", "suspended", "imposed", "sent", "deployed", "recalled", "summoned",
        "expelled", "retaken", "recaptured", "captured", "seized", "released", "freed", "evacuated", "closed", "ordered",
        "granted", "awarded", "elected", "established", "begun", "started", "ended", "extended", "postponed",
        "cancelled", "canceled", "delayed", "submitted", "passed", "rescued", "recovered", "restored", "finalised", "finalized",
        "rerouted", "tracked", "banned", "disqualified", "fined", "charged", "sentenced", "convicted", "introduced");

    /// <summary>What an official body is doing: "said it was investigating" — an announcement.</summary>
    public static readonly WordSet OfficialActions = new(
        "investigating", "reviewing", "examining", "monitoring", "preparing", "considering", "working", "sending", "deploying",
        "evacuating", "negotiating", "studying", "planning", "seeking", "probing", "assessing", "tracking");

    /// <summary>A figure's change: "profit fell 18 percent", "traffic has fallen by a third" — an announcement.</summary>
    public static readonly WordSet ChangeVerbs = new(
        "rose", "risen", "fell", "fallen", "dropped", "jumped", "climbed", "grew", "grown", "doubled", "halved", "tripled",
        "surged", "slumped", "plunged", "soared");

    /// <summary>"worse than in 2017": a comparison is a judgement, an assessment, though it holds a figure.</summary>
    public static readonly WordSet Comparatives = new("worse", "better", "stronger", "weaker");

    /// <summary>Words of quantity: a figure given is most likely an announcement.</summary>
    public static readonly WordSet FigureWords = new("percent", "million", "billion", "thousand", "thousands", "hundreds", "dozens");

    /// <summary>The count of a disaster or an attack: "claimed the lives of five children".</summary>
    public static readonly WordSet TollWords = new("killed", "dead", "died", "injured", "wounded", "displaced", "lives", "casualties");

    /// <summary>Words of likelihood: what the source thinks is so or will be, an assessment.</summary>
    public static readonly WordSet Hedges = new(
        "likely", "unlikely", "probably", "possibly", "appeared", "appears", "appear", "seemed", "seems", "seem", "expected",
        "expects", "expect", "forecast", "projected", "risk");

    public static readonly WordSet Months = new(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");
}
