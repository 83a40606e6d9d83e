using Dataset.RecordMembers;

namespace Dataset;

/// <summary>
/// Something an actor said, as an article reports it, with the evidence for it. Equal to another statement with the
/// same data (not the same catalog); prints every field with the actors and the answered statement as ids, so a
/// cycle of answers prints without recursion. Navigation (<see cref="Speaker"/>, <see cref="RespondsTo"/>, …) goes
/// through the catalog the statement came from, also on a copy made with <c>with</c>.
/// </summary>
// The fields, constructor, equality, hashing and printing are generated from the partial properties (docs/adding-a-field.md).
[DataRecord(Navigates = true)]
public sealed partial record Statement
{
    /// <summary>The statement's id.</summary>
    public partial StatementId Id { get; init; }

    /// <summary>The id of the actor who made the statement.</summary>
    [Field(Parameter = "speaker")]
    public partial ActorId SpeakerId { get; init; }

    /// <summary>The actor who made the statement.</summary>
    public Actor Speaker => _catalog.GetActor(SpeakerId);

    /// <summary>The id of the spokesperson or channel that conveyed it, if any.</summary>
    [Field(Parameter = "via")]
    public partial ActorId? ViaId { get; init; }

    /// <summary>The spokesperson or channel that conveyed it, if any.</summary>
    public Actor? Via => ViaId is { } id ? _catalog.GetActor(id) : null;

    /// <summary>The ids of the actors the statement was addressed to.</summary>
    [Field(Parameter = "audience")]
    public partial IReadOnlyList<ActorId> AudienceIds { get; init; }

    /// <summary>The actors the statement was addressed to.</summary>
    public IReadOnlyList<Actor> Audience => AudienceIds.Select(_catalog.GetActor).ToArray();

    /// <summary>The speech act.</summary>
    public partial SpeechAct Act { get; init; }

    /// <summary>Whether the article quotes the statement or reports it.</summary>
    public partial StatementForm Form { get; init; }

    /// <summary>The absolute date the statement was made, if the article gives it.</summary>
    public partial DateOnly? SaidOn { get; init; }

    /// <summary>A one-line paraphrase by the annotator, if given.</summary>
    public partial string? Summary { get; init; }

    /// <summary>The passage of the article that reports the statement.</summary>
    public partial Evidence Evidence { get; init; }

    /// <summary>The document the statement is reported in.</summary>
    public Document Document => _catalog.GetDocument(Evidence.Document);

    /// <summary>The id of the statement this one answers, if any.</summary>
    [Field(Parameter = "respondsTo")]
    public partial StatementId? RespondsToId { get; init; }

    /// <summary>The statement this one answers, if any.</summary>
    public Statement? RespondsTo => RespondsToId is { } id ? _catalog.GetStatement(id) : null;

    /// <summary>
    /// The id of the statement of the same article this one restates (<c>restates</c>: a lede and its quote), if any; the
    /// two are one utterance, one report of one <see cref="Event"/>.
    /// </summary>
    [Field(Parameter = "restates", Optional = true)]
    public partial StatementId? RestatesId { get; init; }

    /// <summary>The statement of the same article this one restates, if any.</summary>
    public Statement? Restates => RestatesId is { } id ? _catalog.GetStatement(id) : null;

    /// <summary>The statements in other articles the annotator linked as reports of the same event (<c>same-as</c>).</summary>
    [Field(Parameter = "sameAs", Optional = true)]
    public partial IReadOnlyList<StatementId> SameAsIds { get; init; }

    /// <summary>The statements in other articles the annotator marked as other events (<c>distinct-from</c>).</summary>
    [Field(Parameter = "distinctFrom", Optional = true)]
    public partial IReadOnlyList<StatementId> DistinctFromIds { get; init; }

    /// <summary>The event this statement reports, with every other report of it (an event of one when it links to none).</summary>
    public StatementEvent Event => _catalog.EventOf(this);

    /// <summary>Whether the statement is a standing position the speaker holds (<c>said-on: standing</c>, "Iran denies
    /// supplying drones") rather than something said on a day; its <see cref="SaidOn"/> is then null.</summary>
    [Field(Optional = true)]
    public partial bool IsStandingPosition { get; init; }

    /// <summary>Whether the statement is a draft (<c>draft: true</c>) that no one has reviewed yet.</summary>
    [Field(Optional = true)]
    public partial bool IsDraft { get; init; }

    /// <summary>Where the record was declared: annotation path, line and column of its id. Not part of equality.</summary>
    public partial SourceLocation Source { get; init; }
}
