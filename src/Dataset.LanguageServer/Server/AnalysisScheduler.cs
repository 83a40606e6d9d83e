using Dataset.LanguageServer.Documents;
using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Workspace;
using StreamJsonRpc;

namespace Dataset.LanguageServer.Server;

/// <summary>
/// Runs one analysis at a time over every change waiting, and publishes it. A newer change cancels the running
/// analysis unless a request waits for it; a request waits for the first analysis that includes its revision, not for
/// the queue to drain.
/// </summary>
internal sealed class AnalysisScheduler(
    AnnotationWorkspace workspace,
    DocumentStore documents,
    DiagnosticsPublisher publisher,
    AnalysisProbe probe,
    TextWriter log)
{
    private readonly object _gate = new();
    private readonly List<Waiter> _waiters = [];
    private bool _looping;
    private Running? _running;
    private Analysed? _latest;

    // The revision of the last analysis that ended, whether it succeeded or failed; -1 before the first.
    private long _ended = -1;

    /// <summary>The latest finished analysis, whatever its revision, or null before the first.</summary>
    public Analysed? Latest
    {
        get
        {
            lock (_gate)
            {
                return _latest;
            }
        }
    }

    /// <summary>A change was accepted: the running analysis is stale (unless a request waits for it); analyse again.</summary>
    public void Changed()
    {
        CancellationTokenSource? stale = null;
        lock (_gate)
        {
            if (_running is { } running && !_waiters.Any(w => w.Revision <= running.Revision))
            {
                stale = running.Cancel;
            }

            EnsureRunning();
        }

        // The token is cancelled now; its callbacks run on the thread pool, not in this message's turn.
        if (stale is not null)
        {
            _ = stale.CancelAsync();
        }
    }

    /// <summary>The first analysis that includes <paramref name="revision"/>: at once when there is one, else when it ends.</summary>
    public Task<Analysed> WaitForAsync(long revision, CancellationToken cancellationToken)
    {
        Waiter waiter;
        lock (_gate)
        {
            if (_latest is { } latest && (latest.Revision >= revision || _ended >= revision))
            {
                return Task.FromResult(latest);
            }

            if (_ended >= revision)
            {
                return Task.FromException<Analysed>(Failed());
            }

            waiter = new Waiter(revision);
            _waiters.Add(waiter);
            EnsureRunning();
        }

        return WaitAsync(waiter, cancellationToken);
    }

    private async Task<Analysed> WaitAsync(Waiter waiter, CancellationToken cancellationToken)
    {
        try
        {
            return await waiter.Done.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // A cancelled request no longer keeps its analysis from being abandoned.
            lock (_gate)
            {
                _waiters.Remove(waiter);
            }
        }
    }

    /// <summary>Starts the loop unless it runs; called under the lock, as the loop decides under it to stop.</summary>
    private void EnsureRunning()
    {
        if (!_looping)
        {
            _looping = true;
            _ = Task.Run(RunAsync);
        }
    }

    private async Task RunAsync()
    {
        while (true)
        {
            PendingChanges batch;
            Running running;
            lock (_gate)
            {
                if (documents.Revision <= _ended)
                {
                    _running = null;
                    _looping = false;
                    return;
                }

                batch = documents.TakePending();
                running = _running = new Running(batch.Revision, new CancellationTokenSource());
            }

            try
            {
                var analysed = await AnalyseAsync(batch, running.Cancel.Token).ConfigureAwait(false);
                probe.OnCompleted();

                // Published before the requests waiting for it answer, so a client has the diagnostics of what it asked about.
                await PublishAsync(analysed).ConfigureAwait(false);
                var first = Latest is null;
                End(batch.Revision, analysed);
                if (first)
                {
                    ReturnLoadMemory();

                    // Beside the next analyses: the cache kept for the next start (and what was read of it let go).
                    _ = Task.Run(KeepFirstAnalysis);
                }
            }
            catch (OperationCanceledException) when (running.Cancel.IsCancellationRequested)
            {
                // Stale: a newer change is waiting, and the next turn of the loop analyses it.
                probe.OnAbandoned();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // One failed analysis must not stop the server: the next change analyses again.
                await log.WriteLineAsync($"dataset lsp: analysis failed: {e}").ConfigureAwait(false);
                End(batch.Revision, null);
            }
        }
    }

    private Task PublishAsync(Analysed analysed) => PublishAsync(() => publisher.PublishAsync(analysed));

    private Task PublishRememberedAsync(Annotations.Caching.RememberedDiagnostics remembered, IReadOnlyDictionary<string, int> versions) =>
        PublishAsync(() => publisher.PublishAsync(remembered, versions));

    private async Task PublishAsync(Func<Task> publish)
    {
        try
        {
            await publish().ConfigureAwait(false);
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException)
        {
            // The client is gone; the requests waiting still get their answer (or the connection's end).
            await log.WriteLineAsync($"dataset lsp: diagnostics not sent: {e.Message}").ConfigureAwait(false);
        }
    }

    private async Task<Analysed> AnalyseAsync(PendingChanges batch, CancellationToken cancellationToken)
    {
        foreach (var change in batch.Changes)
        {
            change.ApplyTo(workspace);
        }

        if (workspace.Remembered() is { } remembered)
        {
            // No file changed since a complete analysis an earlier start kept: its diagnostics are this one's.
            await PublishRememberedAsync(remembered, batch.Versions).ConfigureAwait(false);
        }

        if (probe.BeforeAnalysis is { } hook)
        {
            await hook(batch.Revision, cancellationToken).ConfigureAwait(false);
        }

        return new Analysed(batch.Revision, workspace.Analyze(cancellationToken), batch.Versions);
    }

    /// <summary>An analysis ended: the requests waiting for its revision get it (or the one before, when it failed).</summary>
    private void End(long revision, Analysed? analysed)
    {
        List<Waiter> served;
        Analysed? answer;
        lock (_gate)
        {
            _ended = revision;
            _latest = analysed ?? _latest;
            answer = _latest;
            served = _waiters.Where(w => w.Revision <= revision).ToList();
            _waiters.RemoveAll(w => w.Revision <= revision);
        }

        foreach (var waiter in served)
        {
            if (answer is null)
            {
                waiter.Done.TrySetException(Failed());
            }
            else
            {
                waiter.Done.TrySetResult(answer);
            }
        }
    }

    /// <summary>
    /// After the first analysis, what it computed is kept in the cache for the next start; what the save allocated, and
    /// what was read of the cache, are then let go and their memory given back as the load's was.
    /// </summary>
    private void KeepFirstAnalysis()
    {
        try
        {
            if (workspace.Cache is not null)
            {
                workspace.SaveCache();

                // What the save allocated, and what was read of the cache, given back as the load's was.
                ReturnLoadMemory();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.WriteLine($"dataset lsp: the cache was not kept: {e.Message}");
        }
    }

    /// <summary>
    /// The first analysis parsed every file and let go of what parsing allocated; a compacting collection then gives
    /// that memory back to the system at once, rather than a server keeping its peak for the whole session.
    /// </summary>
    private static void ReturnLoadMemory()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    private static LocalRpcException Failed() => new("The analysis failed; the server's log says why.") { ErrorCode = ErrorCodes.RequestFailed };

    private sealed record Running(long Revision, CancellationTokenSource Cancel);

    private sealed class Waiter(long revision)
    {
        public long Revision => revision;

        public TaskCompletionSource<Analysed> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
