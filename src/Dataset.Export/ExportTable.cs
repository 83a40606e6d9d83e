namespace Dataset.Export;

/// <summary>The tables a dataset exports as: one CSV file or Parquet file each, and one part of the JSON export.</summary>
public enum ExportTable
{
    /// <summary>documents.csv / documents.parquet: one row per annotated article.</summary>
    Documents,

    /// <summary>actors.csv / actors.parquet.</summary>
    Actors,

    /// <summary>statements.csv / statements.parquet.</summary>
    Statements,

    /// <summary>sanctions.csv / sanctions.parquet.</summary>
    Sanctions,

    /// <summary>events.csv / events.parquet: one row per event, the records same-as links (or one record linked to none).</summary>
    Events,
}

/// <summary>The names of the tables as files and command lines spell them.</summary>
public static class ExportTables
{
    /// <summary>Every table, in the order they are written.</summary>
    public static IReadOnlyList<ExportTable> All { get; } = [
        ExportTable.Documents, ExportTable.Actors, ExportTable.Statements, ExportTable.Sanctions, ExportTable.Events];

    /// <summary>"documents", "actors", "statements", "sanctions" or "events": the file name without its extension.</summary>
    public static string Name(this ExportTable table) => table switch
    {
        ExportTable.Documents => "documents",
        ExportTable.Actors => "actors",
        ExportTable.Statements => "statements",
        ExportTable.Sanctions => "sanctions",
        ExportTable.Events => "events",
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Not a table."),
    };

    /// <summary>The table of a name as <see cref="Name"/> spells it, or null.</summary>
    public static ExportTable? FromName(string name) => All.Where(t => t.Name() == name).Select(t => (ExportTable?)t).FirstOrDefault();
}
