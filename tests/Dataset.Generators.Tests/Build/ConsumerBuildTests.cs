using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Dataset.Generators.Tests.Build;

/// <summary>Real <c>dotnet build</c>s of a consumer project: what a person sees on the command line.</summary>
[Trait("Category", "E2E")]
public partial class ConsumerBuildTests(ITestOutputHelper output)
{
    private const string App = """
        namespace Consumer;

        /// <summary>Uses the dataset.</summary>
        public static class App
        {
            /// <summary>A name from the dataset.</summary>
            public static string Name => Consumer.Data.Actors.Russia.Name;
        }
        """;

    [Fact]
    public void Five_mistakes_in_two_files_are_five_located_errors_and_nothing_else()
    {
        const string A = """
            document:
              id: article-a
              title: Article A
              publisher: Dawn
              published: 2022-10-22
              text: a.txt
              editor: Someone
            statements:
              - id: kirby-vows
                speaker: john-kirbi
                act: pledge
                form: direct
                said-on: 2022-10-20
                evidence: expose, deter and defeat
              - id: russia-denies
                speaker: russia
                audience: [john-kirby]
                act: deny
                form: indirect
                said-on: 2022-10-21
                evidence: Russia denied it
            """;
        const string B = """
            actors:
              - id: john-kirby
                name: John Kirby
                kind: persn
              - id: russia
                name: Russia
                kind: state
              - id: Iran
                name: Iran
                kind: state
            """;
        using var project = ConsumerProject.Create("net10.0", new Dictionary<string, string>
        {
            ["App.cs"] = App,
            ["annotations/a.yaml"] = A,
            ["annotations/a.txt"] = "Kirby said the United States would expose, deter and confront the supply of weapons.\nRussia denied it.\n",
            ["annotations/b.yaml"] = B,
        });

        var (exitCode, text) = project.Build();
        output.WriteLine(text);

        var a = Path.Combine(project.Directory, "annotations", "a.yaml");
        var b = Path.Combine(project.Directory, "annotations", "b.yaml");
        string[] expected =
        [
            $"{a}(7,3): error DS0002: Unknown field 'editor' in document; expected one of: id, title, publisher, wire, published, dateline, text, url, " +
                "retrieved, language (docs/diagnostics.md#ds0002)",
            $"{a}(10,14): error DS0010: Unknown actor 'john-kirbi'; declare it under actors: here or in the shared registry; did you mean 'john-kirby'? " +
                "(docs/diagnostics.md#ds0010)",
            $"{a}(14,15): error DS0013: Evidence does not occur in the article text 'a.txt'; copy the passage verbatim from the article " +
                "(docs/diagnostics.md#ds0013)",
            $"{b}(4,11): error DS0005: 'persn' is not a valid kind; expected one of: person, state, organization, government-body, group; did you mean " +
                "'person'? (docs/diagnostics.md#ds0005)",
            $"{b}(8,9): error DS0007: 'Iran' is not a valid id; use lowercase kebab-case that starts with a letter, for example lloyd-austin " +
                "(docs/diagnostics.md#ds0007)",
        ];
        // The compiler prints each diagnostic's help link after the message; MSBuild repeats errors in its summary.
        Assert.NotEqual(0, exitCode);
        Assert.Equal(expected.Order(StringComparer.Ordinal), Problems(text).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Generated_code_builds_warning_free_on_net8_and_net10_with_warnings_as_errors()
    {
        // The annotation is also listed by hand, as people do next to the glob of the build targets; the build passes the
        // file to the compiler once, so the generator sees it once.
        using var project = ConsumerProject.Create("net8.0;net10.0", new Dictionary<string, string>
        {
            ["App.cs"] = App,
            ["annotations/article.yaml"] = Yaml.Valid,
            ["annotations/article.txt"] = Yaml.Article,
        }, extraItems: "<AdditionalFiles Include=\"annotations/article.yaml\" />");

        var (exitCode, text) = project.Build();
        output.WriteLine(text);

        Assert.True(exitCode == 0, text);
        Assert.Empty(Problems(text));
        Assert.True(File.Exists(Path.Combine(project.Directory, "bin", "Debug", "net8.0", "Consumer.dll")), text);
        Assert.True(File.Exists(Path.Combine(project.Directory, "bin", "Debug", "net10.0", "Consumer.dll")), text);
    }

    /// <summary>Every error or warning line of the build, in the compiler's format, without MSBuild's project suffix.</summary>
    private static IEnumerable<string> Problems(string buildOutput) => buildOutput
        .Split('\n')
        .Select(l => l.TrimEnd('\r').Trim())
        .Where(l => ProblemLine().IsMatch(l))
        .Select(l => ProjectSuffix().Replace(l, string.Empty));

    [GeneratedRegex(@"(^|: )(error|warning) [A-Z]+[0-9]+:")]
    private static partial Regex ProblemLine();

    [GeneratedRegex(@" \[[^\]]*\.csproj(::TargetFramework=[^\]]*)?\]$")]
    private static partial Regex ProjectSuffix();
}
