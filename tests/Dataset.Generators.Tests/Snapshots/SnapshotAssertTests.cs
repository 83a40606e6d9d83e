namespace Dataset.Generators.Tests.Snapshots;

public class SnapshotAssertTests
{
    [Fact]
    public void A_mismatch_fails_with_a_diff_and_writes_the_received_file()
    {
        var directory = Directory.CreateTempSubdirectory("snapshot-test").FullName;
        var testFile = Path.Combine(directory, "Fake.cs");
        File.WriteAllText(Path.Combine(directory, "sample.verified.txt"), "one\ntwo\nthree\n");

        var failure = Assert.ThrowsAny<Exception>(() => SnapshotAssert.Matches("sample", "txt", "one\nTWO\nthree\n", testFile));

        Assert.Contains("- two", failure.Message);
        Assert.Contains("+ TWO", failure.Message);
        Assert.Equal("one\nTWO\nthree\n", File.ReadAllText(Path.Combine(directory, "sample.received.txt")));
    }

    [Fact]
    public void A_match_passes_and_removes_a_stale_received_file()
    {
        var directory = Directory.CreateTempSubdirectory("snapshot-test").FullName;
        var testFile = Path.Combine(directory, "Fake.cs");
        File.WriteAllText(Path.Combine(directory, "sample.verified.txt"), "same\n");
        File.WriteAllText(Path.Combine(directory, "sample.received.txt"), "old\n");

        SnapshotAssert.Matches("sample", "txt", "same\n", testFile);

        Assert.False(File.Exists(Path.Combine(directory, "sample.received.txt")));
    }
}
