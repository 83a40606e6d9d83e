namespace Dataset.Testing;

/// <summary>
/// A snapshot that is missing or differs from what the test produced. Every test framework reports it as a failure
/// with its message: where the received file is, how to accept it, and the line diff.
/// </summary>
public sealed class SnapshotMismatchException : Exception
{
    /// <summary>Creates the failure.</summary>
    public SnapshotMismatchException(string message)
        : base(message)
    {
    }
}
