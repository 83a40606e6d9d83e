namespace Dataset.Annotations.Drafting;

/// <summary>Each speech act as the verb a statement id reads with: <c>kirby-accuses-iran-russia</c>.</summary>
internal static class ActVerbs
{
    public static string ThirdPerson(string act) => act switch
    {
        "claim" => "says",
        "deny" => "denies",
        "request" => "asks",
        "express-concern" => "expresses-concern",
        "decline-comment" => "declines-comment",
        "discuss" => "discusses",
        "assess" => "assesses",
        "accuse" => "accuses",
        _ => act + "s",
    };
}
