namespace Dataset.Export;

/// <summary>A document with the statements and sanctions reported in it, in id order.</summary>
internal sealed record DocumentRecords(Document Document, IReadOnlyList<Statement> Statements, IReadOnlyList<Sanction> Sanctions)
{
    /// <summary>
    /// Every document with its records, grouped in one pass: asking the catalog per document scans every record each
    /// time, which at 1,000 articles is most of the report's work.
    /// </summary>
    public static IEnumerable<DocumentRecords> Of(DatasetCatalog catalog)
    {
        var statements = catalog.Statements.ToLookup(s => s.Evidence.Document);
        var sanctions = catalog.Sanctions.ToLookup(s => s.Evidence.Document);
        return catalog.Documents.Select(d => new DocumentRecords(d, statements[d.Id].ToList(), sanctions[d.Id].ToList()));
    }
}
