using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Server;
using StreamJsonRpc;

namespace Dataset.LanguageServer.Handlers;

/// <summary>
/// didOpen, didChange, didClose and didSave: each accepted change advances the documents' revision and makes the
/// running analysis stale. Notifications run one at a time in the order they came (the connection's synchronization
/// context), and a didChange not newer than the version held is dropped.
/// </summary>
internal sealed class TextSyncHandler(ServerContext context)
{
    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams request)
    {
        if (context.InWorkspace(request.TextDocument.Uri) is { } path)
        {
            context.Documents.Open(path, request.TextDocument.Version, request.TextDocument.Text);
            context.Analyses.Changed();
        }
    }

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams request)
    {
        // Full synchronisation: the last change without a range holds the whole text.
        if (context.InWorkspace(request.TextDocument.Uri) is { } path
            && request.ContentChanges.LastOrDefault(c => c.Range is null) is { } whole
            && context.Documents.Change(path, request.TextDocument.Version, whole.Text))
        {
            context.Analyses.Changed();
        }
    }

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseTextDocumentParams request)
    {
        if (context.InWorkspace(request.TextDocument.Uri) is { } path)
        {
            context.Documents.Close(path);
            context.Analyses.Changed();
        }
    }

    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    public void DidSave(DidSaveTextDocumentParams request)
    {
        if (context.InWorkspace(request.TextDocument.Uri) is { } path)
        {
            context.Documents.Refresh([path]);
            context.Analyses.Changed();
        }
    }
}
