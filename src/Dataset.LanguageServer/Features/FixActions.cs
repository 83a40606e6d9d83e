using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Workspace;

namespace Dataset.LanguageServer.Features;

/// <summary>
/// The fixes of the diagnostics a code action request names: each replacement in a diagnostic's <c>data</c> (the
/// candidates of its "did you mean") becomes one action that puts it in the diagnostic's range. A client that does not
/// send the data back gets the fixes of the server's own diagnostic with that code and range. A fix that edits another
/// range (a field's name) is an action of its own, titled as the diagnostic's data titles it.
/// </summary>
internal static class FixActions
{
    public static IEnumerable<CodeAction> For(Snapshot snapshot, string path, IEnumerable<Protocol.Diagnostic?> diagnostics)
    {
        var uri = WorkspacePaths.ToUri(path);
        foreach (var diagnostic in diagnostics)
        {
            // A client may send back diagnostics without a range: those offer no fix.
            if (diagnostic?.Range is not { } range)
            {
                continue;
            }

            foreach (var fix in DiagnosticFixes.Read(diagnostic.Data) ?? Known(snapshot, path, diagnostic))
            {
                yield return new CodeAction($"Change to '{fix}'", "quickfix", [diagnostic],
                    new WorkspaceEdit(new() { [uri] = [new TextEdit(range, fix)] }));
            }

            foreach (var edit in DiagnosticFixes.ReadEdits(diagnostic.Data) ?? KnownEdits(snapshot, path, diagnostic))
            {
                yield return new CodeAction(edit.Title, "quickfix", [diagnostic], new WorkspaceEdit(new() { [uri] = [edit.Edit] }));
            }
        }
    }

    private static IEnumerable<DiagnosticEdit> KnownEdits(Snapshot snapshot, string path, Protocol.Diagnostic diagnostic) =>
        snapshot.DiagnosticsIn(path).Where(d => d.Id == diagnostic.Code && Ranges.Of(d.Location) == diagnostic.Range).Take(1)
            .SelectMany(d => d.Edits).Select(e => new DiagnosticEdit(e.Title, new TextEdit(Ranges.Of(e.At), e.Text)));

    private static IEnumerable<string> Known(Snapshot snapshot, string path, Protocol.Diagnostic diagnostic) =>
        snapshot.DiagnosticsIn(path).Where(d => d.Id == diagnostic.Code && Ranges.Of(d.Location) == diagnostic.Range).Take(1).SelectMany(d => d.Fixes);
}
