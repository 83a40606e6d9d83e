using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Dataset.Generators.Tests.Snapshots;

/// <summary>
/// Snapshot assertions with Verify's conventions: the accepted text is <c>NAME.verified.EXT</c> beside the test; on a
/// mismatch the actual text goes to <c>NAME.received.EXT</c> and the failure shows a line diff. A snapshot is accepted
/// by renaming received to verified, or by running the tests with DATASET_ACCEPT_SNAPSHOTS=1 — never under CI.
/// </summary>
internal static class SnapshotAssert
{
    private const int MaxDiffLines = 60;

    public static void Matches(string name, string extension, string actual, [CallerFilePath] string testFile = "")
    {
        var directory = Path.GetDirectoryName(testFile)!;
        var verified = Path.Combine(directory, $"{name}.verified.{extension}");
        var received = Path.Combine(directory, $"{name}.received.{extension}");
        actual = actual.Replace("\r\n", "\n");
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        if (CanAccept())
        {
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        var message = expected is null
            ? $"No snapshot {Path.GetFileName(verified)} yet. Review {received} and rename it to .verified.{extension} to accept it."
            : $"Snapshot {Path.GetFileName(verified)} differs (- verified, + received). Review {received}; rename it to .verified.{extension} to accept it.\n{Diff(expected, actual)}";
        Assert.Fail(message);
    }

    private static bool CanAccept() =>
        Environment.GetEnvironmentVariable("DATASET_ACCEPT_SNAPSHOTS") == "1"
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual);
        var builder = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < diff.Lines.Count && shown < MaxDiffLines; i++)
        {
            var line = diff.Lines[i];
            var prefix = line.Type switch { ChangeType.Inserted => "+ ", ChangeType.Deleted => "- ", _ => null };
            if (prefix is null)
            {
                continue;
            }

            builder.Append(line.Position?.ToString() ?? "?").Append(": ").Append(prefix).AppendLine(line.Text);
            shown++;
        }

        return shown == MaxDiffLines ? builder.AppendLine("… (diff cut)").ToString() : builder.ToString();
    }
}
