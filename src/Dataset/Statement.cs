namespace Dataset;

/// <summary>Something an actor said, as an article reports it, with the evidence for it.</summary>
public sealed class Statement
{
    private readonly DatasetCatalog _catalog;

    /// <summary>Creates a statement; generated code calls this.</summary>
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
        StatementId? respondsTo)
    {
        _catalog = catalog;
        Id = id;
        SpeakerId = speaker;
        ViaId = via;
        AudienceIds = audience;
        Act = act;
        Form = form;
        SaidOn = saidOn;
        Summary = summary;
        Evidence = evidence;
        RespondsToId = respondsTo;
    }

    /// <summary>The statement's id.</summary>
    public StatementId Id { get; }

    /// <summary>The id of the actor who made the statement.</summary>
    public ActorId SpeakerId { get; }

    /// <summary>The actor who made the statement.</summary>
    public Actor Speaker => _catalog.GetActor(SpeakerId);

    /// <summary>The id of the spokesperson or channel that conveyed it, if any.</summary>
    public ActorId? ViaId { get; }

    /// <summary>The spokesperson or channel that conveyed it, if any.</summary>
    public Actor? Via => ViaId is { } id ? _catalog.GetActor(id) : null;

    /// <summary>The ids of the actors the statement was addressed to.</summary>
    public IReadOnlyList<ActorId> AudienceIds { get; }

    /// <summary>The actors the statement was addressed to.</summary>
    public IReadOnlyList<Actor> Audience => AudienceIds.Select(_catalog.GetActor).ToArray();

    /// <summary>The speech act.</summary>
    public SpeechAct Act { get; }

    /// <summary>Whether the article quotes the statement or reports it.</summary>
    public StatementForm Form { get; }

    /// <summary>The absolute date the statement was made, if the article gives it.</summary>
    public DateOnly? SaidOn { get; }

    /// <summary>A one-line paraphrase by the annotator, if given.</summary>
    public string? Summary { get; }

    /// <summary>The passage of the article that reports the statement.</summary>
    public Evidence Evidence { get; }

    /// <summary>The document the statement is reported in.</summary>
    public Document Document => _catalog.GetDocument(Evidence.Document);

    /// <summary>The id of the statement this one answers, if any.</summary>
    public StatementId? RespondsToId { get; }

    /// <summary>The statement this one answers, if any.</summary>
    public Statement? RespondsTo => RespondsToId is { } id ? _catalog.GetStatement(id) : null;

    /// <inheritdoc/>
    public override string ToString() => $"{Speaker.Name} ({Act}): {Evidence.Exact}";
}
