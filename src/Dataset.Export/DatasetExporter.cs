
namespace Dataset.Export;

/// <summary>
/// Writes a dataset in the text formats the <c>dataset export</c> command offers; the command calls these too. Give
/// it any <see cref="DatasetCatalog"/>: an app's generated <c>Catalog.Instance</c>, or a folder read at run time.
/// Column and property reference: docs/exports.md.
/// </summary>
public static class DatasetExporter
{
    /// <summary>The columns of one CSV table, in order (also the Parquet columns).</summary>
    public static IReadOnlyList<string> CsvColumns(ExportTable table) => CsvExporter.Columns(table);

    /// <summary>One indented JSON object: <c>{documents, actors, statements, sanctions}</c>.</summary>
    public static void WriteJson(DatasetCatalog catalog, TextWriter writer) => JsonExporter.Write(writer, DatasetExport.From(catalog));

    /// <summary>JSON Lines: one record per line, its kind in <c>type</c>.</summary>
    public static void WriteJsonLines(DatasetCatalog catalog, TextWriter writer) => JsonLinesExporter.Write(writer, DatasetExport.From(catalog).All());

    /// <summary>One CSV table (RFC 4180).</summary>
    public static void WriteCsv(DatasetCatalog catalog, TextWriter writer, ExportTable table) =>
        CsvExporter.Write(writer, DatasetExport.From(catalog), table);

    /// <summary>Every CSV table into a folder (created if needed) as <c>TABLE.csv</c>; returns the files written.</summary>
    public static IReadOnlyList<string> WriteCsvFiles(DatasetCatalog catalog, string folder, IProgress<ExportStep>? progress = null)
    {
        var export = DatasetExport.From(catalog);
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        foreach (var table in ExportTables.All)
        {
            var file = Path.Combine(folder, table.Name() + ".csv");
            progress?.Report(new ExportStep("export", files.Count + 1, ExportTables.All.Count, file));
            WriteFile(file, writer => CsvExporter.Write(writer, export, table));
            files.Add(file);
        }

        return files;
    }

    /// <summary>FollowTheMoney entities, one JSON object per line: actors, and one Sanction entity per sanction target.</summary>
    public static void WriteFtm(DatasetCatalog catalog, TextWriter writer) => FtmExporter.Write(writer, DatasetExport.From(catalog));

    /// <summary>
    /// The statements and sanctions as a W3C Web Annotation collection (JSON-LD): each annotation's target is its
    /// document (its url, when it has one) with a TextQuoteSelector and a TextPositionSelector in code points of the
    /// article text, which <paramref name="texts"/> gives (without it, the quote selector only).
    /// </summary>
    public static void WriteWebAnnotation(DatasetCatalog catalog, ArticleTexts texts, TextWriter writer) => WebAnnotationExporter.Write(writer, catalog, texts);

    /// <summary>
    /// Writes a UTF-8 file (no byte-order mark), creating its folder: whole, through a temporary file beside it, so a
    /// failure midway leaves an earlier file as it was.
    /// </summary>
    public static void WriteFile(string path, Action<TextWriter> write) => WholeFile.WriteText(path, write);
}
