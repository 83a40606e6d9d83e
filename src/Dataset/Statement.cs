using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Dataset;

/// <summary>
/// Something an actor said, as an article reports it, with the evidence for it. Equal to another statement with the
/// same data (not the same catalog); prints every field with the actors and the answered statement as ids, so a
/// cycle of answers prints without recursion. Navigation (<see cref="Speaker"/>, <see cref="RespondsTo"/>, …) goes
/// through the catalog the statement came from, also on a copy made with <c>with</c>.
/// </summary>
public sealed record Statement
{
    private readonly DatasetCatalog _catalog;

    // Assigned directly by the constructor: first access then JIT-compiles no init accessor.
    private readonly StatementId _id;
    private readonly ActorId _speakerId;
    private readonly ActorId? _viaId;
    private readonly IReadOnlyList<ActorId> _audienceIds;
    private readonly SpeechAct _act;
    private readonly StatementForm _form;
    private readonly DateOnly? _saidOn;
    private readonly string? _summary;
    private readonly Evidence _evidence;
    private readonly StatementId? _respondsToId;
    private readonly SourceLocation _source;
    private readonly IReadOnlyList<StatementId> _sameAsIds;
    private readonly IReadOnlyList<StatementId> _distinctFromIds;
    private readonly bool _isDraft;

    /// <summary>Creates a statement; generated code calls this (through the compact data reader).</summary>
    public Statement(
        DatasetCatalog catalog,
        StatementId id,
        ActorId speaker,
        ActorId? via,
        IReadOnlyList<ActorId> audience,
        SpeechAct act,
        StatementForm form,
        DateOnly? saidOn,
        string? summary,
        Evidence evidence,
        StatementId? respondsTo,
        SourceLocation source = default,
        IReadOnlyList<StatementId>? sameAs = null,
        IReadOnlyList<StatementId>? distinctFrom = null,
        bool isDraft = false)
    {
        _catalog = catalog;
        _id = id;
        _speakerId = speaker;
        _viaId = via;
        _audienceIds = audience;
        _act = act;
        _form = form;
        _saidOn = saidOn;
        _summary = summary;
        _evidence = evidence;
        _respondsToId = respondsTo;
        _source = source;
        _sameAsIds = sameAs ?? Array.Empty<StatementId>();
        _distinctFromIds = distinctFrom ?? Array.Empty<StatementId>();
        _isDraft = isDraft;
    }

    /// <summary>The statement's id.</summary>
    public StatementId Id { get => _id; init => _id = value; }

    /// <summary>The id of the actor who made the statement.</summary>
    public ActorId SpeakerId { get => _speakerId; init => _speakerId = value; }

    /// <summary>The actor who made the statement.</summary>
    public Actor Speaker => _catalog.GetActor(SpeakerId);

    /// <summary>The id of the spokesperson or channel that conveyed it, if any.</summary>
    public ActorId? ViaId { get => _viaId; init => _viaId = value; }

    /// <summary>The spokesperson or channel that conveyed it, if any.</summary>
    public Actor? Via => ViaId is { } id ? _catalog.GetActor(id) : null;

    /// <summary>The ids of the actors the statement was addressed to.</summary>
    public IReadOnlyList<ActorId> AudienceIds { get => _audienceIds; init => _audienceIds = value; }

    /// <summary>The actors the statement was addressed to.</summary>
    public IReadOnlyList<Actor> Audience => AudienceIds.Select(_catalog.GetActor).ToArray();

    /// <summary>The speech act.</summary>
    public SpeechAct Act { get => _act; init => _act = value; }

    /// <summary>Whether the article quotes the statement or reports it.</summary>
    public StatementForm Form { get => _form; init => _form = value; }

    /// <summary>The absolute date the statement was made, if the article gives it.</summary>
    public DateOnly? SaidOn { get => _saidOn; init => _saidOn = value; }

