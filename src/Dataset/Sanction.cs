namespace Dataset;

/// <summary>A sanction or sanction-like measure an article reports, with the evidence for it.</summary>
public sealed class Sanction
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
    public SanctionId Id { get; }

    /// <summary>The id of the actor imposing (or considering) the measure.</summary>
    public ActorId ImposerId { get; }

    /// <summary>The actor imposing (or considering) the measure.</summary>
    public Actor Imposer => _catalog.GetActor(ImposerId);

    /// <summary>The ids of the actors the measure is aimed at.</summary>
    public IReadOnlyList<ActorId> TargetIds { get; }

    /// <summary>The actors the measure is aimed at.</summary>
    public IReadOnlyList<Actor> Targets => TargetIds.Select(_catalog.GetActor).ToArray();

    /// <summary>Where the measure stands.</summary>
    public SanctionStatus Status { get; }

    /// <summary>Why the measure is taken, as the article gives it.</summary>
    public string? Reason { get; }

    /// <summary>The absolute date of the measure, if the article gives it.</summary>
    public DateOnly? Date { get; }

    /// <summary>The passage of the article that reports the measure.</summary>
    public Evidence Evidence { get; }

    /// <summary>The document the measure is reported in.</summary>
    public Document Document => _catalog.GetDocument(Evidence.Document);

    /// <inheritdoc/>
    public override string ToString() => $"{Imposer.Name} → {string.Join(", ", Targets.Select(a => a.Name))} ({Status})";
}
