namespace Dataset.TestSupport;

/// <summary>
/// How a step that takes a cancellation token is checked: to its result with a live token, and to
/// <see cref="OperationCanceledException"/> with a cancelled one instead of running to its end.
/// </summary>
internal static class Cancellation
{
    public static void RunsLiveAndStopsCancelled(Func<CancellationToken, object?> step)
    {
        Assert.NotNull(step(CancellationToken.None));
        Assert.ThrowsAny<OperationCanceledException>(() => step(new CancellationToken(canceled: true)));
    }
}
