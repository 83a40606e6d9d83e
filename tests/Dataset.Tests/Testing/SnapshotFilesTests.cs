using Dataset.Testing;

namespace Dataset.Tests.Testing;

/// <summary>
/// Verify's file conventions: a missing or different snapshot fails, writes <c>.received.txt</c> beside the test and
/// shows a line diff; a match removes a stale received file. Every snapshot test here shares one collection with the
/// tests that set DATASET_ACCEPT_SNAPSHOTS, so none of them runs while the variable is set.
/// </summary>
[Collection(nameof(ProcessEnvironment))]
public sealed class SnapshotFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("snapshot-test").FullName;

    private string TestFile => Path.Combine(_folder, "ReportTests.cs");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_first_run_fails_and_writes_the_received_file_named_after_the_test()
    {
        var failure = Assert.Throws<SnapshotMismatchException>(() => Snapshot.Match("one\n", testFile: TestFile, testMethod: "Timeline"));

        Assert.Contains("No snapshot ReportTests.Timeline.verified.txt yet", failure.Message, StringComparison.Ordinal);
        Assert.Equal("one\n", File.ReadAllText(Path.Combine(_folder, "ReportTests.Timeline.received.txt")));
        Assert.False(File.Exists(Path.Combine(_folder, "ReportTests.Timeline.verified.txt")));
    }

    [Fact]
    public void A_difference_fails_with_the_changed_lines_numbered()
    {
        File.WriteAllText(Path.Combine(_folder, "sample.verified.txt"), "one\ntwo\nthree\n");

        var failure = Assert.Throws<SnapshotMismatchException>(() => Snapshot.Match("one\nTWO\nthree\n", name: "sample", testFile: TestFile));

        Assert.Contains("2: - two\n2: + TWO\n", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("one", failure.Message.Split('\n', 2)[1], StringComparison.Ordinal);
        Assert.Equal("one\nTWO\nthree\n", File.ReadAllText(Path.Combine(_folder, "sample.received.txt")));
    }

    [Fact]
    public void A_match_passes_and_removes_a_stale_received_file_whatever_the_line_ends()
    {
        File.WriteAllText(Path.Combine(_folder, "sample.verified.txt"), "same\r\nlines\r\n");
        File.WriteAllText(Path.Combine(_folder, "sample.received.txt"), "old\n");

        Snapshot.Match("same\nlines\n", name: "sample", testFile: TestFile);

        Assert.False(File.Exists(Path.Combine(_folder, "sample.received.txt")));
    }

    [Fact]
    public void Json_is_compared_indented_whatever_its_layout()
    {
        File.WriteAllText(Path.Combine(_folder, "data.verified.json"), "{\n  \"id\": \"lloyd-austin\",\n  \"roles\": [\n    1,\n    2\n  ]\n}\n");

        Snapshot.MatchJson("{\"id\":\"lloyd-austin\",   \"roles\":[1,2]}", name: "data", testFile: TestFile);

        var failure = Assert.Throws<SnapshotMismatchException>(
            () => Snapshot.MatchJson("{\"id\":\"ned-price\",\"roles\":[1,2]}", name: "data", testFile: TestFile));
        Assert.Contains("2: +   \"id\": \"ned-price\",", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_snapshot_is_named_after_the_calling_test_class_and_method()
    {
        var failure = Assert.Throws<SnapshotMismatchException>(() => Snapshot.Match("x\n", testFile: TestFile));

        Assert.Contains(
            $"{nameof(SnapshotFilesTests)}.{nameof(The_snapshot_is_named_after_the_calling_test_class_and_method)}.verified.txt",
            failure.Message,
            StringComparison.Ordinal);
    }
}
