using Dataset.Annotations.Pipeline;
using Microsoft.CodeAnalysis;

namespace Dataset.Generators.Tests.Drafting;

/// <summary>
/// `dataset new --draft` on the seed article in an empty folder, as a new user runs it: the draft validates, every
/// entry is marked, the build warns once per drafted entry, and once a person removes the marks nothing warns.
/// </summary>
public sealed class SeedDraftBuildTests : IDisposable
{
    private const string Article = "2022-10-22-dawn-us-urges-russia-to-keep-lines-open";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dataset-draft-" + Guid.NewGuid().ToString("N"));

    public SeedDraftBuildTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void The_drafted_seed_article_validates_warns_once_per_entry_and_not_at_all_once_reviewed()
    {
        var article = Path.Combine(_folder, Article + ".txt");
        File.Copy(Path.Combine(RepositoryPaths.Root, "seeds", Article + ".txt"), article);

        var draft = Tool("new", "--draft", article);
        Assert.True(draft.ExitCode == 0, draft.Output + draft.Error);
        var yaml = File.ReadAllText(Path.Combine(_folder, Article + ".yaml"));
        var text = File.ReadAllText(article);

        var file = Assert.Single(new FolderRun([new(Path.Combine(_folder, Article + ".yaml"), yaml), new(article, text)]).Annotations);
        var entries = file.Actors.Count + file.Statements.Count + file.Sanctions.Count;
        Assert.True(file.Statements.Count >= 20, $"The seed article gives statements to draft ({file.Statements.Count}).");
        Assert.True(file.Sanctions.Count >= 1, "The seed article reports a sanction.");
        Assert.Equal(entries, CountOf(yaml, "\n    draft: true\n"));

        var validate = Tool("validate", _folder);
        Assert.True(validate.ExitCode == 0, validate.Output + validate.Error);
        Assert.Contains($"0 error(s), {entries} warning(s)", validate.Output, StringComparison.Ordinal);

        var build = Build(yaml, text);
        // By default severity: the test compilation, like this repository's builds, treats warnings as errors.
        Assert.Empty(build.Diagnostics.Where(d => d.DefaultSeverity == DiagnosticSeverity.Error));
        var warnings = build.Diagnostics.Where(d => d.DefaultSeverity == DiagnosticSeverity.Warning).ToList();
        Assert.All(warnings, w => Assert.Equal("DS0032", w.Id));
        Assert.Equal(entries, warnings.Count);
        Assert.Equal(entries, warnings.Select(w => w.Location.GetLineSpan().StartLinePosition.Line).Distinct().Count());
        Assert.Empty(build.CompilationProblems);

        var reviewed = yaml.Replace("    draft: true\n", string.Empty, StringComparison.Ordinal);
        var after = Build(reviewed, text);
        Assert.Empty(after.Diagnostics.Where(d => d.DefaultSeverity >= DiagnosticSeverity.Warning));
        Assert.Empty(after.CompilationProblems);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static GeneratorRun Build(string yaml, string text) =>
        GeneratorHarness.Run(("annotations/" + Article + ".yaml", yaml), ("annotations/" + Article + ".txt", text));

    private ProcessResult Tool(params string[] arguments) =>
        ProcessRunner.Run("dotnet", ["exec", Path.Combine(AppContext.BaseDirectory, "Dataset.Cli.dll"), .. arguments], TimeSpan.FromMinutes(2), _folder);

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
