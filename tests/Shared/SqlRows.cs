using System.Data.Common;

namespace Dataset.TestSupport;

/// <summary>Runs a query on an open ADO.NET connection (DuckDB in the Parquet tests) and reads every row.</summary>
internal static class SqlRows
{
    public static List<T> Read<T>(DbConnection connection, string sql, Func<DbDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
