namespace Dataset.Annotations.Model;

/// <summary>
/// The schema's actor kinds, each spelt once (the kebab-case names of the runtime's <c>ActorKind</c>, in its order):
/// code that means a kind names its constant, as <see cref="SpeechActs"/> does for acts.
/// </summary>
internal static class ActorKindNames
{
    public const string Person = "person";
    public const string State = "state";
    public const string Organization = "organization";
    public const string GovernmentBody = "government-body";
    public const string Group = "group";

    /// <summary>Every kind, the values the schema's <c>kind</c> field takes.</summary>
    public static readonly string[] All = { Person, State, Organization, GovernmentBody, Group };
}
