namespace Dataset;

/// <summary>
/// Every record of a generated dataset, with look-ups by id and simple queries. The generator derives a
/// <c>Catalog</c> class from this in the consumer's namespace; use its <c>Instance</c>. A project that references
/// shards (other projects that build part of the corpus) lists their catalogs in <see cref="Shards"/>: its look-ups
/// and lists include their records, so a record can refer to an actor another shard declares.
/// </summary>
public abstract class DatasetCatalog
{
    private readonly DatasetCatalog[] _shards;
    private IReadOnlyList<Actor>? _actorsWithShards;
    private IReadOnlyList<Statement>? _statementsWithShards;
    private IReadOnlyList<Sanction>? _sanctionsWithShards;
    private IReadOnlyList<Document>? _documentsWithShards;
    private Dictionary<ActorId, Statement[]>? _statementsBySpeaker;
    private Dictionary<ActorId, Sanction[]>? _sanctionsByTarget;
    private Dictionary<ActorId, Sanction[]>? _sanctionsByImposer;
    private EventIndex? _events;
    private Dictionary<ActorId, ActorId>? _canonical;

    /// <summary>A catalog with records of its own only.</summary>
    protected DatasetCatalog()
        : this(Array.Empty<DatasetCatalog>())
    {
    }

    /// <summary>A catalog whose look-ups and lists also include the records of <paramref name="shards"/>.</summary>
    /// <param name="shards">The catalogs of the referenced shards, searched in this order after the own records.</param>
    protected DatasetCatalog(IEnumerable<DatasetCatalog> shards)
    {
        ArgumentNullException.ThrowIfNull(shards);
        _shards = shards.ToArray();
        if (Array.IndexOf(_shards, null) >= 0)
        {
            throw new ArgumentException("A shard catalog is null.", nameof(shards));
        }
    }

    /// <summary>The catalogs of the referenced shards, whose records this catalog includes.</summary>
    public IReadOnlyList<DatasetCatalog> Shards => _shards;

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

    /// <summary>The actors a group is made of (<see cref="Actor.MemberIds"/>), in the order it lists them.</summary>
    public IReadOnlyList<Actor> MembersOf(Actor group) => group.MemberIds.Select(GetActor).ToArray();

    /// <summary>The groups that list this actor among their members, in catalog order.</summary>
    public IReadOnlyList<Actor> GroupsOf(Actor member) => Actors.Where(a => a.MemberIds.Contains(member.Id)).ToArray();

    /// <summary>The statements the actor made, in id order.</summary>
    public IReadOnlyList<Statement> StatementsBy(Actor speaker) =>
        Lookup(ref _statementsBySpeaker, () => Statements.ToLookup(s => s.SpeakerId), speaker.Id);

    /// <summary>The sanctions aimed at the actor, in id order.</summary>
    public IReadOnlyList<Sanction> SanctionsAgainst(Actor target) =>
        Lookup(
            ref _sanctionsByTarget,
            () => Sanctions.SelectMany(s => s.TargetIds.Distinct().Select(t => (Key: t, Value: s))).ToLookup(p => p.Key, p => p.Value),
            target.Id);

    /// <summary>The sanctions the actor imposes or considers, in id order.</summary>
    public IReadOnlyList<Sanction> SanctionsBy(Actor imposer) =>
        Lookup(ref _sanctionsByImposer, () => Sanctions.ToLookup(s => s.ImposerId), imposer.Id);

    /// <summary>The statements reported in the document, in the order the article tells them (see <see cref="ReadingOrder"/>).</summary>
    public IReadOnlyList<Statement> StatementsIn(Document document) =>
        ReadingOrder.Of(Statements.Where(s => s.Evidence.Document == document.Id));

    /// <summary>The sanctions reported in the document, in the order the article tells them (see <see cref="ReadingOrder"/>).</summary>
    public IReadOnlyList<Sanction> SanctionsIn(Document document) =>
        ReadingOrder.Of(Sanctions.Where(s => s.Evidence.Document == document.Id));

    /// <summary>
    /// Every event: statements and sanctions linked by <c>same-as</c> across articles are one event, a record linked
    /// to none is an event of one. Statement events first, then sanction events, each in id order.
    /// </summary>
    public IReadOnlyList<ReportedEvent> Events => FormedEvents.All;

    /// <summary>Every statement event, in id order.</summary>
    public IReadOnlyList<StatementEvent> StatementEvents => FormedEvents.StatementEvents;

    /// <summary>Every sanction event, in id order.</summary>
    public IReadOnlyList<SanctionEvent> SanctionEvents => FormedEvents.SanctionEvents;

    /// <summary>The event the statement reports, with its other reports.</summary>
    public StatementEvent EventOf(Statement statement) => FormedEvents.Of(statement, this);

