using Dataset.Annotations.Model;

namespace Dataset.Annotations.Drafting;

/// <summary>Each speech act as the verb a statement id reads with: <c>kirby-accuses-iran-russia</c>.</summary>
internal static class ActVerbs
{
    public static string ThirdPerson(string act) => act switch
    {
        SpeechActs.Claim => "says",
        SpeechActs.Deny => "denies",
        SpeechActs.Request => "asks",
        SpeechActs.ExpressConcern => "expresses-concern",
        SpeechActs.DeclineComment => "declines-comment",
        SpeechActs.Discuss => "discusses",
        SpeechActs.Assess => "assesses",
        SpeechActs.Accuse => "accuses",
        _ => act + "s",
    };
}
