using System.Diagnostics.CodeAnalysis;
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

    // Assigned directly by the constructor: first access then JIT-compiles no init accessor.
    private readonly SanctionId _id;
    private readonly ActorId _imposerId;
    private readonly IReadOnlyList<ActorId> _targetIds;
    private readonly SanctionStatus _status;
    private readonly string? _reason;
    private readonly DateOnly? _date;
    private readonly Evidence _evidence;
    private readonly SourceLocation _source;
    private readonly IReadOnlyList<SanctionProvision> _provisions;
    private readonly string? _program;
    private readonly string? _authority;
    private readonly DateOnly? _start;
    private readonly DateOnly? _end;
    private readonly IReadOnlyList<SanctionId> _sameAsIds;
    private readonly IReadOnlyList<SanctionId> _distinctFromIds;
    private readonly bool _isDraft;

    /// <summary>Creates a sanction; generated code calls this (through the compact data reader).</summary>
    public Sanction(
        DatasetCatalog catalog,
        SanctionId id,
        ActorId imposer,
        IReadOnlyList<ActorId> targets,
        SanctionStatus status,
        string? reason,
        DateOnly? date,
        Evidence evidence,
        SourceLocation source = default,
        IReadOnlyList<SanctionProvision>? provisions = null,
        string? program = null,
        string? authority = null,
        DateOnly? start = null,
        DateOnly? end = null,
        IReadOnlyList<SanctionId>? sameAs = null,
        IReadOnlyList<SanctionId>? distinctFrom = null,
        bool isDraft = false)
    {
        _catalog = catalog;
        _id = id;
        _imposerId = imposer;
        _targetIds = targets;
        _status = status;
        _reason = reason;
        _date = date;
        _evidence = evidence;
        _source = source;
        _provisions = provisions ?? Array.Empty<SanctionProvision>();
        _program = program;
        _authority = authority;
        _start = start;
        _end = end;
        _sameAsIds = sameAs ?? Array.Empty<SanctionId>();
        _distinctFromIds = distinctFrom ?? Array.Empty<SanctionId>();
        _isDraft = isDraft;
    }

    /// <summary>The sanction's id.</summary>
    public SanctionId Id { get => _id; init => _id = value; }

    /// <summary>The id of the actor imposing (or considering) the measure.</summary>
    public ActorId ImposerId { get => _imposerId; init => _imposerId = value; }

    /// <summary>The actor imposing (or considering) the measure.</summary>
    public Actor Imposer => _catalog.GetActor(ImposerId);

    /// <summary>The ids of the actors the measure is aimed at.</summary>
    public IReadOnlyList<ActorId> TargetIds { get => _targetIds; init => _targetIds = value; }

    /// <summary>The actors the measure is aimed at.</summary>
    public IReadOnlyList<Actor> Targets => TargetIds.Select(_catalog.GetActor).ToArray();

    /// <summary>Where the measure stands.</summary>
    public SanctionStatus Status { get => _status; init => _status = value; }

    /// <summary>Why the measure is taken, as the article gives it.</summary>
    public string? Reason { get => _reason; init => _reason = value; }

    /// <summary>The absolute date of the measure, if the article gives it.</summary>
    public DateOnly? Date { get => _date; init => _date = value; }

    /// <summary>The passage of the article that reports the measure.</summary>
    public Evidence Evidence { get => _evidence; init => _evidence = value; }

    /// <summary>The document the measure is reported in.</summary>
    public Document Document => _catalog.GetDocument(Evidence.Document);

    /// <summary>What the measure does (FollowTheMoney's <c>provisions</c>); empty when the article does not say.</summary>
    public IReadOnlyList<SanctionProvision> Provisions { get => _provisions; init => _provisions = value; }

    /// <summary>The sanctions programme or regime the measure belongs to, as the article names it.</summary>
    public string? Program { get => _program; init => _program = value; }

    /// <summary>The body that decided the measure when it is not the imposer itself (a council, a ministry).</summary>
    public string? Authority { get => _authority; init => _authority = value; }

    /// <summary>The date the measure takes effect, if the article gives it.</summary>
    public DateOnly? Start { get => _start; init => _start = value; }

    /// <summary>The date the measure ends or expires, if the article gives it.</summary>
    public DateOnly? End { get => _end; init => _end = value; }

    /// <summary>The sanctions in other articles the annotator linked as reports of the same event (<c>same-as</c>).</summary>
    public IReadOnlyList<SanctionId> SameAsIds { get => _sameAsIds; init => _sameAsIds = value; }

    /// <summary>The sanctions in other articles the annotator marked as other events (<c>distinct-from</c>).</summary>
    public IReadOnlyList<SanctionId> DistinctFromIds { get => _distinctFromIds; init => _distinctFromIds = value; }

    /// <summary>The event this sanction reports, with every other report of it (an event of one when it links to none).</summary>
    public SanctionEvent Event => _catalog.EventOf(this);

    /// <summary>Whether the sanction is a draft (<c>draft: true</c>) that no one has reviewed yet.</summary>
    public bool IsDraft { get => _isDraft; init => _isDraft = value; }

    /// <summary>Where the record was declared: annotation path, line and column of its id. Not part of equality.</summary>
    public SourceLocation Source { get => _source; init => _source = value; }

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
            && Evidence == other.Evidence
            && ListEquality.Same(Provisions, other.Provisions)
            && Program == other.Program
            && Authority == other.Authority
            && Start == other.Start
            && End == other.End
            && ListEquality.Same(SameAsIds, other.SameAsIds)
            && ListEquality.Same(DistinctFromIds, other.DistinctFromIds)
            && IsDraft == other.IsDraft);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(
            HashCode.Combine(Id, ImposerId, ListEquality.Hash(TargetIds), Status, Reason, Date, Evidence, IsDraft),
            ListEquality.Hash(Provisions),
            Program,
            Authority,
            Start,
            End,
            ListEquality.Hash(SameAsIds),
            ListEquality.Hash(DistinctFromIds));

    [SuppressMessage("Style", "IDE0051", Justification = "The record's ToString calls it; the rule misses that (dotnet/roslyn#56960).")]
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Member(nameof(Id), Id.Value, first: true)
            .Member(nameof(ImposerId), ImposerId.Value)
            .Member(nameof(TargetIds), TargetIds, t => t.Value)
            .Member(nameof(Status), Status.ToString())
            .Member(nameof(Reason), Reason)
            .Member(nameof(Date), RecordText.Date(Date))
            .Member(nameof(Evidence), Evidence.ToString())
            .Member(nameof(Provisions), Provisions, p => p.ToString())
            .Member(nameof(Program), Program)
            .Member(nameof(Authority), Authority)
            .Member(nameof(Start), RecordText.Date(Start))
            .Member(nameof(End), RecordText.Date(End))
            .Member(nameof(SameAsIds), SameAsIds, id => id.Value)
            .Member(nameof(DistinctFromIds), DistinctFromIds, id => id.Value);
        if (IsDraft)
        {
            builder.Member(nameof(IsDraft), "true");
        }


        return true;
    }
}
