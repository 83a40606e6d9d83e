using System.Text.RegularExpressions;

namespace Dataset.Cli.Tests;

/// <summary>Every command on a folder of annotations that is not the seeds: --annotations, -a, and ./annotations.</summary>
public class FolderCorpusTests
{
    [Fact]
    public void List_long_gives_each_declaration_as_a_path_the_terminal_opens_from_the_current_folder()
    {
        using var folder = new TempFolder();
        var annotations = NewArticleCorpus.Write(folder.Path);

        var list = CliRun.Run("list", "statements", "--long", "-a", annotations);

        Assert.Equal(0, list.ExitCode);
        Assert.Equal(NewArticleCorpus.StatementIds.Length, list.OutputLines.Length);
        foreach (var line in list.OutputLines)
        {
            var place = Regex.Match(line, @"^(.+):(\d+):(\d+)  (\S+)  ");
            Assert.True(place.Success, line);
            var yaml = File.ReadAllLines(Path.GetFullPath(place.Groups[1].Value, Environment.CurrentDirectory));
            var declaration = yaml[int.Parse(place.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) - 1];
            Assert.Equal(
                place.Groups[4].Value,
                declaration[(int.Parse(place.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) - 1)..].Trim());
        }
    }

    [Fact]
    public void Summary_list_and_show_describe_the_folder_and_nothing_else()
    {
        using var folder = new TempFolder();
        var annotations = NewArticleCorpus.Write(folder.Path);

        var summary = CliRun.Run("summary", "--annotations", annotations);
        Assert.Equal(0, summary.ExitCode);
        Assert.Equal(
            $"Dataset: 1 document, {NewArticleCorpus.Actors} actors, {NewArticleCorpus.Statements} statements, {NewArticleCorpus.Sanctions} sanction",
            summary.OutputLines[0]);
        Assert.DoesNotContain("lloyd-austin", summary.Output, StringComparison.Ordinal);
        Assert.Equal("", summary.Error);

        var list = CliRun.Run("list", "statements", "-a", annotations);
        Assert.Equal(0, list.ExitCode);
        Assert.Equal(NewArticleCorpus.StatementIdsInReadingOrder, list.OutputLines.Select(l => l.Split("  ")[0]));

        var show = CliRun.Run("-a", annotations, "show", "roe-welcomes-talks");
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("John Roe", show.Output, StringComparison.Ordinal);
        Assert.Equal(1, CliRun.Run("show", "lloyd-austin", "-a", annotations).ExitCode);
    }

    [Fact]
    public void Exports_of_the_folder_hold_its_records_only()
    {
        using var folder = new TempFolder();
        var annotations = NewArticleCorpus.Write(folder.Path);

        var json = CliRun.Run("export", "-a", annotations);
        Assert.Equal(0, json.ExitCode);
        var read = Dataset.Export.JsonExporter.Read(json.Output);
        Assert.Equal(NewArticleCorpus.StatementIds, read.Statements.Select(s => s.Id));
        Assert.Equal(NewArticleCorpus.DocumentId, Assert.Single(read.Documents).Id);
        Assert.All(read.Statements, s => Assert.InRange(s.Evidence.Start, 0, int.MaxValue));
    }

    [Fact]
    public void Without_the_option_an_annotations_folder_in_the_current_folder_is_read()
    {
        using var folder = new TempFolder();
        NewArticleCorpus.Write(folder.Path);
        var dll = Path.Combine(AppContext.BaseDirectory, "Dataset.Cli.dll");
        var result = ProcessRunner.Run("dotnet", ["exec", dll, "list", "statements"], TimeSpan.FromMinutes(2), folder.Path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(NewArticleCorpus.Statements, result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("summary")]
    [InlineData("list", "actors")]
    [InlineData("show", "jane-doe")]
    [InlineData("export", "--format", "jsonl")]
    [InlineData("report", "--output", "-")]
    public void A_folder_with_an_error_prints_the_located_diagnostic_and_exits_1_writing_nothing(params string[] command)
    {
        using var folder = new TempFolder();
        var annotations = NewArticleCorpus.Write(folder.Path);
        var (path, line, column) = NewArticleCorpus.MisspellSpeaker(annotations);

        var result = CliRun.Run([.. command, "-a", annotations]);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Matches(
            new Regex(
                "^" + Regex.Escape($"{path}({line},{column}): error DS0010: Unknown actor 'jon-roe'") + ".*did you mean 'john-roe'",
                RegexOptions.Multiline),
            result.Error);
    }

    [Fact]
    public void A_missing_folder_is_a_usage_error()
    {
        using var folder = new TempFolder();
        var result = CliRun.Run("summary", "-a", folder.File("nowhere"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--annotations: no folder", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_folder_read_at_run_time_gives_the_records_the_build_compiled()
    {
        var folder = CliRun.Run("export", "--format", "jsonl", "-a", RepositoryPaths.Seeds);
        Assert.Equal(0, folder.ExitCode);
        Assert.Equal("", folder.Error);
        // The build names each annotation relative to the seeds' project, the tool a folder's relative to the current
        // folder: the same files, named from two places.
        var project = Path.Combine(RepositoryPaths.Root, "src", "Dataset.Seeds");
        var built = Read(CliRun.Run("export", "--format", "jsonl").Output, project);
        var read = Read(folder.Output, Environment.CurrentDirectory);
        Assert.All(
            read.Where(r => r is not Dataset.Export.EventExportRecord),
            r => Assert.StartsWith(RepositoryPaths.Seeds, r.SourceFile, StringComparison.Ordinal));
        Assert.Equivalent(built, read, strict: true);
        Assert.Equal(CliRun.Run("summary").Output, CliRun.Run("summary", "-a", RepositoryPaths.Seeds).Output);
    }

    private static List<Dataset.Export.ExportRecord> Read(string jsonLines, string pathsFrom) =>
        Dataset.Export.JsonLinesExporter.Read(new StringReader(jsonLines))
            .Select(r => r.SourceFile is null ? r : r with { SourceFile = Path.GetFullPath(r.SourceFile, pathsFrom) })
            .ToList();

    [Fact]
    public void Reading_a_folder_shows_its_steps_on_standard_error_when_asked()
    {
        using var folder = new TempFolder();
        var annotations = NewArticleCorpus.Write(folder.Path);
        var result = CliRun.Run("list", "actors", "-a", annotations, "--progress");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"read: 2/2 {Path.Combine(annotations, NewArticleCorpus.Name + ".yaml")}", result.Error, StringComparison.Ordinal);
        Assert.Contains("read: 1 annotation file(s)", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("read:", result.Output, StringComparison.Ordinal);
    }
}
