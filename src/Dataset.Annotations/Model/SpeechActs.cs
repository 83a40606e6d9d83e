using System;

namespace Dataset.Annotations.Model;

/// <summary>
/// The schema's speech acts, each spelt once (the kebab-case names of the runtime's <c>SpeechAct</c>, in its order):
/// code that means an act names its constant, so a misspelt act does not compile.
/// </summary>
internal static class SpeechActs
{
    public const string Urge = "urge";
    public const string Demand = "demand";
    public const string Confirm = "confirm";
    public const string Claim = "claim";
    public const string Accuse = "accuse";
    public const string Deny = "deny";
    public const string Condemn = "condemn";
    public const string Support = "support";
    public const string ExpressConcern = "express-concern";
    public const string Announce = "announce";
    public const string Assess = "assess";
    public const string Warn = "warn";
    public const string Pledge = "pledge";
    public const string Request = "request";
    public const string Discuss = "discuss";
    public const string DeclineComment = "decline-comment";

    /// <summary>Every act, the values the schema's <c>act</c> field takes.</summary>
    public static readonly string[] All =
    {
        Urge, Demand, Confirm, Claim, Accuse, Deny, Condemn, Support, ExpressConcern,
        Announce, Assess, Warn, Pledge, Request, Discuss, DeclineComment,
    };

    public static bool IsAct(string value) => Array.IndexOf(All, value) >= 0;
}
