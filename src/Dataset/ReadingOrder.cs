namespace Dataset;

/// <summary>
/// Statements and sanctions in the order the articles tell them: by document id, then by where the evidence starts
/// in the article, then by id (two passages starting at the same character). <c>All</c> and the per-actor queries
/// keep id order; <see cref="DatasetCatalog.StatementsIn"/> and <see cref="DatasetCatalog.SanctionsIn"/> use this.
/// </summary>
public static class ReadingOrder
{
    /// <summary>The statements in reading order.</summary>
    public static IReadOnlyList<Statement> Of(IEnumerable<Statement> statements) =>
        statements.OrderBy(s => s.Evidence.Document.Value, StringComparer.Ordinal)
            .ThenBy(s => s.Evidence.Start)
            .ThenBy(s => s.Id.Value, StringComparer.Ordinal)
            .ToArray();

    /// <summary>The sanctions in reading order.</summary>
    public static IReadOnlyList<Sanction> Of(IEnumerable<Sanction> sanctions) =>
        sanctions.OrderBy(s => s.Evidence.Document.Value, StringComparer.Ordinal)
            .ThenBy(s => s.Evidence.Start)
            .ThenBy(s => s.Id.Value, StringComparer.Ordinal)
            .ToArray();
}
