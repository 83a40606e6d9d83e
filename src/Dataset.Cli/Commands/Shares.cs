using System.Globalization;

namespace Dataset.Cli.Commands;

/// <summary>A share as the evaluations print it: a percentage and its counts.</summary>
internal static class Shares
{
    // With nothing to score a share is not 100 %: "none to score" says so instead of a perfect figure.
    public static string Of(int part, int whole) =>
        whole == 0 ? "none to score" : $"{(100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture)} % ({part} of {whole})";
}
