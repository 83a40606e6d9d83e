namespace Dataset;

/// <summary>What kind of party an actor is. YAML: <c>person | state | organization | government-body | group</c>.</summary>
public enum ActorKind
{
    /// <summary>A named individual.</summary>
    Person,
    /// <summary>A sovereign state, named as a party (for example "Russia" or "Washington" as a government).</summary>
    State,
    /// <summary>An international or non-governmental organization, a company or a bloc.</summary>
    Organization,
    /// <summary>A ministry, department, office or other part of a government.</summary>
    GovernmentBody,
    /// <summary>An unnamed set of people or entities the article groups together.</summary>
    Group,
}

/// <summary>The speech act a statement performs. YAML: the kebab-case name, for example <c>express-concern</c>.</summary>
public enum SpeechAct
{
    /// <summary>Asks or presses someone to do something.</summary>
    Urge,
    /// <summary>Insists that something be done.</summary>
    Demand,
    /// <summary>Confirms that something happened or is true.</summary>
    Confirm,
    /// <summary>Asserts something as fact.</summary>
    Claim,
    /// <summary>Blames someone for wrongdoing.</summary>
    Accuse,
    /// <summary>Rejects an accusation or claim.</summary>
    Deny,
    /// <summary>Condemns an act as wrong.</summary>
    Condemn,
    /// <summary>Declares support for someone or something.</summary>
    Support,
    /// <summary>Expresses worry or concern.</summary>
    ExpressConcern,
    /// <summary>Announces a decision or measure.</summary>
    Announce,
    /// <summary>States an assessment or judgement.</summary>
    Assess,
    /// <summary>Warns of consequences or danger.</summary>
    Warn,
    /// <summary>Commits to a course of action.</summary>
    Pledge,
    /// <summary>Asks for something.</summary>
    Request,
    /// <summary>Reports that a discussion took place.</summary>
    Discuss,
    /// <summary>Declines to comment or respond.</summary>
    DeclineComment,
}

/// <summary>How a statement is reported. YAML: <c>direct | indirect</c>.</summary>
public enum StatementForm
{
    /// <summary>A verbatim quotation.</summary>
    Direct,
    /// <summary>Reported speech.</summary>
    Indirect,
}

/// <summary>Where a sanction stands. YAML: <c>considered | threatened | agreed | announced | imposed | lifted | forthcoming</c>.</summary>
public enum SanctionStatus
{
    /// <summary>Under consideration.</summary>
    Considered,
    /// <summary>Threatened, not yet decided.</summary>
    Threatened,
    /// <summary>Agreed by the imposer(s), not yet in force.</summary>
    Agreed,
    /// <summary>Announced.</summary>
    Announced,
    /// <summary>In force.</summary>
    Imposed,
    /// <summary>Lifted.</summary>
    Lifted,
    /// <summary>Decided and due, not yet announced or in force ("will announce sanctions next week").</summary>
    Forthcoming,
}
