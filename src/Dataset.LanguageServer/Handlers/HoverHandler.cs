using Dataset.LanguageServer.Features;
using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Server;
using StreamJsonRpc;

namespace Dataset.LanguageServer.Handlers;

/// <summary>textDocument/hover, answered from the analysis of the document's latest version.</summary>
internal sealed class HoverHandler(ServerContext context)
{
    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public async Task<Hover?> HoverAsync(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        context.InWorkspace(request.TextDocument.Uri) is { } path
            ? HoverCards.At((await context.AnalysisOfAsync(path, cancellationToken).ConfigureAwait(false)).Snapshot, path, request.Position)
            : null;
}