    /// <summary>The event the sanction reports, with its other reports.</summary>
    public SanctionEvent EventOf(Sanction sanction) => FormedEvents.Of(sanction, this);

    // Formed once on first use; a race forms it twice with the same content, which is harmless.
    private EventIndex FormedEvents => _events ??= new EventIndex(this);

    /// <summary>
    /// The id that names the actor's group in exports: actors that <c>same-as</c> makes one (symmetric and transitive,
    /// as for events) are named by their first id in ordinal order; an actor linked to none is named by its own id.
    /// </summary>
    public ActorId CanonicalId(ActorId id) => (_canonical ??= ActorGroups.Canonical(Actors)).TryGetValue(id, out var canonical) ? canonical : id;

    /// <summary>
    /// Queries several catalogs as one: look-ups search them in this order, lists hold every record once (the
    /// first catalog's, when two declare the same id), in id order.
    /// </summary>
    /// <param name="catalogs">The catalogs, typically the <c>Catalog.Instance</c> of each referenced shard.</param>
    public static DatasetCatalog Combine(params DatasetCatalog[] catalogs) => new CombinedCatalog(catalogs);

    /// <summary>The own actors and those of every shard, in id order; generated code calls this.</summary>
    protected IReadOnlyList<Actor> IncludingShards(IReadOnlyList<Actor> own) =>
        _actorsWithShards ??= Merge(own, static catalog => catalog.Actors, static actor => actor.Id.Value);

    /// <summary>The own statements and those of every shard, in id order; generated code calls this.</summary>
    protected IReadOnlyList<Statement> IncludingShards(IReadOnlyList<Statement> own) =>
        _statementsWithShards ??= Merge(own, static catalog => catalog.Statements, static statement => statement.Id.Value);

    /// <summary>The own sanctions and those of every shard, in id order; generated code calls this.</summary>
    protected IReadOnlyList<Sanction> IncludingShards(IReadOnlyList<Sanction> own) =>
        _sanctionsWithShards ??= Merge(own, static catalog => catalog.Sanctions, static sanction => sanction.Id.Value);

    /// <summary>The own documents and those of every shard, in id order; generated code calls this.</summary>
    protected IReadOnlyList<Document> IncludingShards(IReadOnlyList<Document> own) =>
        _documentsWithShards ??= Merge(own, static catalog => catalog.Documents, static document => document.Id.Value);

    /// <summary>The actor with this id in the first shard that has one, or null; generated code calls this.</summary>
    protected Actor? FindInShards(ActorId id) => FirstInShards(catalog => catalog.FindActor(id));

    /// <summary>The statement with this id in the first shard that has one, or null; generated code calls this.</summary>
    protected Statement? FindInShards(StatementId id) => FirstInShards(catalog => catalog.FindStatement(id));

    /// <summary>The sanction with this id in the first shard that has one, or null; generated code calls this.</summary>
    protected Sanction? FindInShards(SanctionId id) => FirstInShards(catalog => catalog.FindSanction(id));

    /// <summary>The document with this id in the first shard that has one, or null; generated code calls this.</summary>
    protected Document? FindInShards(DocumentId id) => FirstInShards(catalog => catalog.FindDocument(id));

    private T? FirstInShards<T>(Func<DatasetCatalog, T?> find)
        where T : class
    {
        foreach (var shard in _shards)
        {
            if (find(shard) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// Own records first, then each shard's, every id once: a shard referenced both directly and through another
    /// shard (App → Shard → Registry, App → Registry) is listed once. Built once; a race builds it twice, harmlessly.
    /// </summary>
    private IReadOnlyList<T> Merge<T>(IReadOnlyList<T> own, Func<DatasetCatalog, IReadOnlyList<T>> records, Func<T, string> id)
    {
        if (_shards.Length == 0)
        {
            return own;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var merged = new List<T>(own.Count);
        foreach (var list in _shards.Select(records).Prepend(own))
        {
            merged.AddRange(list.Where(record => seen.Add(id(record))));
        }

        merged.Sort((a, b) => string.CompareOrdinal(id(a), id(b)));
        return merged.ToArray();
    }

    private static T[] Lookup<T>(ref Dictionary<ActorId, T[]>? index, Func<ILookup<ActorId, T>> build, ActorId key)
    {
        // Built once on first use; a race builds it twice with the same content, which is harmless.
        index ??= build().ToDictionary(g => g.Key, g => g.ToArray());
        return index.TryGetValue(key, out var found) ? found : Array.Empty<T>();
    }

    private static KeyNotFoundException NotFound(string kind, string id) => new($"No {kind} with id '{id}' in this dataset.");
}
