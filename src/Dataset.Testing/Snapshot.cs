using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dataset.Testing;

/// <summary>
/// Snapshot assertions for any output of an app: text, records, query results, JSON. The first run fails and writes
/// <c>Type.Method.received.txt</c> beside the test file; accept it by renaming it to <c>.verified.txt</c> (and commit
/// it), or run the tests once with DATASET_ACCEPT_SNAPSHOTS=1 (refused under CI=true). A later difference fails with a
/// line diff naming the changed lines.
/// </summary>
public static class Snapshot
{
    private static readonly JsonSerializerOptions IndentedJson = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Compares text with its snapshot. Line ends are compared as <c>\n</c>.</summary>
    /// <param name="text">The output to check.</param>
    /// <param name="name">The snapshot's name instead of <c>Type.Method</c>, for several snapshots in one test.</param>
    /// <param name="extension">The snapshot files' extension, <c>txt</c> unless the text is of another kind.</param>
    /// <param name="testFile">Filled in by the compiler: the calling test's source file.</param>
    /// <param name="testMethod">Filled in by the compiler: the calling test method.</param>
    public static void Match(
        string text,
        string? name = null,
        string extension = "txt",
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testMethod = "")
    {
        var files = SnapshotFiles.For(testFile, testMethod, name, extension);
        var received = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var verified = File.Exists(files.Verified) ? File.ReadAllText(files.Verified).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (verified == received)
        {
            File.Delete(files.Received);
            return;
        }

        if (SnapshotAcceptance.Allowed)
        {
            File.WriteAllText(files.Verified, received);
            File.Delete(files.Received);
            return;
        }

        File.WriteAllText(files.Received, received);
        throw new SnapshotMismatchException(Message(files, verified, received));
    }

    /// <summary>
    /// Compares a value with its snapshot, rendered by <see cref="SnapshotText.Render"/>: records with their data and
    /// references as ids, sequences in their order, culture-invariant.
    /// </summary>
    /// <param name="value">A record, a sequence of records (a query result), or any object of the app.</param>
    /// <param name="name">The snapshot's name instead of <c>Type.Method</c>, for several snapshots in one test.</param>
    /// <param name="testFile">Filled in by the compiler: the calling test's source file.</param>
    /// <param name="testMethod">Filled in by the compiler: the calling test method.</param>
    public static void Match(object? value, string? name = null, [CallerFilePath] string testFile = "", [CallerMemberName] string testMethod = "") =>
        Match(SnapshotText.Render(value), name, "txt", testFile, testMethod);

    /// <summary>Compares JSON with its snapshot (<c>.verified.json</c>), indented the same way whatever the input's layout.</summary>
    /// <param name="json">The JSON text to check.</param>
    /// <param name="name">The snapshot's name instead of <c>Type.Method</c>, for several snapshots in one test.</param>
    /// <param name="testFile">Filled in by the compiler: the calling test's source file.</param>
    /// <param name="testMethod">Filled in by the compiler: the calling test method.</param>
    public static void MatchJson(string json, string? name = null, [CallerFilePath] string testFile = "", [CallerMemberName] string testMethod = "")
    {
        using var document = JsonDocument.Parse(json);
        var indented = JsonSerializer.Serialize(document.RootElement, IndentedJson).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
        Match(indented, name, "json", testFile, testMethod);
    }

    private static string Message(SnapshotFiles files, string? verified, string received)
    {
        var verifiedName = Path.GetFileName(files.Verified);
        var accept = $"Review {files.Received}; accept it by renaming it to {verifiedName}"
            + (SnapshotAcceptance.InCi
                ? $" (CI=true: {SnapshotAcceptance.Variable} is ignored here)."
                : $", or run the tests with {SnapshotAcceptance.Variable}=1.");
        return verified is null
            ? $"No snapshot {verifiedName} yet. {accept}"
            : $"Snapshot {verifiedName} differs (- verified, + received, with line numbers). {accept}\n{LineDiff.Of(verified, received)}";
    }
}
