using Dataset.RecordMembers;

namespace Dataset;

/// <summary>
/// A sanction or sanction-like measure an article reports, with the evidence for it. Equal to another sanction with
/// the same data (not the same catalog); prints every field with the actors as ids. Navigation
/// (<see cref="Imposer"/>, <see cref="Targets"/>, <see cref="Document"/>) goes through the catalog the sanction came
/// from, also on a copy made with <c>with</c>.
/// </summary>
// The fields, constructor, equality, hashing and printing are generated from the partial properties (docs/adding-a-field.md).
[DataRecord(Navigates = true)]
public sealed partial record Sanction
{
    /// <summary>The sanction's id.</summary>
    public partial SanctionId Id { get; init; }

    /// <summary>The id of the actor imposing (or considering) the measure.</summary>
    [Field(Parameter = "imposer")]
    public partial ActorId ImposerId { get; init; }

    /// <summary>The actor imposing (or considering) the measure.</summary>
    public Actor Imposer => _catalog.GetActor(ImposerId);

    /// <summary>The ids of the actors the measure is aimed at.</summary>
    [Field(Parameter = "targets")]
    public partial IReadOnlyList<ActorId> TargetIds { get; init; }

    /// <summary>The actors the measure is aimed at.</summary>
    public IReadOnlyList<Actor> Targets => TargetIds.Select(_catalog.GetActor).ToArray();

    /// <summary>Where the measure stands.</summary>
    public partial SanctionStatus Status { get; init; }

    /// <summary>Why the measure is taken, as the article gives it.</summary>
    public partial string? Reason { get; init; }

    /// <summary>The absolute date of the measure, if the article gives it.</summary>
    public partial DateOnly? Date { get; init; }

    /// <summary>The passage of the article that reports the measure.</summary>
    public partial Evidence Evidence { get; init; }

    /// <summary>The document the measure is reported in.</summary>
    public Document Document => _catalog.GetDocument(Evidence.Document);

    /// <summary>What the measure does (FollowTheMoney's <c>provisions</c>); empty when the article does not say.</summary>
    [Field(Optional = true)]
    public partial IReadOnlyList<SanctionProvision> Provisions { get; init; }

    /// <summary>The ids of the actors a provision applies to: those it names, else every target of the sanction.</summary>
    public IReadOnlyList<ActorId> TargetIdsOf(SanctionProvision provision) => provision.TargetIds.Count > 0 ? provision.TargetIds : TargetIds;

    /// <summary>The actors a provision applies to: those it names, else every target of the sanction.</summary>
    public IReadOnlyList<Actor> TargetsOf(SanctionProvision provision) => TargetIdsOf(provision).Select(_catalog.GetActor).ToArray();

    /// <summary>The sanctions programme or regime the measure belongs to, as the article names it.</summary>
    [Field(Optional = true)]
    public partial string? Program { get; init; }

    /// <summary>The body that decided the measure when it is not the imposer itself (a council, a ministry).</summary>
    [Field(Optional = true)]
    public partial string? Authority { get; init; }

    /// <summary>The date the measure takes effect, if the article gives it.</summary>
    [Field(Optional = true)]
    public partial DateOnly? Start { get; init; }

    /// <summary>The date the measure ends or expires, if the article gives it.</summary>
    [Field(Optional = true)]
    public partial DateOnly? End { get; init; }

    /// <summary>The id of the actor who proposed the measure when it is not the imposer (<c>proposer</c>), if the article names one.</summary>
    [Field(Parameter = "proposer", Optional = true)]
    public partial ActorId? ProposerId { get; init; }

    /// <summary>The actor who proposed the measure when it is not the imposer, if the article names one.</summary>
    public Actor? Proposer => ProposerId is { } id ? _catalog.GetActor(id) : null;

    /// <summary>The sanctions in other articles the annotator linked as reports of the same event (<c>same-as</c>).</summary>
    [Field(Parameter = "sameAs", Optional = true)]
    public partial IReadOnlyList<SanctionId> SameAsIds { get; init; }

    /// <summary>The sanctions in other articles the annotator marked as other events (<c>distinct-from</c>).</summary>
    [Field(Parameter = "distinctFrom", Optional = true)]
    public partial IReadOnlyList<SanctionId> DistinctFromIds { get; init; }

    /// <summary>The event this sanction reports, with every other report of it (an event of one when it links to none).</summary>
    public SanctionEvent Event => _catalog.EventOf(this);

    /// <summary>Whether the sanction is a draft (<c>draft: true</c>) that no one has reviewed yet.</summary>
    [Field(Optional = true)]
    public partial bool IsDraft { get; init; }

    /// <summary>Where the record was declared: annotation path, line and column of its id. Not part of equality.</summary>
    public partial SourceLocation Source { get; init; }
}
