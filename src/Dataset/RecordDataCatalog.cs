namespace Dataset;

/// <summary>
/// A dataset read at run time from the compact record data the generator writes, one string per annotation file:
/// the same records, read by the same reader, as generated code creates. The <c>dataset</c> tool uses it for a
/// folder of annotations; <c>Dataset.Annotations.AnnotationReader</c> produces the data after the build's own checks.
/// </summary>
public sealed class RecordDataCatalog : DatasetCatalog
{
    private readonly Index<ActorId, Actor> _actors;
    private readonly Index<StatementId, Statement> _statements;
    private readonly Index<SanctionId, Sanction> _sanctions;
    private readonly Index<DocumentId, Document> _documents;

    /// <summary>Reads the records of every file; each record's relations resolve within this catalog.</summary>
    /// <param name="files">One data string per annotation file, as <c>AnnotationReader</c> gives them.</param>
    /// <exception cref="FormatException">A string is not record data.</exception>
    public RecordDataCatalog(IEnumerable<string> files)
    {
        var articles = files.Select(data => (ArticleRecords)new DataArticleRecords(this, data)).ToList();
        _actors = new(articles.SelectMany(a => a.Actors), a => a.Id, a => a.Id.Value);
        _statements = new(articles.SelectMany(a => a.Statements), s => s.Id, s => s.Id.Value);
        _sanctions = new(articles.SelectMany(a => a.Sanctions), s => s.Id, s => s.Id.Value);
        _documents = new(articles.SelectMany(a => a.Documents), d => d.Id, d => d.Id.Value);
    }

    /// <inheritdoc/>
    public override IReadOnlyList<Actor> Actors => _actors.All;

    /// <inheritdoc/>
    public override IReadOnlyList<Statement> Statements => _statements.All;

    /// <inheritdoc/>
    public override IReadOnlyList<Sanction> Sanctions => _sanctions.All;

    /// <inheritdoc/>
    public override IReadOnlyList<Document> Documents => _documents.All;

    /// <inheritdoc/>
    public override Actor? FindActor(ActorId id) => _actors.Find(id);

    /// <inheritdoc/>
    public override Statement? FindStatement(StatementId id) => _statements.Find(id);

    /// <inheritdoc/>
    public override Sanction? FindSanction(SanctionId id) => _sanctions.Find(id);

    /// <inheritdoc/>
    public override Document? FindDocument(DocumentId id) => _documents.Find(id);

    /// <summary>One kind's records in id order (ordinal, as generated catalogs list them), by id; the first of a duplicated id wins.</summary>
    private sealed class Index<TId, T>
        where TId : notnull
    {
        private readonly Dictionary<TId, T> _byId = [];

        public Index(IEnumerable<T> records, Func<T, TId> id, Func<T, string> key)
        {
            foreach (var record in records)
            {
                _byId.TryAdd(id(record), record);
            }

            All = _byId.Values.OrderBy(key, StringComparer.Ordinal).ToArray();
        }

        public IReadOnlyList<T> All { get; }

        public T? Find(TId id) => _byId.TryGetValue(id, out var found) ? found : default;
    }
}
