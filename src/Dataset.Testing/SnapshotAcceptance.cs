namespace Dataset.Testing;

/// <summary>
/// Whether a run may accept what it receives: only when DATASET_ACCEPT_SNAPSHOTS=1 and never under CI=true, so a CI
/// run can never approve its own output.
/// </summary>
internal static class SnapshotAcceptance
{
    public const string Variable = "DATASET_ACCEPT_SNAPSHOTS";

    public static bool Requested => Environment.GetEnvironmentVariable(Variable) == "1";

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static bool Allowed => Requested && !InCi;
}
