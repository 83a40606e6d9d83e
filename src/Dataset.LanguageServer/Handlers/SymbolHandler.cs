using Dataset.LanguageServer.Features;
using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Server;
using StreamJsonRpc;

namespace Dataset.LanguageServer.Handlers;

/// <summary>
/// textDocument/documentSymbol: the outline of an annotation, from the analysis of its latest version once its models
/// are settled (before the analysis checks the files).
/// </summary>
internal sealed class SymbolHandler(ServerContext context)
{
    [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
    public async Task<DocumentSymbol[]> DocumentSymbolAsync(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        context.InWorkspace(request.TextDocument.Uri) is { } path
            ? Symbols.Of((await context.DeclarationsOfAsync(path, cancellationToken).ConfigureAwait(false)).Snapshot, path)
            : [];
}
