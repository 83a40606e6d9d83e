using DuckDB.NET.Data;

namespace Dataset.Cli.Tests;

/// <summary>`export --format parquet` read back by DuckDB: the CSV's columns, typed, and the catalog's answers.</summary>
public class ParquetTests
{
    private static readonly DatasetCatalog Data = Seeds.Catalog.Instance;

    [Fact]
    public void DuckDB_reads_every_file_with_the_catalogs_counts_and_the_csv_columns()
    {
        using var folder = new TempFolder();
        var result = CliRun.Run("export", "--format", "parquet", "--output", folder.Path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal([$"wrote 5 Parquet files to {folder.Path}", $"wrote {folder.File("manifest.json")}"], result.OutputLines);

        using var db = Open();
        var counts = new Dictionary<string, int>
        {
            ["documents"] = Data.Documents.Count,
            ["actors"] = Data.Actors.Count,
            ["statements"] = Data.Statements.Count,
            ["sanctions"] = Data.Sanctions.Count,
            ["events"] = Data.Events.Count,
        };
        foreach (var (kind, count) in counts)
        {
            var file = folder.File(kind + ".parquet");
            Assert.Equal(count, Convert.ToInt32(Scalar(db, $"SELECT count(*) FROM '{file}'"), System.Globalization.CultureInfo.InvariantCulture));
            var columns = SqlRows.Read(db, $"DESCRIBE SELECT * FROM '{file}'", r => r.GetString(0));
            Assert.Equal(Dataset.Export.DatasetExporter.CsvColumns(Dataset.Export.ExportTables.FromName(kind)!.Value), columns);
        }
    }

    [Fact]
    public void Columns_are_typed_dates_integers_lists_and_yaml_spellings()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, CliRun.Run("export", "--format", "parquet", "--output", folder.Path).ExitCode);
        using var db = Open();
        var types = SqlRows.Read(db, $"DESCRIBE SELECT * FROM '{folder.File("statements.parquet")}'", r => (Name: r.GetString(0), Type: r.GetString(1)))
            .ToDictionary(c => c.Name, c => c.Type);
        Assert.Equal("DATE", types["said_on"]);
        Assert.Equal("INTEGER", types["evidence_start"]);
        Assert.Equal("INTEGER", types["evidence_end_line"]);
        Assert.Equal("VARCHAR[]", types["audience"]);
        Assert.Equal("VARCHAR", types["act"]);
        Assert.Equal("DATE", SqlRows.Read(db, $"DESCRIBE SELECT published FROM '{folder.File("documents.parquet")}'", r => r.GetString(1)).Single());

        var acts = SqlRows.Read(db, $"SELECT DISTINCT act FROM '{folder.File("statements.parquet")}' ORDER BY act", r => r.GetString(0));
        var expected = Data.Statements.Select(s => Dataset.Export.Names.Kebab(s.Act)).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(expected, acts);
        Assert.Contains("express-concern", acts);
    }

    [Fact]
    public void Source_columns_are_a_string_and_two_integers_with_the_place_of_the_id()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, CliRun.Run("export", "--format", "parquet", "--output", folder.Path).ExitCode);
        using var db = Open();
        var actors = folder.File("actors.parquet");
        var types = SqlRows.Read(db, $"DESCRIBE SELECT source_file, source_line, source_column FROM '{actors}'", r => r.GetString(1));
        Assert.Equal(["VARCHAR", "INTEGER", "INTEGER"], types);

        var austin = SqlRows.Read(
            db,
            $"SELECT source_file, source_line, source_column FROM '{actors}' WHERE id = 'lloyd-austin'",
            r => (File: r.GetString(0), Line: r.GetInt32(1), Column: r.GetInt32(2)))
            .Single();
        SeedAnnotation.AssertIsTheSeedAnnotation(austin.File);
        Assert.Equal(SeedAnnotation.LineAndColumnOf("  - id: lloyd-austin"), (austin.Line, austin.Column));
    }

    [Fact]
    public void Statements_per_speaker_in_DuckDB_are_the_catalogs()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, CliRun.Run("export", "--format", "parquet", "--output", folder.Path).ExitCode);
        using var db = Open();
        var perSpeaker = SqlRows.Read(
                db,
                $"SELECT a.name, count(*) FROM '{folder.File("statements.parquet")}' s JOIN '{folder.File("actors.parquet")}' a ON a.id = s.speaker GROUP BY " +
                    "a.name ORDER BY a.name",
                r => (r.GetString(0), Convert.ToInt32(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        var expected = Data.Actors.Select(a => (a.Name, Data.StatementsBy(a).Count))
            .Where(p => p.Count > 0)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, perSpeaker);

        var audience = SqlRows.Read(
            db,
            $"SELECT id FROM '{folder.File("statements.parquet")}' WHERE list_contains(audience, 'sergei-shoigu') ORDER BY id",
            r => r.GetString(0));
        Assert.Equal(
            Data.Statements.Where(s => s.AudienceIds.Any(a => a.Value == "sergei-shoigu")).Select(s => s.Id.Value).Order(StringComparer.Ordinal),
            audience);
    }

    private static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        return connection;
    }

    private static object Scalar(DuckDBConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()!;
    }
}
