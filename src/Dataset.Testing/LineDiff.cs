using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Dataset.Testing;

/// <summary>
/// The changed lines between the verified and the received text for a failure message: a removed line with its number
/// in the verified file, an added one with its number in the received file.
/// </summary>
internal static class LineDiff
{
    private const int MaxLines = 60;

    public static string Of(string verified, string received)
    {
        var diff = InlineDiffBuilder.Diff(verified, received, ignoreWhiteSpace: false);
        var builder = new StringBuilder();
        var (shown, verifiedLine, receivedLine) = (0, 0, 0);
        foreach (var line in diff.Lines)
        {
            verifiedLine += line.Type == ChangeType.Inserted ? 0 : 1;
            receivedLine += line.Type == ChangeType.Deleted ? 0 : 1;
            var (prefix, number) = line.Type switch
            {
                ChangeType.Inserted => ("+ ", receivedLine),
                ChangeType.Deleted => ("- ", verifiedLine),
                _ => ((string?)null, 0),
            };
            if (prefix is null)
            {
                continue;
            }

            if (shown == MaxLines)
            {
                return builder.Append("… (diff cut)\n").ToString();
            }

            builder.Append(number.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(": ").Append(prefix).Append(line.Text).Append('\n');
            shown++;
        }

        return builder.ToString();
    }
}
