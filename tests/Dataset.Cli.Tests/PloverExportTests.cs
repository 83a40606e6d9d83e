using DuckDB.NET.Data;

namespace Dataset.Cli.Tests;

/// <summary>Every export carries each statement's and sanction's PLOVER type and quad class, null where PLOVER has none.</summary>
public class PloverExportTests
{
    private static DatasetCatalog Data => CliRun.Seeds.Catalog;

    [Fact]
    public void Csv_rows_carry_the_plover_type_and_quad_of_their_record()
    {
        foreach (var (kind, records) in new[] {
            ("statements", Data.Statements.Select(s => (s.Id.Value, Plover.Of(s)))),
            ("sanctions", Data.Sanctions.Select(s => (s.Id.Value, Plover.Of(s)))) })
        {
            var rows = CsvReader.Read(CliRun.Run("export", "--format", "csv", "--kind", kind).Output);
            var type = Array.IndexOf(rows[0], "plover_type");
            Assert.Equal("plover_quad", rows[0][type + 1]);
            var byId = rows.Skip(1).ToDictionary(r => r[0], r => (r[type], r[type + 1]));
            foreach (var (id, plover) in records)
            {
                Assert.Equal((plover?.Code ?? "", plover is { } p ? Dataset.Export.Names.Kebab(p.Quad) : ""), byId[id]);
            }
        }

        Assert.Contains(Data.Statements, s => Plover.Of(s) is null);
        Assert.Contains(Data.Statements, s => Plover.Of(s) is { Type: PloverType.Request });
    }

    [Fact]
    public void Json_and_parquet_carry_the_same_plover_codes()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, CliRun.Run("export", "--format", "parquet", "--output", folder.Path).ExitCode);
        var json = System.Text.Json.JsonDocument.Parse(CliRun.Run("export", "--format", "json").Output);
        var fromJson = json.RootElement.GetProperty("statements").EnumerateArray()
            .Select(s =>
            {
                var type = s.TryGetProperty("ploverType", out var t) && t.ValueKind == System.Text.Json.JsonValueKind.String ? t.GetString() : "";
                return $"{s.GetProperty("id").GetString()}={type}";
            })
            .Order(StringComparer.Ordinal);

        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();
        var fromParquet = SqlRows.Read(
            db,
            $"SELECT id, coalesce(plover_type, '') FROM '{folder.File("statements.parquet")}' ORDER BY id",
            r => $"{r.GetString(0)}={r.GetString(1)}");

        Assert.Equal(fromJson, fromParquet);
        Assert.Equal(
            Data.Statements.Count(s => Plover.Of(s) is { Type: PloverType.Accuse }),
            fromParquet.Count(r => r.EndsWith("=ACCUSE", StringComparison.Ordinal)));
    }
}
