using Dataset.Generators.Tests.Shards;
using Xunit.Abstractions;

namespace Dataset.Generators.Tests.Build;

/// <summary>
/// Three real projects joined by ProjectReference, built with <c>dotnet build</c> (so each sees the other's reference
/// assembly): an actors-only registry, a shard whose article uses its actors, and an app that reads both.
/// </summary>
[Trait("Category", "E2E")]
public class ShardBuildTests(ITestOutputHelper output)
{
    private const string Program = """
        namespace App;

        /// <summary>Reads the shard and the registry.</summary>
        public static class Program
        {
            /// <summary>Prints a shard sanction's imposer, which the registry declares, and a query over both.</summary>
            public static void Main()
            {
                var sanction = Shard.Data.Sanctions.UkSanctionsFirm;
                System.Console.WriteLine("Imposer: " + sanction.Imposer.Name);
                var all = App.Data.Catalog.Instance;
                System.Console.WriteLine("Statements by Russia: " + all.StatementsBy(Registry.Data.Actors.Russia).Count);
                System.Console.WriteLine("Actors: " + all.Actors.Count);
            }
        }
        """;

    [Fact]
    public void An_app_prints_a_shard_sanction_imposer_declared_in_the_registry_and_a_misspelt_registry_id_is_located()
    {
        using var projects = ConsumerProject.CreateProjects(new Dictionary<string, string>(RegistryAndShard())
        {
            [
                "App/App.csproj"] = ConsumerProject.ProjectFile(
                    "net10.0", "App.Data", """<ProjectReference Include="../Shard/Shard.csproj" />""", "<OutputType>Exe</OutputType>"),
            ["App/Program.cs"] = Program,
        });

        var (exitCode, log) = projects.Build("App/App.csproj");
        output.WriteLine(log);
        Assert.Equal(0, exitCode);
        Assert.DoesNotContain(": warning ", log, StringComparison.Ordinal);

        var (runExitCode, printed) = projects.Run("App/bin/Debug/net10.0/App.dll");
        Assert.Equal(0, runExitCode);
        Assert.Equal(["Imposer: United Kingdom", "Statements by Russia: 1", "Actors: 5"], printed.Trim().Split('\n').Select(l => l.TrimEnd('\r')));

        var article = Path.Combine(projects.Directory, "Shard", "annotations", "article.yaml");
        File.WriteAllText(article, Registry.ShardArticle.Replace("imposer: united-kingdom", "imposer: united-kingdon", StringComparison.Ordinal));
        var (failedExitCode, failedLog) = projects.Build("Shard/Shard.csproj");
        output.WriteLine(failedLog);
        Assert.NotEqual(0, failedExitCode);
        const string Expected = "article.yaml(27,14): error DS0010: Unknown actor 'united-kingdon'; declare it under actors: here or in the shared registry; " +
            "did you mean 'united-kingdom'?";
        Assert.Contains(Expected, failedLog, StringComparison.Ordinal);

        // The tool, without a build, knows the registry through the list the build wrote, and says the same.
        var validate = ProcessRunner.Run(
            "dotnet",
            ["exec", Path.Combine(AppContext.BaseDirectory, "Dataset.Cli.dll"), "validate"],
            TimeSpan.FromMinutes(2),
            Path.Combine(projects.Directory, "Shard"));
        output.WriteLine(validate.Output + validate.Error);
        Assert.Equal(1, validate.ExitCode);
        var buildLine = failedLog.Split('\n').Select(l => l.Trim()).First(l => l.Contains(Expected, StringComparison.Ordinal));
        // The compiler adds the help link and the project after the message; the rest is the same to the letter.
        Assert.Equal(
            [buildLine[buildLine.IndexOf(Expected, StringComparison.Ordinal)..buildLine.LastIndexOf(" (docs/diagnostics.md#", StringComparison.Ordinal)]],
            validate.Output.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).Select(l => l.Trim()[(l.Trim().LastIndexOf('/') + 1)..]));

        // A draft in the shard names the registry's actors by their ids rather than declaring them again.
        File.WriteAllText(article, Registry.ShardArticle);
        var annotations = Path.Combine(projects.Directory, "Shard", "annotations");
        File.WriteAllText(Path.Combine(annotations, "2022-10-23-example-denial.txt"), "Russia denied that it had received any drones from Iran.\n");
        var draft = ProcessRunner.Run(
            "dotnet",
            ["exec", Path.Combine(AppContext.BaseDirectory, "Dataset.Cli.dll"), "new", "--draft", Path.Combine(annotations, "2022-10-23-example-denial.txt")],
            TimeSpan.FromMinutes(2),
            Path.Combine(projects.Directory, "Shard"));
        Assert.True(draft.ExitCode == 0, draft.Output + draft.Error);
        var drafted = File.ReadAllText(Path.Combine(annotations, "2022-10-23-example-denial.yaml"));
        Assert.Contains("actors: []", drafted, StringComparison.Ordinal);
        Assert.Contains("    speaker: russia\n", drafted, StringComparison.Ordinal);
        var validateDraft = ProcessRunner.Run(
            "dotnet",
            ["exec", Path.Combine(AppContext.BaseDirectory, "Dataset.Cli.dll"), "validate"],
            TimeSpan.FromMinutes(2),
            Path.Combine(projects.Directory, "Shard"));
        Assert.True(validateDraft.ExitCode == 0, validateDraft.Output);
        Assert.Contains("0 error(s), 1 warning(s)", validateDraft.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Before_the_first_build_the_tool_does_not_know_a_referenced_registry()
    {
        using var projects = ConsumerProject.CreateProjects(RegistryAndShard());

        var validate = ProcessRunner.Run(
            "dotnet",
            ["exec", Path.Combine(AppContext.BaseDirectory, "Dataset.Cli.dll"), "validate"],
            TimeSpan.FromMinutes(2),
            Path.Combine(projects.Directory, "Shard"));

        Assert.Equal(1, validate.ExitCode);
        Assert.Contains("error DS0010: Unknown actor 'united-kingdom'", validate.Output, StringComparison.Ordinal);
    }

    /// <summary>An actors-only registry and a shard whose article uses its actors.</summary>
    private static Dictionary<string, string> RegistryAndShard() => new()
    {
        ["Registry/Registry.csproj"] = ConsumerProject.ProjectFile("net10.0", Registry.Namespace),
        ["Registry/annotations/actors.yaml"] = Registry.Actors,
        [
            "Shard/Shard.csproj"] = ConsumerProject.ProjectFile(
                "net10.0", Registry.ShardNamespace, """<ProjectReference Include="../Registry/Registry.csproj" />"""),
        ["Shard/annotations/article.yaml"] = Registry.ShardArticle,
        ["Shard/annotations/article.txt"] = Yaml.Article,
    };
}
