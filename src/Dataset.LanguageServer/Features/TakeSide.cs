using Dataset.Annotations.Adjudication;
using Dataset.Annotations.Model;
using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Workspace;

namespace Dataset.LanguageServer.Features;

/// <summary>
/// "Take A" and "Take B" on each <c>disagreement:</c> entry the range touches (DS0042): the engine's
/// <see cref="Resolution"/> of it, as one edit of the annotation.
/// </summary>
internal static class TakeSide
{
    public static IEnumerable<CodeAction> For(Snapshot snapshot, string path, Protocol.Range range)
    {
        if (range is null || !snapshot.Annotations.TryGetValue(path, out var file) || snapshot.Texts.GetValueOrDefault(path) is not { } yaml)
        {
            yield break;
        }

        var blocks = file.Statements.Select(s => s.Disagreement).Concat(file.Sanctions.Select(s => s.Disagreement)).OfType<DisagreementBlock>();
        foreach (var block in blocks)
        {
            foreach (var entry in block.Entries.Where(e => Touches(Ranges.Of(e.Entry), range)))
            {
                foreach (var resolution in Resolution.For(yaml, block, entry))
                {
                    var edits = resolution.Changes.Select(c => new TextEdit(TextLines.Of(yaml).RangeOf(c.Start, c.End), c.NewText)).ToArray();
                    yield return new CodeAction(
                        $"{resolution.Title} ({entry.Field})",
                        "quickfix",
                        null,
                        new WorkspaceEdit(new() { [WorkspacePaths.ToUri(path)] = edits }));
                }
            }
        }
    }

    private static bool Touches(Protocol.Range a, Protocol.Range b) =>
        (a.Start.Line, a.Start.Character).CompareTo((b.End.Line, b.End.Character)) <= 0
            && (b.Start.Line, b.Start.Character).CompareTo((a.End.Line, a.End.Character)) <= 0;
}
