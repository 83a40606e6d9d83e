namespace Dataset.Packaging.Tests;

/// <summary>
/// The snapshot workflow of docs/snapshot-testing.md in a consumer's own xunit project, made by <c>dotnet new xunit</c>
/// and given Dataset.Generators and Dataset.Testing from the local feed: the first run fails and writes the received
/// file, the renamed file passes, and an edited summary in the YAML fails with a diff naming the changed line.
/// </summary>
[Trait("Category", "E2E")]
public sealed class SnapshotConsumerTests : IDisposable
{
    private const string AnnotationName = "2024-01-02-example-talks";
    private const string TestClass = "TimelineTests";
    private const string TestMethod = "Statements_by_Jane_Doe";

    private readonly LocalFeed _feed = new(
        "src/Dataset/Dataset.csproj", "generators/Dataset.Generators/Dataset.Generators.csproj", "src/Dataset.Testing/Dataset.Testing.csproj");

    private string Project => Path.Combine(_feed.Root, "NewsApp.Tests");

    private string Received => Path.Combine(Project, $"{TestClass}.{TestMethod}.received.txt");

    private string Verified => Path.Combine(Project, $"{TestClass}.{TestMethod}.verified.txt");

    public void Dispose() => _feed.Dispose();

    [Fact]
    public void A_consumer_snapshot_fails_first_passes_once_accepted_and_fails_with_a_diff_after_a_yaml_edit()
    {
        var created = _feed.Run(_feed.Root, "new", "xunit", "--name", "NewsApp.Tests", "--no-restore");
        Assert.True(created.ExitCode == 0, created.Output);
        File.Delete(Path.Combine(Project, "UnitTest1.cs"));
        foreach (var package in new[] { "Dataset.Generators", "Dataset.Testing" })
        {
            var add = _feed.Run(Project, "add", "package", package, "--version", LocalFeed.Version);
            Assert.True(add.ExitCode == 0, add.Output);
        }

        WriteAnnotationAndTest();

        var first = Test();
        Assert.NotEqual(0, first.ExitCode);
        Assert.Contains($"No snapshot {TestClass}.{TestMethod}.verified.txt yet", first.Output, StringComparison.Ordinal);
        Assert.Contains("Summary: Doe says talks with Ruritania resume next week.", File.ReadAllText(Received), StringComparison.Ordinal);
        Assert.False(File.Exists(Verified));

        File.Move(Received, Verified);
        var accepted = Test();
        Assert.True(accepted.ExitCode == 0, accepted.Output);
        Assert.False(File.Exists(Received));

        var yaml = Path.Combine(Project, "annotations", AnnotationName + ".yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("resume next week.", "resume in March.", StringComparison.Ordinal));
        var edited = Test();
        Assert.NotEqual(0, edited.ExitCode);
        var line = File.ReadAllLines(Verified).ToList().FindIndex(l => l.Contains("Summary:", StringComparison.Ordinal)) + 1;
        Assert.Contains($"{line}: -   Summary: Doe says talks with Ruritania resume next week.", edited.Output, StringComparison.Ordinal);
        Assert.Contains($"{line}: +   Summary: Doe says talks with Ruritania resume in March.", edited.Output, StringComparison.Ordinal);
        Assert.Contains("resume next week.", File.ReadAllText(Verified), StringComparison.Ordinal);
    }

    private DotnetCli.Result Test() => _feed.Run(Project, "test", "--disable-build-servers");

    private void WriteAnnotationAndTest()
    {
        var csproj = Path.Combine(Project, "NewsApp.Tests.csproj");
        File.WriteAllText(csproj, File.ReadAllText(csproj).Replace(
            "<IsPackable>false</IsPackable>",
            "<IsPackable>false</IsPackable>\n    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>\n    <DatasetNamespace>NewsApp.Data</DatasetNamespace>",
            StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(Project, $"{TestClass}.cs"), $$"""
            using Dataset.Testing;
            using NewsApp.Data;

            public class {{TestClass}}
            {
                [Fact]
                public void {{TestMethod}}() => Snapshot.Match(Catalog.Instance.StatementsBy(Actors.JaneDoe));
            }
            """);
        Directory.CreateDirectory(Path.Combine(Project, "annotations"));
        File.WriteAllText(
            Path.Combine(Project, "annotations", AnnotationName + ".txt"),
            "Minister Jane Doe said on Tuesday that talks with Ruritania would resume next week.\n");
        File.WriteAllText(Path.Combine(
            Project,
            "annotations",
            AnnotationName + ".yaml"), SampleAnnotation.Head(AnnotationName, "example-2024-01-02-talks", "Talks to resume", "2024-01-02") + """
            statements:
              - id: doe-announces-talks
                speaker: jane-doe
                audience: [ruritania]
                act: announce
                form: indirect
                said-on: 2024-01-02
                summary: Doe says talks with Ruritania resume next week.
                evidence: talks with Ruritania would resume next week

            """);
    }
}
