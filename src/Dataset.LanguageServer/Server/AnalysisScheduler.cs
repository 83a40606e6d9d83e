using Dataset.Annotations.Pipeline;
using Dataset.LanguageServer.Documents;
using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Workspace;
using StreamJsonRpc;

namespace Dataset.LanguageServer.Server;

/// <summary>
/// Runs one analysis at a time over every change waiting, and publishes it. A newer change cancels the running
/// analysis unless a request waits for it; a request waits for the first analysis that includes its revision, not for
/// the queue to drain, and a request that reads only models and ids (<see cref="Reading.Declarations"/>) not even for
/// its checks. Each analysis checks the open documents first and publishes every group of files as it is checked:
/// once the dataset-wide indexes are settled a file's diagnostics are final, so none published is taken back.
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
    private Analysed? _settled;
    private Task _publishing = Task.CompletedTask;

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

    /// <summary>
    /// The latest analysis whose models and ids are settled, whether or not its checks are done, or null before the first.
    /// </summary>
    public Analysed? Declarations
    {
        get
        {
            lock (_gate)
            {
                return _settled;
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

    /// <summary>
    /// The first analysis that includes <paramref name="revision"/>: at once when there is one, else when it ends (or,
    /// for <see cref="Reading.Declarations"/>, once its models and ids are settled).
    /// </summary>
    public Task<Analysed> WaitForAsync(long revision, Reading reading, CancellationToken cancellationToken)
    {
        Waiter waiter;
        lock (_gate)
        {
            if (Answer(reading) is { } latest && (latest.Revision >= revision || _ended >= revision))
            {
                return Task.FromResult(latest);
            }

            if (_ended >= revision)
            {
                return Task.FromException<Analysed>(Failed());
            }

            waiter = new Waiter(revision, reading);
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

    /// <summary>What a waiter reading this far gets now (called under the lock).</summary>
    private Analysed? Answer(Reading reading) => reading == Reading.Declarations ? _settled ?? _latest : _latest;

    private Task PublishAsync(Analysed analysed) => PublishAsync(() => publisher.PublishAsync(analysed));

    /// <summary>The remembered diagnostics a group at a time (<see cref="RememberedGroups"/>); done when the last group is.</summary>
    private Task PublishRememberedAsync(Annotations.Caching.RememberedDiagnostics remembered, IReadOnlyDictionary<string, int> versions)
    {
        var last = Task.CompletedTask;
        foreach (var group in RememberedGroups.Of(remembered, versions.Keys))
        {
            last = PublishAsync(() => publisher.PublishAsync(group, versions));
        }

        return last;
    }

    /// <summary>
    /// Publications run one after another in the order they were asked for, each after the one before has ended: a
    /// group's diagnostics never overtake those of a later analysis.
    /// </summary>
    private Task PublishAsync(Func<Task> publish)
    {
        lock (_gate)
        {
            var next = PublishAfterAsync(_publishing, publish);

            // The next publication follows this one whether or not it failed: its failure is for its caller to see.
            _publishing = next.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return next;
        }
    }

    /// <summary>A group of files checked before the analysis ends, published in turn; a failure is logged (nobody waits for it).</summary>
    private void PublishChecked(CheckedFiles files, IReadOnlyDictionary<string, int> versions) =>
        _ = PublishAsync(async () =>
        {
            try
            {
                await publisher.PublishAsync(files, versions).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException and not ConnectionLostException and not ObjectDisposedException)
            {
                await log.WriteLineAsync($"dataset lsp: diagnostics not sent: {e}").ConfigureAwait(false);
            }
        });

    private async Task PublishAfterAsync(Task before, Func<Task> publish)
    {
        await before.ConfigureAwait(false);
        await PublishNowAsync(publish).ConfigureAwait(false);
    }

    private async Task PublishNowAsync(Func<Task> publish)
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
        if (batch.Changes.Any(c => c is LoadChange)
            && workspace.RememberedBeforeReading(OpenBuffers.After(workspace.OpenBuffers(), batch.Changes)) is { } unread)
        {
            // Every file stamped as an earlier start read it: its diagnostics are published before the folder is read.
            await PublishRememberedAsync(unread, batch.Versions).ConfigureAwait(false);
        }

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

        var progress = new AnalysisProgress(
            batch.Versions.Keys.ToList(),
            snapshot => Settled(new Analysed(batch.Revision, snapshot, batch.Versions)),
            files => PublishChecked(files, batch.Versions));
        return new Analysed(batch.Revision, workspace.Analyze(progress, cancellationToken), batch.Versions);
    }

    /// <summary>An analysis settled its models and ids: the requests that read only those, and wait for its revision, get it.</summary>
    private void Settled(Analysed settled)
    {
        List<Waiter> served;
        lock (_gate)
        {
            _settled = settled;
            served = _waiters.Where(w => w.Reading == Reading.Declarations && w.Revision <= settled.Revision).ToList();
            _waiters.RemoveAll(served.Contains);
        }

        foreach (var waiter in served)
        {
            waiter.Done.TrySetResult(settled);
        }

        probe.OnSettled(settled.Revision);
    }

    /// <summary>An analysis ended: the requests waiting for its revision get it (or the one before, when it failed).</summary>
    private void End(long revision, Analysed? analysed)
    {
        List<(Waiter Waiter, Analysed? Answer)> served;
        lock (_gate)
        {
            _ended = revision;
            _latest = analysed ?? _latest;
            served = _waiters.Where(w => w.Revision <= revision).Select(w => (w, Answer(w.Reading))).ToList();
            _waiters.RemoveAll(w => w.Revision <= revision);
        }

        foreach (var (waiter, answer) in served)
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

    private sealed class Waiter(long revision, Reading reading)
    {
        public long Revision => revision;

        public Reading Reading => reading;

        public TaskCompletionSource<Analysed> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
