namespace Dataset.Cli.Tests;

/// <summary>The tool as a real process: the entry point, exit codes and the split between output and error streams.</summary>
public class ProcessTests
{
    private static ProcessResult Dataset(string workingFolder, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Dataset.Cli.dll");
        return ProcessRunner.Run("dotnet", ["exec", dll, .. args], TimeSpan.FromMinutes(2), workingFolder);
    }

    [Fact]
    public void Report_with_no_options_writes_dataset_report_html_in_the_current_folder()
    {
        using var folder = new TempFolder();
        var result = Dataset(folder.Path, "report");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"wrote {folder.File("dataset-report.html")}: ", result.Output, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(folder.File("dataset-report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_id_exits_with_1_and_explains_on_standard_error()
    {
        using var folder = new TempFolder();
        var result = Dataset(folder.Path, "show", "nobody-at-all");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains("has the id 'nobody-at-all'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void No_arguments_print_the_summary_and_exit_0()
    {
        using var folder = new TempFolder();
        var result = Dataset(folder.Path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(CliRun.Run().Output, result.Output);
    }

    [Fact]
    public void Help_and_version_name_the_dataset_command()
    {
        using var folder = new TempFolder();
        var help = Dataset(folder.Path, "export", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("  dataset export [options]", help.Output, StringComparison.Ordinal);
        var version = Dataset(folder.Path, "--version");
        Assert.Equal(0, version.ExitCode);
        Assert.StartsWith("0.1.0", version.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tool_caps_the_collectors_young_generation_whatever_cache_the_processor_reports()
    {
        // Without the cap the young generation is sized from the last-level cache: 200 MB of garbage on a 260 MB L3.
        var config = Path.Combine(AppContext.BaseDirectory, "Dataset.Cli.runtimeconfig.json");
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(config));
        var budget = json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").GetProperty("System.GC.Gen0MaxBudget");
        Assert.Equal(32 * 1024 * 1024, budget.GetInt64());
    }
}
