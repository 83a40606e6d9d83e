using System.Text;

namespace Dataset;

/// <summary>
/// A sanction or sanction-like measure an article reports, with the evidence for it. Equal to another sanction with
/// the same data (not the same catalog); prints every field with the actors as ids. Navigation
/// (<see cref="Imposer"/>, <see cref="Targets"/>, <see cref="Document"/>) goes through the catalog the sanction came
/// from, also on a copy made with <c>with</c>.
/// </summary>
public sealed record Sanction
{
    private readonly DatasetCatalog _catalog;

    /// <summary>Creates a sanction; generated code calls this.</summary>
    public Sanction(
        DatasetCatalog catalog,
        SanctionId id,
        ActorId imposer,
        IReadOnlyList<ActorId> targets,
        SanctionStatus status,
        string? reason,
        DateOnly? date,
        Evidence evidence)
    {
        _catalog = catalog;
        Id = id;
        ImposerId = imposer;
        TargetIds = targets;
        Status = status;
        Reason = reason;
        Date = date;
        Evidence = evidence;
    }

    /// <summary>The sanction's id.</summary>
    public SanctionId Id { get; init; }

    /// <summary>The id of the actor imposing (or considering) the measure.</summary>
    public ActorId ImposerId { get; init; }

    /// <summary>The actor imposing (or considering) the measure.</summary>
    public Actor Imposer => _catalog.GetActor(ImposerId);

    /// <summary>The ids of the actors the measure is aimed at.</summary>
    public IReadOnlyList<ActorId> TargetIds { get; init; }

    /// <summary>The actors the measure is aimed at.</summary>
    public IReadOnlyList<Actor> Targets => TargetIds.Select(_catalog.GetActor).ToArray();

    /// <summary>Where the measure stands.</summary>
    public SanctionStatus Status { get; init; }

    /// <summary>Why the measure is taken, as the article gives it.</summary>
    public string? Reason { get; init; }

    /// <summary>The absolute date of the measure, if the article gives it.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The passage of the article that reports the measure.</summary>
    public Evidence Evidence { get; init; }

    /// <summary>The document the measure is reported in.</summary>
    public Document Document => _catalog.GetDocument(Evidence.Document);

    /// <summary>Where the record was declared: annotation path, line and column of its id. Not part of equality.</summary>
    public SourceLocation Source { get; init; }

    /// <summary>Whether the other sanction has the same data (targets compared item by item).</summary>
    public bool Equals(Sanction? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Id == other.Id
            && ImposerId == other.ImposerId
            && ListEquality.Same(TargetIds, other.TargetIds)
            && Status == other.Status
            && Reason == other.Reason
            && Date == other.Date
            && Evidence == other.Evidence);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Id, ImposerId, ListEquality.Hash(TargetIds), Status, Reason, Date, Evidence);

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Member(nameof(Id), Id.Value, first: true)
            .Member(nameof(ImposerId), ImposerId.Value)
            .Member(nameof(TargetIds), TargetIds, t => t.Value)
            .Member(nameof(Status), Status.ToString())
            .Member(nameof(Reason), Reason)
            .Member(nameof(Date), RecordText.Date(Date))
            .Member(nameof(Evidence), Evidence.ToString());
        return true;
    }
}