    /// <summary>A one-line paraphrase by the annotator, if given.</summary>
    public string? Summary { get => _summary; init => _summary = value; }

    /// <summary>The passage of the article that reports the statement.</summary>
    public Evidence Evidence { get => _evidence; init => _evidence = value; }

    /// <summary>The document the statement is reported in.</summary>
    public Document Document => _catalog.GetDocument(Evidence.Document);

    /// <summary>The id of the statement this one answers, if any.</summary>
    public StatementId? RespondsToId { get => _respondsToId; init => _respondsToId = value; }

    /// <summary>The statement this one answers, if any.</summary>
    public Statement? RespondsTo => RespondsToId is { } id ? _catalog.GetStatement(id) : null;

    /// <summary>The statements in other articles the annotator linked as reports of the same event (<c>same-as</c>).</summary>
    public IReadOnlyList<StatementId> SameAsIds { get => _sameAsIds; init => _sameAsIds = value; }

    /// <summary>The statements in other articles the annotator marked as other events (<c>distinct-from</c>).</summary>
    public IReadOnlyList<StatementId> DistinctFromIds { get => _distinctFromIds; init => _distinctFromIds = value; }

    /// <summary>The event this statement reports, with every other report of it (an event of one when it links to none).</summary>
    public StatementEvent Event => _catalog.EventOf(this);

    /// <summary>Whether the statement is a draft (<c>draft: true</c>) that no one has reviewed yet.</summary>
    public bool IsDraft { get => _isDraft; init => _isDraft = value; }

    /// <summary>Where the record was declared: annotation path, line and column of its id. Not part of equality.</summary>
    public SourceLocation Source { get => _source; init => _source = value; }

    /// <summary>Whether the other statement has the same data (audience compared item by item).</summary>
    public bool Equals(Statement? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Id == other.Id
            && SpeakerId == other.SpeakerId
            && ViaId == other.ViaId
            && ListEquality.Same(AudienceIds, other.AudienceIds)
            && Act == other.Act
            && Form == other.Form
            && SaidOn == other.SaidOn
            && Summary == other.Summary
            && Evidence == other.Evidence
            && RespondsToId == other.RespondsToId
            && ListEquality.Same(SameAsIds, other.SameAsIds)
            && ListEquality.Same(DistinctFromIds, other.DistinctFromIds)
            && IsDraft == other.IsDraft);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Id);
        hash.Add(SpeakerId);
        hash.Add(ViaId);
        hash.Add(ListEquality.Hash(AudienceIds));
        hash.Add(Act);
        hash.Add(Form);
        hash.Add(SaidOn);
        hash.Add(Summary);
        hash.Add(Evidence);
        hash.Add(RespondsToId);
        hash.Add(ListEquality.Hash(SameAsIds));
        hash.Add(ListEquality.Hash(DistinctFromIds));
        hash.Add(IsDraft);
        return hash.ToHashCode();
    }

    [SuppressMessage("Style", "IDE0051", Justification = "The record's ToString calls it; the rule misses that (dotnet/roslyn#56960).")]
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Member(nameof(Id), Id.Value, first: true)
            .Member(nameof(SpeakerId), SpeakerId.Value)
            .Member(nameof(ViaId), ViaId?.Value)
            .Member(nameof(AudienceIds), AudienceIds, a => a.Value)
            .Member(nameof(Act), Act.ToString())
            .Member(nameof(Form), Form.ToString())
            .Member(nameof(SaidOn), RecordText.Date(SaidOn))
            .Member(nameof(Summary), Summary)
            .Member(nameof(Evidence), Evidence.ToString())
            .Member(nameof(RespondsToId), RespondsToId?.Value)
            .Member(nameof(SameAsIds), SameAsIds, id => id.Value)
            .Member(nameof(DistinctFromIds), DistinctFromIds, id => id.Value);
        if (IsDraft)
        {
            builder.Member(nameof(IsDraft), "true");
        }

        return true;
    }
}
