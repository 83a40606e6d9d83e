namespace Dataset.Annotations.Text.Cues;

/// <summary>The small closed classes of English words that tell a reporting verb from a noun or an adjective.</summary>
internal static class CueContext
{
    /// <summary>Before any form, these make it a noun or an adjective: "the claims", "its stated aim", "no comment".</summary>
    public static readonly WordSet Determiners = new(
        "the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "your", "my", "any", "no", "some",
        "every", "each", "such", "neither", "either", "another", "whose", "what", "much", "more", "most", "less", "few");

    /// <summary>Before a form that is not a gerund, these make it a noun or adjective: "of reported cases", "for comment".</summary>
    public static readonly WordSet Prepositions = new(
        "of", "in", "on", "for", "with", "about", "over", "under", "against", "from", "into", "onto", "among", "between",
        "than", "like", "per", "via", "without", "at", "within", "amid", "despite", "toward", "towards", "upon", "на", "в", "во", "перед");

    /// <summary>Words between a subject and its verb that a reading of the source skips: "Russia has also denied".</summary>
    public static readonly WordSet Skippable = new(
        "has", "have", "had", "is", "are", "was", "were", "been", "be", "being", "will", "would", "can", "could", "may",
        "might", "must", "shall", "should", "did", "does", "do", "not", "never", "also", "later", "again", "repeatedly",
        "previously", "then", "recently", "already", "reportedly", "publicly", "privately", "once", "first", "still",
        "immediately", "separately", "earlier", "too", "further", "quickly", "strongly", "firmly", "openly", "initially",
        "formally", "officially", "subsequently", "finally", "even", "just", "now", "today", "yesterday", "flatly",
        "categorically", "explicitly", "specifically", "widely", "long", "angrily", "sharply", "clearly", "simply",
        "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "can't", "couldn't",
        "isn't", "wasn't", "weren't", "aren't", "shouldn't");

    /// <summary>After these a form is a verb: "has reported", "to add", "did not respond".</summary>
    public static readonly WordSet Auxiliaries = new(
        "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "did", "does",
        "do", "to", "not", "never", "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "won't", "wouldn't",
        "can't", "couldn't", "shouldn't");

    /// <summary>Verbs and negations that a subject noun phrase never holds: a source read backwards stops at them.</summary>
    public static readonly WordSet NotInSubject = new(
        "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "did", "does",
        "do", "not", "never", "is", "are", "was", "were", "been", "being", "be", "didn't", "doesn't", "don't", "hasn't",
        "haven't", "hadn't", "won't", "wouldn't", "can't", "couldn't", "isn't", "wasn't", "weren't", "aren't");

    /// <summary>Nouns of speech that are no verb form: "Russia’s denial that", with the act each reports.</summary>
    public static readonly WordSet SpeechNouns = new(
        "allegation", "allegations", "assertion", "assertions", "denial", "denials", "insistence", "statement", "warning",
        "warnings", "claim", "claims", "report", "reports", "demand", "demands", "promise", "promises", "pledge", "pledges", "vow", "vows");

    /// <summary>What joins a second verb to a cue: "denied it and accused", "назвал … и пообещал".</summary>
    public static readonly WordSet Conjunctions = new("and", "but", "и", "но");

    /// <summary>What opens a reported clause: "said that", "заявил, что".</summary>
    public static readonly WordSet ThatWords = new("that", "что");

    public static readonly WordSet Be = new("is", "are", "was", "were", "been", "being", "be");

