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

    public AnalysisGate() => Probe = new AnalysisProbe { BeforeAnalysis = HoldAsync };

    public AnalysisProbe Probe { get; }

    /// <summary>The revision of the first analysis held.</summary>
    public TaskCompletionSource<long> Held { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The revision of the first held analysis that a newer change cancelled.</summary>
    public TaskCompletionSource<long> Abandoned { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Close() => _closed = true;

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
            Abandoned.TrySetResult(revision);
            throw;
        }
    }
}
