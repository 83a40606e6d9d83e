namespace Dataset.Packaging.Tests;

/// <summary>
/// The records as a consumer of the packages sees them: value equality, <c>with</c>, look-up by id, printing that
/// names answered statements by id (also for two statements that answer each other), and where each is declared. The consumer targets
/// net8.0 and net10.0 with warnings as errors, so the generated code is checked on both.
/// </summary>
[Trait("Category", "E2E")]
public sealed class RecordConsumerTests : IDisposable
{
    private const string AnnotationName = "2024-03-04-example-exchange";

    private readonly LocalFeed _feed = new("src/Dataset/Dataset.csproj", "generators/Dataset.Generators/Dataset.Generators.csproj");

    private string App => Path.Combine(_feed.Root, "app");

    public void Dispose() => _feed.Dispose();

    [Fact]
    public void Generated_records_compare_by_value_copy_with_with_print_answers_by_id_and_know_their_source()
    {
        WriteConsumer();

        var build = _feed.Run(App, "build", "--disable-build-servers");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("-> " + Path.Combine(App, "bin", "Debug", "net8.0", "RecordsApp.dll"), build.Output, StringComparison.Ordinal);
        var run = _feed.Run(App, Path.Combine(App, "bin", "Debug", "net10.0", "RecordsApp.dll"));
        Assert.True(run.ExitCode == 0, run.Output);

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("renamed equals original: False", lines[0]);
        Assert.Equal("renamed back equals original: True", lines[1]);
        Assert.Equal("property equals FindActor: True", lines[2]);
        Assert.Equal("copy navigates to: Ruritania", lines[3]);
        Assert.StartsWith("Statement { Id = doe-proposes-talks, SpeakerId = jane-doe, ", lines[4], StringComparison.Ordinal);
        Assert.EndsWith(
            ", RespondsToId = ruritania-rejects-talks, RestatesId = null, SameAsIds = [], DistinctFromIds = [] }", lines[4], StringComparison.Ordinal);
        Assert.StartsWith("Statement { Id = ruritania-rejects-talks, SpeakerId = ruritania, ", lines[5], StringComparison.Ordinal);
        Assert.EndsWith(", RespondsToId = doe-proposes-talks, RestatesId = null, SameAsIds = [], DistinctFromIds = [] }", lines[5], StringComparison.Ordinal);
        Assert.Equal("cycle navigates back: True", lines[6]);
        Assert.Equal($"source: annotations/{AnnotationName}.yaml | 9 | 9", lines[7]);
        Assert.Equal($"statement source: annotations/{AnnotationName}.yaml:16:9", lines[8]);
    }

    private void WriteConsumer()
    {
        Directory.CreateDirectory(Path.Combine(App, "annotations"));
        File.WriteAllText(Path.Combine(App, "RecordsApp.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFrameworks>net8.0;net10.0</TargetFrameworks>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <DatasetNamespace>RecordsApp.Data</DatasetNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Dataset.Generators" Version="{LocalFeed.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(App, "Program.cs"), """
            using Dataset;
            using RecordsApp.Data;

            var renamed = Actors.JaneDoe with { Name = "J. Doe" };
            Console.WriteLine($"renamed equals original: {renamed == Actors.JaneDoe}");
            Console.WriteLine($"renamed back equals original: {(renamed with { Name = "Jane Doe" }) == Actors.JaneDoe}");
            Console.WriteLine($"property equals FindActor: {Actors.JaneDoe == Catalog.Instance.FindActor(new ActorId("jane-doe"))}");
            var copy = Statements.DoeProposesTalks with { SpeakerId = Actors.Ruritania.Id };
            Console.WriteLine($"copy navigates to: {copy.Speaker.Name}");
            // The evidence's suffix holds the article's line break; one record per output line.
            Console.WriteLine(Statements.DoeProposesTalks.ToString().Replace("\n", "\\n"));
            Console.WriteLine(Statements.RuritaniaRejectsTalks.ToString().Replace("\n", "\\n"));
            Console.WriteLine($"cycle navigates back: {ReferenceEquals(Statements.DoeProposesTalks.RespondsTo!.RespondsTo, Statements.DoeProposesTalks)}");
            var source = Actors.JaneDoe.Source;
            Console.WriteLine($"source: {source.Path} | {source.Line} | {source.Column}");
            Console.WriteLine($"statement source: {Statements.DoeProposesTalks.Source}");
            """);
        File.WriteAllText(
            Path.Combine(App, "annotations", AnnotationName + ".txt"),
            "Minister Jane Doe proposed talks with Ruritania. Ruritania rejected the talks at once.\n");
        File.WriteAllText(Path.Combine(
            App,
            "annotations",
            AnnotationName + ".yaml"), SampleAnnotation.Head(AnnotationName, "example-2024-03-04-exchange", "An exchange", "2024-03-04") + """
            statements:
              - id: doe-proposes-talks
                speaker: jane-doe
                act: request
                form: indirect
                said-on: undated
                evidence: proposed talks with Ruritania
                responds-to: ruritania-rejects-talks
              - id: ruritania-rejects-talks
                speaker: ruritania
                act: deny
                form: indirect
                said-on: undated
                evidence: Ruritania rejected the talks
                responds-to: doe-proposes-talks

            """);
    }
}
