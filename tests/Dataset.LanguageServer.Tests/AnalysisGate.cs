using Dataset.LanguageServer.Server;

namespace Dataset.LanguageServer.Tests;

/// <summary>
/// Holds the server's analyses at their start once closed, until opened or made stale: what the protocol tests use to
/// put a request or an edit in front of a running analysis without timing anything.
/// </summary>
internal sealed class AnalysisGate
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _closed;
    private int _heldAndAbandoned;

    public AnalysisGate() => Probe = new AnalysisProbe { BeforeAnalysis = HoldAsync };

    public AnalysisProbe Probe { get; }

    /// <summary>The revision of the first analysis held.</summary>
    public TaskCompletionSource<long> Held { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The revision of the first held analysis that a newer change cancelled.</summary>
    public TaskCompletionSource<long> Abandoned { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Held analyses that a newer change cancelled: unlike the probe's count, not those that started before the gate
    /// closed (the first analysis may still be publishing when a test closes it).
    /// </summary>
    public int HeldAndAbandoned => Volatile.Read(ref _heldAndAbandoned);

    public void Close() => _closed = true;

    /// <summary>
    /// Waits until this many analyses have ended: a file's diagnostics are published as soon as it is checked, before
    /// the analysis that checked it ends.
    /// </summary>
    public async Task CompletedAsync(int count = 1)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (Probe.Completed < count)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromMinutes(1), $"{Probe.Completed} of {count} analyses ended.");
            await Task.Delay(10);
        }
    }

    public void Open() => _open.TrySetResult();

    private async Task HoldAsync(long revision, CancellationToken cancellationToken)
    {
        if (!_closed)
        {
            return;
        }

        Held.TrySetResult(revision);
        try
        {
            await _open.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref _heldAndAbandoned);
            Abandoned.TrySetResult(revision);
            throw;
        }
    }
}
