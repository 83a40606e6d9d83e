using System.Globalization;

namespace Dataset.Cli.Teams;

/// <summary>A plain-text table: each column as wide as its widest cell, two spaces apart, indented.</summary>
internal static class TextTable
{
    public static void Write(TextWriter output, string indent, IReadOnlyList<string[]> rows)
    {
        var widths = Enumerable.Range(0, rows.Max(r => r.Length)).Select(c => rows.Max(r => c < r.Length ? r[c].Length : 0)).ToArray();
        foreach (var row in rows)
        {
            output.WriteLine(indent + string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
        }
    }

    /// <summary>A statistic to three decimals, or "n/a" where it is undefined.</summary>
    public static string Figure(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
