namespace Dataset.LanguageServer.Server;

/// <summary>
/// What the analyses did, counted, and a hook at the start of each: how tests see that a burst costs one analysis and
/// that a stale one stops, without timing anything.
/// </summary>
internal sealed class AnalysisProbe
{
    private int _completed;
    private int _abandoned;
    private int _settled;

    /// <summary>Analyses that finished (counted before they are published).</summary>
    public int Completed => Volatile.Read(ref _completed);

    /// <summary>Analyses that settled their models and ids (before checking any file).</summary>
    public int Settled => Volatile.Read(ref _settled);

    /// <summary>Called on the analysis's thread once it settled, before it checks any file: a test may hold it there.</summary>
    public Action<long>? WhileSettled { get; init; }

    /// <summary>Analyses a newer change made stale and that stopped before finishing.</summary>
    public int Abandoned => Volatile.Read(ref _abandoned);

    /// <summary>Awaited before each analysis, with its revision and the token a newer change cancels.</summary>
    public Func<long, CancellationToken, Task>? BeforeAnalysis { get; init; }

    internal void OnCompleted() => Interlocked.Increment(ref _completed);

    internal void OnAbandoned() => Interlocked.Increment(ref _abandoned);

    internal void OnSettled(long revision)
    {
        Interlocked.Increment(ref _settled);
        WhileSettled?.Invoke(revision);
    }
}
