using Dataset.LanguageServer.Features;
using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Server;
using StreamJsonRpc;

namespace Dataset.LanguageServer.Handlers;

/// <summary>
/// textDocument/prepareRename and textDocument/rename, from the analysis of the document's latest version once its
/// models and ids are settled, so the edits fall on the id in the text the client has now.
/// </summary>
internal sealed class RenameHandler(ServerContext context)
{
    [JsonRpcMethod("textDocument/prepareRename", UseSingleObjectParameterDeserialization = true)]
    public async Task<PrepareRenameResult?> PrepareRenameAsync(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        context.InWorkspace(request.TextDocument.Uri) is { } path
            ? Renaming.Prepare((await context.DeclarationsOfAsync(path, cancellationToken).ConfigureAwait(false)).Snapshot, path, request.Position)
            : null;

    [JsonRpcMethod("textDocument/rename", UseSingleObjectParameterDeserialization = true)]
    public async Task<WorkspaceEdit?> RenameAsync(RenameParams request, CancellationToken cancellationToken)
    {
        if (context.InWorkspace(request.TextDocument.Uri) is not { } path)
        {
            return null;
        }

        var analysed = await context.DeclarationsOfAsync(path, cancellationToken).ConfigureAwait(false);
        var (edit, error) = Renaming.Rename(analysed.Snapshot, path, request.Position, request.NewName);
        return error is null ? edit : throw new LocalRpcException(error) { ErrorCode = ErrorCodes.RequestFailed };
    }
}