    public static readonly WordSet Negations = new(
        "not", "never", "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "can't", "couldn't");

    public static readonly WordSet SubjectPronouns = new("he", "she", "they", "we", "i", "it", "who", "you");

    /// <summary>Words that end a source read backwards from its verb: they open another clause.</summary>
    public static readonly WordSet ClauseWords = new(
        "that", "which", "who", "whom", "while", "but", "as", "because", "when", "where", "whereas", "after", "before",
        "if", "although", "though", "since", "so", "than", "until", "unless", "whether", "or", "nor", "yet");

    /// <summary>Before "states", "claims", "reports" these make it a noun: "member states", "Baltic states", "both claims".</summary>
    public static readonly WordSet NounModifiers = new(
        "member", "gulf", "arab", "island", "nation", "frontline", "neighbouring", "neighboring", "coastal", "southern",
        "northern", "eastern", "western", "several", "many", "other", "rogue", "sovereign", "small", "nuclear", "all",
        "both", "united", "federal", "us", "eu", "nato", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "rival", "conflicting", "false", "unverified", "new", "earlier", "similar", "media", "news", "press",
        "initial", "first", "latest", "recent", "separate", "unconfirmed", "such", "these", "those", "individual");

    /// <summary>Adjective endings of nationality and region words: "Baltic", "European", "Russian", "French", "Israeli".</summary>
    private static readonly string[] NationalityEndings = { "ian", "ean", "can", "ese", "ish", "ic", "ch", "man", "ern" };

    /// <summary>Adjectives that make "to say" no report: "too early to say", "hard to say".</summary>
    public static readonly WordSet BeforeToSay = new(
        "early", "hard", "difficult", "fair", "safe", "easy", "impossible", "possible", "needless", "suffice", "strange", "premature");

    /// <summary>"Denied entry", "claimed the lives": objects that make a reporting verb mean something else.</summary>
    public static readonly WordSet OtherObjects = new(
        "entry", "access", "bail", "visa", "visas", "permission", "passage", "lives", "life", "asylum", "boarding", "service");

    /// <summary>What "declined to", "refused to" must be followed by to decline comment.</summary>
    public static readonly WordSet DeclinedActs = new(
        "comment", "say", "elaborate", "discuss", "confirm", "answer", "give", "provide", "specify", "reveal", "disclose",
        "name", "respond", "speak", "be", "identify", "detail", "explain");

    /// <summary>What "expressed" takes when it reports speech: "expressed deep concern".</summary>
    public static readonly WordSet ExpressedFeelings = new(
        "concern", "concerns", "alarm", "regret", "hope", "hopes", "support", "solidarity", "condolences", "sympathy",
        "frustration", "anger", "disappointment", "outrage", "satisfaction", "confidence", "doubt", "doubts",
        "gratitude", "optimism", "reservations", "shock", "dismay", "fears", "fear", "opposition", "surprise", "interest");

    public static readonly WordSet ExpressedSupport = new("support", "solidarity", "gratitude", "satisfaction", "confidence", "optimism", "hope", "hopes");

    /// <summary>Words allowed between "expressed" and the feeling: "expressed its deep concern".</summary>
    public static readonly WordSet FeelingModifiers = new(
        "deep", "grave", "serious", "its", "his", "her", "their", "strong", "great", "profound", "growing", "full", "concern", "cautious", "sincere");

    /// <summary>After "call", "appeal": the words that make it a request.</summary>
    public static readonly WordSet RequestParticles = new("on", "upon", "for");

    /// <summary>Nouns of a report or message after "in a": "in a statement", "in an interview".</summary>
    public static readonly WordSet MessageNouns = new(
        "statement", "interview", "letter", "post", "filing", "briefing", "speech", "message", "video", "communique", "communiqué", "tweet", "address",
        "report");

    /// <summary>Passives that report without naming a source: "is reported to", "is understood to", "is said to".</summary>
    public static readonly WordSet PassiveReports = new(
        "reported", "said", "understood", "rumoured", "rumored", "alleged", "claimed");

    /// <summary>Adjectives allowed between "no" and "comment".</summary>
    public static readonly WordSet NoCommentAdjectives = new("immediate", "official", "public", "further", "formal", "direct");

    public static readonly WordSet NoCommentNouns = new("comment", "response", "reaction", "word", "reply", "answer");

    public static bool IsNationality(string text, Token token)
    {
        if (!char.IsUpper(text[token.Start]))
        {
            return false;
        }

        foreach (var ending in NationalityEndings)
        {
            var length = token.End - token.Start;
            if (length > ending.Length + 2 && string.CompareOrdinal(text, token.End - ending.Length, ending, 0, ending.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Kyiv’s", "company's": a possessive, which makes the next word a noun.</summary>
    public static bool IsPossessive(string text, Token token) =>
        token.End - token.Start > 2 && text[token.End - 1] is 's' && text[token.End - 2] is '\'' or '\u2019';

    /// <summary>Whether the token is <paramref name="word"/>, compared without case.</summary>
    public static bool Is(string text, Token token, string word) =>
        token.IsWord
            && token.End - token.Start == word.Length
            && string.Compare(text, token.Start, word, 0, word.Length, System.StringComparison.OrdinalIgnoreCase) == 0;
}
