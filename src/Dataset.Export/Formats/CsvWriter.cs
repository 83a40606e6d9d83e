namespace Dataset.Export;

/// <summary>RFC 4180 CSV: CRLF line ends; a field is quoted when it holds a comma, quote, CR or LF, quotes doubled.</summary>
internal static class CsvWriter
{
    public static void WriteRow(TextWriter writer, IEnumerable<string?> fields)
    {
        writer.Write(string.Join(',', fields.Select(Field)));
        writer.Write("\r\n");
    }

    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
