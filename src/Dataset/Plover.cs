namespace Dataset;

/// <summary>
/// The event types of PLOVER 2.0 (Political Language Ontology for Verifiable Event Records, the successor to CAMEO,
/// used by the POLECAT event dataset). Their codes are these names in capitals: <c>THREATEN</c>.
/// </summary>
public enum PloverType
{
    /// <summary>AGREE: agree to, or sign, an agreement.</summary>
    Agree,

    /// <summary>CONSULT: meet, visit, talk.</summary>
    Consult,

    /// <summary>SUPPORT: praise, endorse, defend verbally.</summary>
    Support,

    /// <summary>CONCEDE: yield, ease sanctions or restrictions, apologise.</summary>
    Concede,

    /// <summary>COOPERATE: cooperate materially.</summary>
    Cooperate,

    /// <summary>AID: give economic, military or humanitarian aid.</summary>
    Aid,

    /// <summary>RETREAT: withdraw, release, return.</summary>
    Retreat,

    /// <summary>REQUEST: ask for, demand, urge.</summary>
    Request,

    /// <summary>ACCUSE: criticise, denounce, accuse, condemn.</summary>
    Accuse,

    /// <summary>REJECT: reject a proposal or request.</summary>
    Reject,

    /// <summary>THREATEN: threaten, warn of consequences.</summary>
    Threaten,

    /// <summary>PROTEST: demonstrate, boycott, strike.</summary>
    Protest,

    /// <summary>SANCTION: impose sanctions, embargoes, restrictions.</summary>
    Sanction,

    /// <summary>MOBILIZE: mobilise or increase forces.</summary>
    Mobilize,

    /// <summary>COERCE: seize, arrest, expel, repress.</summary>
    Coerce,

    /// <summary>ASSAULT: use force, attack.</summary>
    Assault,
}

/// <summary>PLOVER's quad classes, the four groups its event types fall into.</summary>
public enum PloverQuad
{
    /// <summary>Verbal cooperation: AGREE, CONSULT, SUPPORT, CONCEDE.</summary>
    VerbalCooperation,

    /// <summary>Material cooperation: COOPERATE, AID, RETREAT.</summary>
    MaterialCooperation,

    /// <summary>Verbal conflict: REQUEST, ACCUSE, REJECT, THREATEN.</summary>
    VerbalConflict,

    /// <summary>Material conflict: PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT.</summary>
    MaterialConflict,
}

/// <summary>A record as a PLOVER event: its type and quad class.</summary>
/// <param name="Type">The event type.</param>
public readonly record struct PloverEvent(PloverType Type)
{
    /// <summary>The quad class of the type.</summary>
    public PloverQuad Quad => Type switch
    {
        PloverType.Agree or PloverType.Consult or PloverType.Support or PloverType.Concede => PloverQuad.VerbalCooperation,
        PloverType.Cooperate or PloverType.Aid or PloverType.Retreat => PloverQuad.MaterialCooperation,
        PloverType.Request or PloverType.Accuse or PloverType.Reject or PloverType.Threaten => PloverQuad.VerbalConflict,
        _ => PloverQuad.MaterialConflict,
    };

    /// <summary>The PLOVER code: <c>THREATEN</c>.</summary>
    public string Code => Type.ToString().ToUpperInvariant();

    /// <inheritdoc/>
    public override string ToString() => Code;
}

/// <summary>
/// Where a statement's act or a sanction's status has a PLOVER 2.0 event type, and none where PLOVER has none (a
/// claim, an announcement, an assessment, a denial of a claim are not PLOVER events): never an invented code.
/// The table is in docs/api.md.
/// </summary>
public static class Plover
{
    /// <summary>The event a speech act is, or null.</summary>
    public static PloverEvent? Of(SpeechAct act) => act switch
    {
        SpeechAct.Urge or SpeechAct.Demand or SpeechAct.Request => new PloverEvent(PloverType.Request),
        SpeechAct.Accuse or SpeechAct.Condemn => new PloverEvent(PloverType.Accuse),
        SpeechAct.Support => new PloverEvent(PloverType.Support),
        SpeechAct.Warn => new PloverEvent(PloverType.Threaten),
        SpeechAct.Discuss => new PloverEvent(PloverType.Consult),
        _ => null,
    };

    /// <summary>The event a sanction is, by where it stands: imposed, announced or agreed is SANCTION, threatened is
    /// THREATEN, lifted is RETREAT (PLOVER's translation of CAMEO 085, easing economic sanctions); considered and
    /// forthcoming (not yet taken) are none.</summary>
    public static PloverEvent? Of(SanctionStatus status) => status switch
    {
        SanctionStatus.Imposed or SanctionStatus.Announced or SanctionStatus.Agreed => new PloverEvent(PloverType.Sanction),
        SanctionStatus.Threatened => new PloverEvent(PloverType.Threaten),
        SanctionStatus.Lifted => new PloverEvent(PloverType.Retreat),
        _ => null,
    };

    /// <summary>The statement as a PLOVER event, or null.</summary>
    public static PloverEvent? Of(Statement statement) => Of(statement.Act);

    /// <summary>The sanction as a PLOVER event, or null.</summary>
    public static PloverEvent? Of(Sanction sanction) => Of(sanction.Status);
}
