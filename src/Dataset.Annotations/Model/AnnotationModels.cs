using Dataset.Annotations.Collections;
using Dataset.Annotations.Diagnostics;

namespace Dataset.Annotations.Model;

/// <summary>A calendar date read from the YAML (kept as numbers so the model has no runtime-specific types).</summary>
internal sealed record DateValue(int Year, int Month, int Day)
{
    public override string ToString() => $"{Year:D4}-{Month:D2}-{Day:D2}";
}

/// <summary>The <c>document:</c> section of an annotation.</summary>
internal sealed record DocumentModel(
    Located Id,
    string Title,
    string Publisher,
    DateValue Published,
    string? Dateline,
    Located TextFile,
    bool HasErrors)
{
    /// <summary>The address the article was read at, when given.</summary>
    public string? Url { get; init; }

    /// <summary>The date its text was retrieved, when given.</summary>
    public DateValue? Retrieved { get; init; }

    /// <summary>The news agency whose copy the article runs (<c>wire</c>), where it is written.</summary>
    public Located? Wire { get; init; }

    /// <summary>Whether the wire names the publisher itself (DS0047): then it is no other source.</summary>
    public bool WireIsPublisher => Wire is not null && string.Equals(Wire.Value.Trim(), Publisher.Trim(), System.StringComparison.OrdinalIgnoreCase);

    /// <summary>The language the document states (<c>language</c>), an ISO 639-1 code; null when it states none or a wrong one.</summary>
    public string? Language { get; init; }
}

/// <summary>One entry of an actor's <c>roles:</c>.</summary>
internal sealed record RoleModel(string Title, Located? Of);

/// <summary>One entry of <c>actors:</c>; <see cref="IsDraft"/> while it is an unreviewed draft.</summary>
internal sealed record ActorModel(
    Located Id,
    string Name,
    string Kind,
    EquatableArray<RoleModel> Roles,
    EquatableArray<string> Aliases,
    string? Wikidata,
    bool HasErrors,
    bool IsDraft = false)
{
    /// <summary>Actors that are the same person or body (<c>same-as</c>).</summary>
    public EquatableArray<Located> SameAs { get; init; } = EquatableArray<Located>.Empty;

    /// <summary>Actors that look alike but are others (<c>distinct-from</c>).</summary>
    public EquatableArray<Located> DistinctFrom { get; init; } = EquatableArray<Located>.Empty;

    /// <summary>The actors a group is made of (<c>members</c>).</summary>
    public EquatableArray<Located> Members { get; init; } = EquatableArray<Located>.Empty;
}

/// <summary>One entry of <c>statements:</c>; <see cref="IsDraft"/> while it is an unreviewed draft.</summary>
internal sealed record StatementModel(
    Located Id,
    Located Speaker,
    Located? Via,
    EquatableArray<Located> Audience,
    string Act,
    string Form,
    DateValue? SaidOn,
    string? Summary,
    Located Evidence,
    Located? RespondsTo,
    bool HasErrors,
    bool IsDraft = false)
{
    /// <summary>Whether the statement is a standing position (<c>said-on: standing</c>): no date, not even the article's.</summary>
    public bool IsStandingPosition { get; init; }

    /// <summary>Statements in other articles that report the same statement (<c>same-as</c>).</summary>
    public EquatableArray<Located> SameAs { get; init; } = EquatableArray<Located>.Empty;

    /// <summary>
    /// Where <c>same-as</c> is written, key and value, when it names one id: the text the fix of a same-as to a
    /// statement of this article replaces with <c>restates</c>.
    /// </summary>
    public LocationInfo? SameAsEntry { get; init; }

    /// <summary>The statement of this same article that this one restates (<c>restates</c>): one utterance reported twice.</summary>
    public Located? Restates { get; init; }

    /// <summary>Statements in other articles that report another one (<c>distinct-from</c>).</summary>
    public EquatableArray<Located> DistinctFrom { get; init; } = EquatableArray<Located>.Empty;

    /// <summary>What two annotators disagree on in it, until a person decides (<c>disagreement:</c>).</summary>
    public DisagreementBlock? Disagreement { get; init; }
}

/// <summary>One entry of <c>sanctions:</c>; <see cref="IsDraft"/> while it is an unreviewed draft.</summary>
internal sealed record SanctionModel(
    Located Id,
    Located Imposer,
    EquatableArray<Located> Targets,
    string Status,
    string? Reason,
    DateValue? Date,
    Located Evidence,
    bool HasErrors,
    bool IsDraft = false)
{
    /// <summary>The actor who proposed the measure when it is not the imposer (<c>proposer</c>).</summary>
    public Located? Proposer { get; init; }

    /// <summary>What the measure does, FtM's <c>provisions</c>.</summary>
    public EquatableArray<ProvisionModel> Provisions { get; init; } = EquatableArray<ProvisionModel>.Empty;

    public string? Program { get; init; }

    public string? Authority { get; init; }

    public DateValue? Start { get; init; }

    public DateValue? End { get; init; }

    /// <summary>Sanctions in other articles that report the same measure (<c>same-as</c>).</summary>
    public EquatableArray<Located> SameAs { get; init; } = EquatableArray<Located>.Empty;

    /// <summary>Sanctions in other articles that report another measure (<c>distinct-from</c>).</summary>
    public EquatableArray<Located> DistinctFrom { get; init; } = EquatableArray<Located>.Empty;

    /// <summary>What two annotators disagree on in it, until a person decides (<c>disagreement:</c>).</summary>
    public DisagreementBlock? Disagreement { get; init; }
}

/// <summary>One provision of a sanction: its kind (kebab-case) and, for free text, the text as written.</summary>
internal sealed record ProvisionModel(string Kind, string? Text)
{
    /// <summary>The targets it applies to when it names them (<c>travel-ban: [a, b]</c>); empty for all the sanction's targets.</summary>
    public EquatableArray<Located> Targets { get; init; } = EquatableArray<Located>.Empty;
}
