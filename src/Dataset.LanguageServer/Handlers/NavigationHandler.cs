using Dataset.LanguageServer.Features;
using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Server;
using StreamJsonRpc;

namespace Dataset.LanguageServer.Handlers;

/// <summary>
/// textDocument/definition and textDocument/references, from the analysis of the document's latest version: a
/// definition once it has ended (an evidence's passage is where its check found it), references once its models and
/// ids are settled.
/// </summary>
internal sealed class NavigationHandler(ServerContext context)
{
    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    public async Task<Protocol.Location?> DefinitionAsync(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        context.InWorkspace(request.TextDocument.Uri) is { } path
            ? Navigation.Definition((await context.AnalysisOfAsync(path, cancellationToken).ConfigureAwait(false)).Snapshot, path, request.Position)
            : null;

    [JsonRpcMethod("textDocument/references", UseSingleObjectParameterDeserialization = true)]
    public async Task<Protocol.Location[]> ReferencesAsync(ReferenceParams request, CancellationToken cancellationToken) =>
        context.InWorkspace(request.TextDocument.Uri) is { } path
            ? Navigation.References(
                (await context.DeclarationsOfAsync(path, cancellationToken).ConfigureAwait(false)).Snapshot,
                path,
                request.Position,
                request.Context?.IncludeDeclaration ?? false)
            : [];
}
