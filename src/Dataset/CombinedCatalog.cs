namespace Dataset;

/// <summary>Several catalogs queried as one; made by <see cref="DatasetCatalog.Combine"/>.</summary>
internal sealed class CombinedCatalog : DatasetCatalog
{
    public CombinedCatalog(IReadOnlyList<DatasetCatalog> catalogs)
        : base(catalogs)
    {
    }

    public override IReadOnlyList<Actor> Actors => IncludingShards(Array.Empty<Actor>());

    public override IReadOnlyList<Statement> Statements => IncludingShards(Array.Empty<Statement>());

    public override IReadOnlyList<Sanction> Sanctions => IncludingShards(Array.Empty<Sanction>());

    public override IReadOnlyList<Document> Documents => IncludingShards(Array.Empty<Document>());

    public override Actor? FindActor(ActorId id) => FindInShards(id);

    public override Statement? FindStatement(StatementId id) => FindInShards(id);

    public override Sanction? FindSanction(SanctionId id) => FindInShards(id);

    public override Document? FindDocument(DocumentId id) => FindInShards(id);
}
