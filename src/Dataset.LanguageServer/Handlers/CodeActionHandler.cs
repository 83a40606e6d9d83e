using Dataset.LanguageServer.Features;
using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Server;
using StreamJsonRpc;

namespace Dataset.LanguageServer.Handlers;

/// <summary>
/// textDocument/codeAction: the fixes the request's diagnostics carry as data, "Take A" and "Take B" on a disagreement
/// in the range, and in an article the actions on the passages the coverage check reports in the range.
/// </summary>
internal sealed class CodeActionHandler(ServerContext context)
{
    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public async Task<CodeAction[]> CodeActionAsync(CodeActionParams request, CancellationToken cancellationToken)
    {
        if (context.InWorkspace(request.TextDocument.Uri) is not { } path)
        {
            return [];
        }

        var snapshot = (await context.AnalysisOfAsync(path, cancellationToken).ConfigureAwait(false)).Snapshot;
        var fixes = FixActions.For(snapshot, path, request.Context?.Diagnostics ?? []);
        var sides = request.Range is { } around ? TakeSide.For(snapshot, path, around) : [];
        var passages = request.Range is { } range ? CodeActions.ForPassages(snapshot, path, range) : [];
        return fixes.Concat(sides).Concat(passages).ToArray();
    }
}
