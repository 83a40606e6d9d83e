using Dataset.Testing;

namespace Dataset.Tests.Testing;

/// <summary>Tests that set process environment variables, or whose result depends on them, run one at a time.</summary>
[CollectionDefinition(nameof(ProcessEnvironment), DisableParallelization = true)]
public sealed class ProcessEnvironment;

/// <summary>DATASET_ACCEPT_SNAPSHOTS=1 accepts what a run receives, except under CI=true.</summary>
[Collection(nameof(ProcessEnvironment))]
public sealed class SnapshotAcceptanceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("snapshot-accept").FullName;
    private readonly string? _accept = Environment.GetEnvironmentVariable("DATASET_ACCEPT_SNAPSHOTS");
    private readonly string? _ci = Environment.GetEnvironmentVariable("CI");

    private string TestFile => Path.Combine(_folder, "ReportTests.cs");

    private string Verified => Path.Combine(_folder, "sample.verified.txt");

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("DATASET_ACCEPT_SNAPSHOTS", _accept);
        Environment.SetEnvironmentVariable("CI", _ci);
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void The_variable_accepts_the_received_text_outside_CI()
    {
        File.WriteAllText(Verified, "old\n");
        Environment.SetEnvironmentVariable("DATASET_ACCEPT_SNAPSHOTS", "1");
        Environment.SetEnvironmentVariable("CI", null);

        Snapshot.Match("new\n", name: "sample", testFile: TestFile);

        Assert.Equal("new\n", File.ReadAllText(Verified));
        Assert.False(File.Exists(Path.Combine(_folder, "sample.received.txt")));
    }

    [Fact]
    public void Under_CI_the_variable_is_refused_and_the_snapshot_stays()
    {
        File.WriteAllText(Verified, "old\n");
        Environment.SetEnvironmentVariable("DATASET_ACCEPT_SNAPSHOTS", "1");
        Environment.SetEnvironmentVariable("CI", "true");

        var failure = Assert.Throws<SnapshotMismatchException>(() => Snapshot.Match("new\n", name: "sample", testFile: TestFile));

        Assert.Contains("CI=true", failure.Message, StringComparison.Ordinal);
        Assert.Equal("old\n", File.ReadAllText(Verified));
        Assert.Equal("new\n", File.ReadAllText(Path.Combine(_folder, "sample.received.txt")));
    }
}
