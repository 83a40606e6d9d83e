using Dataset.Annotations.Caching;
using Dataset.LanguageServer.Documents;
using Dataset.LanguageServer.Workspace;
using StreamJsonRpc;

namespace Dataset.LanguageServer.Server;

/// <summary>
/// What the handlers share: the documents as the client sent them, the workspace and its analyses (from
/// <c>initialize</c> on), the connection, and the log.
/// </summary>
internal sealed class ServerContext(string? annotationsOption, TextWriter log, AnalysisProbe probe, CacheLocation cache)
{
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private AnnotationWorkspace? _workspace;
    private AnalysisScheduler? _scheduler;

    /// <summary>The annotations folder given on the command line, if any.</summary>
    public string? AnnotationsOption => annotationsOption;

    public TextWriter Log => log;

    /// <summary>Where the analysis cache is kept between starts (or no cache).</summary>
    public CacheLocation Cache => cache;

    public AnalysisProbe Probe => probe;

    public DocumentStore Documents { get; } = new();

    public JsonRpc? Rpc { get; set; }

    /// <summary>Completes when the client sends <c>exit</c>.</summary>
    public Task Exited => _exited.Task;

    public AnnotationWorkspace Workspace => _workspace ?? throw NotInitialized();

    public AnalysisScheduler Analyses => _scheduler ?? throw NotInitialized();

    public void Start(AnnotationWorkspace workspace)
    {
        _workspace = workspace;
        _scheduler = new AnalysisScheduler(workspace, Documents, new DiagnosticsPublisher(() => Rpc), probe, log);
    }

    public void Exit() => _exited.TrySetResult();

    /// <summary>Keeps the last complete analysis in the cache for the next start (nothing before initialize, or without a cache).</summary>
    public void SaveCache() => _workspace?.SaveCache();

    /// <summary>The file a URI names when it is in the workspace; files elsewhere are not the server's and get nothing.</summary>
    public string? InWorkspace(string uri) => WorkspacePaths.ToPath(uri) is { } path && Workspace.Contains(path) ? path : null;

    /// <summary>The first analysis that includes the file as the client has it now (its latest accepted version), ended.</summary>
    public Task<Analysed> AnalysisOfAsync(string path, CancellationToken cancellationToken) => AnalysisOfAsync(path, Reading.Everything, cancellationToken);

    /// <summary>
    /// The first analysis that includes the file as the client has it now, once its models and ids are settled: what
    /// a feature reading only those waits for.
    /// </summary>
    public Task<Analysed> DeclarationsOfAsync(string path, CancellationToken cancellationToken) => AnalysisOfAsync(path, Reading.Declarations, cancellationToken);

    private async Task<Analysed> AnalysisOfAsync(string path, Reading reading, CancellationToken cancellationToken)
    {
        // Asked for in the message's turn, so an edit sent after the request cannot abandon the analysis it waits for;
        // the feature's work then runs beside later messages, not before them.
        var analysed = Analyses.WaitForAsync(Documents.RevisionOf(path), reading, cancellationToken);
        await Task.Yield();
        return await analysed.ConfigureAwait(false);
    }

    private static LocalRpcException NotInitialized() => new("The server is not initialized.") { ErrorCode = -32002 };
}
