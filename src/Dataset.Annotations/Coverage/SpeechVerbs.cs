using System.Collections.Generic;
using System;

namespace Dataset.Annotations.Coverage;

/// <summary>
/// Verbs that report speech, in the forms a news sentence uses them ("said", "says", "saying", "told"). Forms that
/// are as often nouns ("claims", "demands", "states", "warning") are left out: with a name beside them they would
/// mark sentences that report no speech.
/// </summary>
internal static class SpeechVerbs
{
    private static readonly HashSet<string> Forms = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "says", "said", "saying", "tell", "tells", "told", "telling",
        "urge", "urges", "urged", "urging", "deny", "denies", "denied", "denying",
        "confirm", "confirms", "confirmed", "confirming", "accuse", "accuses", "accused", "accusing",
        "warn", "warns", "warned", "insist", "insists", "insisted", "insisting",
        "added", "adding", "stated", "announce", "announces", "announced", "announcing",
        "claimed", "claiming", "declare", "declares", "declared", "declaring",
        "stressed", "stressing", "emphasise", "emphasises", "emphasised", "emphasising",
        "emphasize", "emphasizes", "emphasized", "emphasizing", "noted", "noting",
        "ask", "asks", "asked", "asking", "demanded", "demanding",
        "pledged", "pledging", "vowed", "vowing", "promised",
        "condemn", "condemns", "condemned", "condemning", "reject", "rejects", "rejected", "rejecting",
        "acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted", "argue", "argues", "argued", "arguing",
        "assert", "asserts", "asserted", "allege", "alleges", "alleged", "threaten", "threatens", "threatened",
        "reiterate", "reiterates", "reiterated", "underscore", "underscores", "underscored", "respond", "responds", "responded",
        "replied", "tweeted", "write", "writes", "wrote",
    };

    public static bool IsSpeechVerb(string word) => Forms.Contains(word);
}
