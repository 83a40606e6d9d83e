namespace Dataset;

/// <summary>
/// Every record of a generated dataset, with look-ups by id and simple queries. The generator derives a
/// <c>Catalog</c> class from this in the consumer's namespace; use its <c>Instance</c>.
/// </summary>
public abstract class DatasetCatalog
{
    private Dictionary<ActorId, Statement[]>? _statementsBySpeaker;
    private Dictionary<ActorId, Sanction[]>? _sanctionsByTarget;
    private Dictionary<ActorId, Sanction[]>? _sanctionsByImposer;

    /// <summary>Every actor, in id order.</summary>
    public abstract IReadOnlyList<Actor> Actors { get; }

    /// <summary>Every statement, in id order.</summary>
    public abstract IReadOnlyList<Statement> Statements { get; }

    /// <summary>Every sanction, in id order.</summary>
    public abstract IReadOnlyList<Sanction> Sanctions { get; }

    /// <summary>Every document, in id order.</summary>
    public abstract IReadOnlyList<Document> Documents { get; }

    /// <summary>The actor with this id, or null.</summary>
    public abstract Actor? FindActor(ActorId id);

    /// <summary>The statement with this id, or null.</summary>
    public abstract Statement? FindStatement(StatementId id);

    /// <summary>The sanction with this id, or null.</summary>
    public abstract Sanction? FindSanction(SanctionId id);

    /// <summary>The document with this id, or null.</summary>
    public abstract Document? FindDocument(DocumentId id);

    /// <summary>The actor with this id; throws <see cref="KeyNotFoundException"/> when there is none.</summary>
    public Actor GetActor(ActorId id) => FindActor(id) ?? throw NotFound("actor", id.Value);

    /// <summary>The statement with this id; throws <see cref="KeyNotFoundException"/> when there is none.</summary>
    public Statement GetStatement(StatementId id) => FindStatement(id) ?? throw NotFound("statement", id.Value);

    /// <summary>The sanction with this id; throws <see cref="KeyNotFoundException"/> when there is none.</summary>
    public Sanction GetSanction(SanctionId id) => FindSanction(id) ?? throw NotFound("sanction", id.Value);

    /// <summary>The document with this id; throws <see cref="KeyNotFoundException"/> when there is none.</summary>
    public Document GetDocument(DocumentId id) => FindDocument(id) ?? throw NotFound("document", id.Value);

    /// <summary>The statements the actor made, in id order.</summary>
    public IReadOnlyList<Statement> StatementsBy(Actor speaker) =>
        Lookup(ref _statementsBySpeaker, () => Statements.ToLookup(s => s.SpeakerId), speaker.Id);

    /// <summary>The sanctions aimed at the actor, in id order.</summary>
    public IReadOnlyList<Sanction> SanctionsAgainst(Actor target) =>
        Lookup(ref _sanctionsByTarget, () => Sanctions.SelectMany(s => s.TargetIds.Distinct().Select(t => (Key: t, Value: s))).ToLookup(p => p.Key, p => p.Value), target.Id);

    /// <summary>The sanctions the actor imposes or considers, in id order.</summary>
    public IReadOnlyList<Sanction> SanctionsBy(Actor imposer) =>
        Lookup(ref _sanctionsByImposer, () => Sanctions.ToLookup(s => s.ImposerId), imposer.Id);

    /// <summary>The statements reported in the document, in the order the article tells them (see <see cref="ReadingOrder"/>).</summary>
    public IReadOnlyList<Statement> StatementsIn(Document document) =>
        ReadingOrder.Of(Statements.Where(s => s.Evidence.Document == document.Id));

    /// <summary>The sanctions reported in the document, in the order the article tells them (see <see cref="ReadingOrder"/>).</summary>
    public IReadOnlyList<Sanction> SanctionsIn(Document document) =>
        ReadingOrder.Of(Sanctions.Where(s => s.Evidence.Document == document.Id));

    private static IReadOnlyList<T> Lookup<T>(ref Dictionary<ActorId, T[]>? index, Func<ILookup<ActorId, T>> build, ActorId key)
    {
        // Built once on first use; a race builds it twice with the same content, which is harmless.
        index ??= build().ToDictionary(g => g.Key, g => g.ToArray());
        return index.TryGetValue(key, out var found) ? found : Array.Empty<T>();
    }

    private static KeyNotFoundException NotFound(string kind, string id) => new($"No {kind} with id '{id}' in this dataset.");
}
