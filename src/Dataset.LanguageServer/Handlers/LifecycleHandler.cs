using System.Text.Json;
using Dataset.Annotations.Paths;
using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Server;
using Dataset.LanguageServer.Workspace;
using StreamJsonRpc;

namespace Dataset.LanguageServer.Handlers;

/// <summary>initialize (the workspace and the capabilities), initialized (the folder read, files watched), shutdown, exit.</summary>
internal sealed class LifecycleHandler(ServerContext context)
{
    private JsonElement? _clientCapabilities;

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams request)
    {
        var root = (request.WorkspaceFolders?.FirstOrDefault()?.Uri ?? request.RootUri) is { } uri ? WorkspacePaths.ToPath(uri) : request.RootPath;
        root ??= Environment.CurrentDirectory;
        var folder = AnnotationFolders.Choose(root, context.AnnotationsOption) ?? root;
        context.Start(new AnnotationWorkspace(folder, context.Cache));
        _clientCapabilities = request.Capabilities;
        context.Log.WriteLine($"dataset lsp: workspace {context.Workspace.Folder}");
        return new InitializeResult(
            new ServerCapabilities(
                TextDocumentSync: 1,
                new CompletionOptions([":", " ", "[", ",", "-"]),
                HoverProvider: true,
                DefinitionProvider: true,
                ReferencesProvider: true,
                new RenameOptions(PrepareProvider: true),
                new CodeActionOptions(["quickfix"]),
                DocumentSymbolProvider: true),
            new ServerInfo("dataset", typeof(LifecycleHandler).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"));
    }

    [JsonRpcMethod("initialized")]
    public void Initialized()
    {
        context.Documents.Load();
        context.Analyses.Changed();
        if (FileWatching.IsSupportedBy(_clientCapabilities) && context.Rpc is { } rpc)
        {
            // Not awaited: the client answers after this notification returns, and edits must not wait for it.
            _ = FileWatching.RegisterAsync(rpc, context.Workspace.Folder, _clientCapabilities!.Value, context.Log);
        }
    }

    /// <summary>Keeps what the session analysed in the cache for the next start, then answers.</summary>
    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        context.SaveCache();
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => context.Exit();
}
