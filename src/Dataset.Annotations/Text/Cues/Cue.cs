namespace Dataset.Annotations.Text.Cues;

/// <summary>The shapes of attribution the check finds (PARC 3.0's cue types, as news writes them).</summary>
internal enum CueKind : byte
{
    /// <summary>A reporting verb: "said", "told", "denied", "stated that", "claims that".</summary>
    Verb,

    /// <summary>"according to" and its source.</summary>
    AccordingTo,

    /// <summary>A passive report with no named source: "is reported to have", "is understood to", "it is said that".</summary>
    Passive,

    /// <summary>An absent answer: "no immediate comment from", "declined to comment", "did not respond".</summary>
    NoComment,

    /// <summary>"in a statement", "in an interview", where no verb of the sentence reports speech.</summary>
    InStatement,

    /// <summary>A sentence that is all quote, right after an attributed one: the same source goes on speaking.</summary>
    Continuation,

    /// <summary>A noun of speech after its source's possessive, with a <c>that</c> clause: "the government’s claims that".</summary>
    Nominal,
}

/// <summary>
/// One attribution cue of a sentence: its tokens <c>[First, End)</c> in the sentence's token list, what it is, the
/// act it most likely reports (<see cref="Neutral"/>: a plain "said" or "told", whose act is a guess, not read from the
/// verb), and the tokens of its source <c>[SourceStart, SourceEnd)</c> (empty when the source is unnamed).
/// <see cref="ContentBefore"/> marks a cue that closes its clause ("…, the bloc said"), whose content comes before its source.
/// </summary>
internal readonly record struct Cue(int First, int End, CueKind Kind, string Act, bool Neutral, int SourceStart, int SourceEnd, bool ContentBefore)
{
    public bool HasSource => SourceEnd > SourceStart;
}
