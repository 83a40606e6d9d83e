using Dataset.Annotations.Paths;
using Dataset.LanguageServer.Features;
using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Workspace;
using StreamJsonRpc;

namespace Dataset.LanguageServer;

/// <summary>
/// The language server's methods (LSP 3.17). Edits update the workspace and ask for an analysis; one analysis runs at a
/// time over the latest text (a burst of edits is analysed once), and publishes each file's diagnostics when they
/// changed. Requests answer from the latest analysis. Nothing here writes a file: changes are edits the client applies.
/// </summary>
internal sealed class DatasetLanguageServer(string? annotationsOption, TextWriter log)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Protocol.Diagnostic[]> _published = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private JsonRpc? _rpc;
    private AnnotationWorkspace? _workspace;
    private Snapshot? _snapshot;
    private Task _analysis = Task.CompletedTask;
    private bool _dirty;

    /// <summary>Completes when the client sends <c>exit</c>.</summary>
    public Task Exited => _exited.Task;

    /// <summary>Completes when no analysis is running or waiting (for tests and benchmarks).</summary>
    public Task Idle
    {
        get
        {
            lock (_gate)
            {
                return _analysis;
            }
        }
    }

    public TextWriter Log => log;

    public void Attach(JsonRpc rpc) => _rpc = rpc;

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams request)
    {
        var root = (request.WorkspaceFolders?.FirstOrDefault()?.Uri ?? request.RootUri) is { } uri ? WorkspacePaths.ToPath(uri) : request.RootPath;
        root ??= Environment.CurrentDirectory;
        var folder = AnnotationFolders.Choose(root, annotationsOption) ?? root;
        _workspace = new AnnotationWorkspace(folder);
        log.WriteLine($"dataset lsp: workspace {_workspace.Folder}");
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
            new ServerInfo("dataset", typeof(DatasetLanguageServer).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"));
    }

    [JsonRpcMethod("initialized")]
    public void Initialized()
    {
        Workspace.Load();
        RequestAnalysis();
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown() => null;

    [JsonRpcMethod("exit")]
    public void Exit() => _exited.TrySetResult();

    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams request) => Edit(request.TextDocument.Uri, path => Workspace.Open(path, request.TextDocument.Text));

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams request) =>
        Edit(request.TextDocument.Uri, path =>
        {
            // Full synchronisation: the last change holds the whole text.
            if (request.ContentChanges.LastOrDefault(c => c.Range is null) is { } whole)
            {
                Workspace.Open(path, whole.Text);
            }
        });

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseTextDocumentParams request) => Edit(request.TextDocument.Uri, Workspace.Close);

    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    public void DidSave(DidSaveTextDocumentParams request) => Edit(request.TextDocument.Uri, Workspace.Refresh);

    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams request)
    {
        foreach (var change in request.Changes)
        {
            Edit(change.Uri, Workspace.Refresh);
        }
    }

    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public CompletionList Completion(TextDocumentPositionParams request) =>
        InWorkspace(request.TextDocument.Uri) is { } path && ArticlePaths.IsAnnotation(path) && Workspace.Text(path) is { } text
            ? Features.Completion.At(Current(latest: false), text, request.Position)
            : new CompletionList(false, []);

    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Hover? Hover(TextDocumentPositionParams request) =>
        InWorkspace(request.TextDocument.Uri) is { } path ? HoverCards.At(Current(), path, request.Position) : null;

    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    public Protocol.Location? Definition(TextDocumentPositionParams request) =>
        InWorkspace(request.TextDocument.Uri) is { } path ? Navigation.Definition(Current(), path, request.Position) : null;

    [JsonRpcMethod("textDocument/references", UseSingleObjectParameterDeserialization = true)]
    public Protocol.Location[] References(ReferenceParams request) =>
        InWorkspace(request.TextDocument.Uri) is { } path ? Navigation.References(Current(), path, request.Position, request.Context.IncludeDeclaration) : [];

    [JsonRpcMethod("textDocument/prepareRename", UseSingleObjectParameterDeserialization = true)]
    public PrepareRenameResult? PrepareRename(TextDocumentPositionParams request) =>
        InWorkspace(request.TextDocument.Uri) is { } path ? Renaming.Prepare(Current(), path, request.Position) : null;

    [JsonRpcMethod("textDocument/rename", UseSingleObjectParameterDeserialization = true)]
    public WorkspaceEdit? Rename(RenameParams request)
    {
        if (InWorkspace(request.TextDocument.Uri) is not { } path)
        {
            return null;
        }

        var (edit, error) = Renaming.Rename(Current(), path, request.Position, request.NewName);
        return error is null ? edit : throw new LocalRpcException(error) { ErrorCode = ErrorCodes.RequestFailed };
    }

    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public CodeAction[] CodeAction(CodeActionParams request) =>
        InWorkspace(request.TextDocument.Uri) is { } path ? CodeActions.For(Current(), path, request) : [];

    [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
    public DocumentSymbol[] DocumentSymbol(TextDocumentPositionParams request) =>
        InWorkspace(request.TextDocument.Uri) is { } path ? Symbols.Of(Current(), path) : [];

    private AnnotationWorkspace Workspace => _workspace ?? throw new LocalRpcException("The server is not initialized.") { ErrorCode = -32002 };

    /// <summary>The file a URI names when it is in the workspace; files elsewhere are not the server's and get nothing.</summary>
    private string? InWorkspace(string uri) => WorkspacePaths.ToPath(uri) is { } path && Workspace.Contains(path) ? path : null;

    private void Edit(string uri, Action<string> change)
    {
        if (InWorkspace(uri) is { } path)
        {
            change(path);
            RequestAnalysis();
        }
    }

    /// <summary>
    /// The analysis of the text as it is now: a request about a place (definition, references, rename, hover) waits for
    /// the analysis of the latest edit, so it answers about what the user sees. Completion takes the latest finished
    /// one (<paramref name="latest"/> false): ids of other files do not change as this one is typed.
    /// </summary>
    private Snapshot Current(bool latest = true)
    {
        if (!latest && Volatile.Read(ref _snapshot) is { } finished)
        {
            return finished;
        }

        Idle.GetAwaiter().GetResult();
        return Volatile.Read(ref _snapshot) ?? Analyze();
    }

    private void RequestAnalysis()
    {
        lock (_gate)
        {
            _dirty = true;
            if (_analysis.IsCompleted)
            {
                _analysis = Task.Run(AnalyzeWhileDirty);
            }
        }
    }

    private async Task AnalyzeWhileDirty()
    {
        while (true)
        {
            lock (_gate)
            {
                if (!_dirty)
                {
                    return;
                }

                _dirty = false;
            }

            try
            {
                await PublishAsync(Analyze()).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // One failed analysis must not stop the server: the next edit analyses again.
                await log.WriteLineAsync($"dataset lsp: analysis failed: {e}").ConfigureAwait(false);
            }
        }
    }

    private Snapshot Analyze()
    {
        var snapshot = Workspace.Analyze();
        Volatile.Write(ref _snapshot, snapshot);
        return snapshot;
    }

    private async Task PublishAsync(Snapshot snapshot)
    {
        if (_rpc is null)
        {
            return;
        }

        var current = DiagnosticsFeature.Of(snapshot);
        List<(string Path, Protocol.Diagnostic[] Diagnostics)> changed;
        lock (_published)
        {
            // Only the files the analysis touched can have changed; of those, each is sent when its diagnostics did.
            changed = current.Where(c => !_published.TryGetValue(c.Key, out var before) ? c.Value.Length > 0 || snapshot.Texts.ContainsKey(c.Key) : !before.SequenceEqual(c.Value))
                .Select(c => (c.Key, c.Value)).ToList();
            foreach (var (path, diagnostics) in changed)
            {
                if (diagnostics.Length == 0 && !snapshot.Texts.ContainsKey(path))
                {
                    _published.Remove(path);
                }
                else
                {
                    _published[path] = diagnostics;
                }
            }
        }

        foreach (var (path, diagnostics) in changed.OrderBy(c => c.Path, StringComparer.Ordinal))
        {
            await _rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(WorkspacePaths.ToUri(path), null, diagnostics)).ConfigureAwait(false);
        }
    }
}
