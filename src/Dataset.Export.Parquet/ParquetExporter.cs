using Parquet;
using Parquet.Serialization;

namespace Dataset.Export.Parquet;

/// <summary>
/// Writes a dataset as five Parquet files — documents.parquet, actors.parquet, statements.parquet,
/// sanctions.parquet and events.parquet — with the CSV export's columns, typed: dates as DATE, offsets and lines as INT32, lists as
/// lists of strings, enums as their YAML spelling. DuckDB, Spark and pandas read them as they are; the SQL a reader
/// runs is in docs/exports.md.
/// </summary>
public static class ParquetExporter
{
    /// <summary>The files written, in order, without their folder.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ExportTables.All.Select(table => table.Name() + ".parquet").ToArray();

    /// <summary>Writes the five files into a folder (created if needed), replacing files of the same names.</summary>
    /// <returns>The paths written.</returns>
    public static async Task<IReadOnlyList<string>> WriteAsync(
        DatasetCatalog catalog,
        string folder,
        IProgress<ExportStep>? progress = null,
        CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        var export = DatasetExport.From(catalog);
        var written = new List<string>();
        async Task WriteTableAsync<T>(IEnumerable<T> rows, ExportTable table)
        {
            var path = Path.Combine(folder, table.Name() + ".parquet");
            progress?.Report(new ExportStep("export", written.Count + 1, FileNames.Count, path));
            // Whole: an earlier file of the same name survives a failure or cancellation midway.
            await WholeFile.WriteAsync(path, stream => ParquetSerializer.SerializeAsync(rows, stream, Options, cancellationToken: cancellationToken))
                .ConfigureAwait(false);
            written.Add(path);
        }

        await WriteTableAsync(ParquetRowsFrom.Documents(export), ExportTable.Documents).ConfigureAwait(false);
        await WriteTableAsync(ParquetRowsFrom.Actors(export), ExportTable.Actors).ConfigureAwait(false);
        await WriteTableAsync(ParquetRowsFrom.Statements(export), ExportTable.Statements).ConfigureAwait(false);
        await WriteTableAsync(ParquetRowsFrom.Sanctions(export), ExportTable.Sanctions).ConfigureAwait(false);
        await WriteTableAsync(ParquetRowsFrom.Events(export), ExportTable.Events).ConfigureAwait(false);
        return written;
    }

    /// <summary>As <see cref="WriteAsync"/>, blocking until the files are written.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage(
        "Usage",
        "VSTHRD002",
        Justification = "Parquet.Net writes only asynchronously; this is the blocking form for callers without a synchronization context.")]
    public static IReadOnlyList<string> Write(DatasetCatalog catalog, string folder, IProgress<ExportStep>? progress = null) =>
        WriteAsync(catalog, folder, progress).GetAwaiter().GetResult();

    private static ParquetOptions Options { get; } = new() { UseDateOnlyTypeForDates = true };
}
