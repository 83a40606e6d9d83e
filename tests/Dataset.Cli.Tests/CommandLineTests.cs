namespace Dataset.Cli.Tests;

/// <summary>The command line on System.CommandLine: help, version, suggestions, response files, exit codes.</summary>
public class CommandLineTests
{
    /// <summary>Every command of the tool, in the order help lists them.</summary>
    private static readonly string[] Commands =
        [
            "summary", "list", "show", "validate", "coverage", "links", "agree", "adjudicate", "actors", "new", "export", "diff", "import", "report", "lsp",
            "help"];

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_lists_every_command_the_common_options_and_the_exit_codes(string word)
    {
        var result = CliRun.Run(word);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.OutputLines);
        var listed = result.OutputLines.SkipWhile(l => l != "Commands:").Skip(1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal));
        Assert.Equal(Commands, listed.Select(l => l.TrimStart().Split(' ')[0]));
        var options = result.OutputLines.SkipWhile(l => l != "Options:").Skip(1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["-a, --annotations <DIR>", "--progress", "-?, -h, --help", "--version"], options.Select(l => l.TrimStart().Split("  ")[0]));
        Assert.Contains("Exit codes: 0 success", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("export", "--help")]
    [InlineData("help", "export")]
    public void Help_for_one_command_gives_its_usage_and_options(string first, string second)
    {
        var result = CliRun.Run(first, second);
        Assert.Equal(0, result.ExitCode);
        // In a test the root command takes the test host's name; the tool's own is checked in ProcessTests.
        Assert.Contains(result.OutputLines, l => l.EndsWith(" export [options]", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, l => l.StartsWith("  -f, --format <csv|ftm|json|jsonl|parquet|webannotation>", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, l => l.StartsWith("  -a, --annotations <DIR>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("exprot", "export")]
    [InlineData("lisst", "list")]
    public void An_unknown_command_is_a_usage_error_with_a_suggestion_on_standard_error(string typed, string meant)
    {
        var result = CliRun.Run(typed, "documents");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        var lines = result.Error.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        Assert.Contains($"Unrecognized command or argument '{typed}'.", lines);
        Assert.Contains($"'{typed}' was not matched. Did you mean one of the following?", lines);
        Assert.Contains(meant, lines);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_with_a_suggestion()
    {
        var result = CliRun.Run("export", "--formt", "csv");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains("'--formt' was not matched. Did you mean one of the following?", result.Error, StringComparison.Ordinal);
        Assert.Contains("--format", result.Error.Split('\n').Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void Options_take_their_value_after_a_space_a_colon_or_an_equals_sign()
    {
        var spaced = CliRun.Run("export", "--format", "jsonl");
        Assert.Equal(0, spaced.ExitCode);
        Assert.Equal(spaced.Output, CliRun.Run("export", "--format=jsonl").Output);
        Assert.Equal(spaced.Output, CliRun.Run("export", "-f:jsonl").Output);
        Assert.NotEqual(spaced.Output, CliRun.Run("export").Output);
    }

    [Fact]
    public void A_response_file_gives_the_arguments()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("export.rsp"), "export\n--format jsonl\n");
        var result = CliRun.Run("@" + folder.File("export.rsp"));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(CliRun.Run("export", "--format", "jsonl").Output, result.Output);
    }

    [Fact]
    public void Completions_suggest_the_commands_that_start_with_what_was_typed()
    {
        var result = CliRun.Run("[suggest:3]", "exp");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("export", result.OutputLines);
        Assert.DoesNotContain("list", result.OutputLines);
    }

    [Fact]
    public void Too_many_arguments_and_missing_values_are_usage_errors()
    {
        Assert.Equal(2, CliRun.Run("summary", "extra").ExitCode);
        Assert.Equal(2, CliRun.Run("show").ExitCode);
        var missing = CliRun.Run("export", "--format");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("Required argument missing for option: '--format'.", missing.Error, StringComparison.Ordinal);
    }
}
