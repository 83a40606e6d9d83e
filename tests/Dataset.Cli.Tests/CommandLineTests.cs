namespace Dataset.Cli.Tests;

/// <summary>The dispatcher: help, unknown commands and options, exit codes.</summary>
public class CommandLineTests
{
    private static readonly string[] Commands = ["summary", "list", "show", "validate", "new", "export", "report", "help"];

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_lists_every_command_and_the_exit_codes(string word)
    {
        var result = CliRun.Run(word);
        Assert.Equal(0, result.ExitCode);
        Assert.All(Commands, c => Assert.Contains(result.OutputLines, l => l.StartsWith($"  dataset {(c == "summary" ? "[summary]" : c)}", StringComparison.Ordinal)));
        Assert.Contains("Exit codes: 0 success", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("export", "--help")]
    [InlineData("help", "export")]
    public void Help_for_one_command_gives_its_usage(string first, string second)
    {
        var result = CliRun.Run(first, second);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("usage: dataset export [--format json|jsonl|csv|ftm]", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error_with_a_suggestion()
    {
        var result = CliRun.Run("lisst", "actors");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal("dataset: Unknown command 'lisst'. Did you mean 'list'?\nRun 'dataset help' for the commands and their options.\n", result.Error.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var result = CliRun.Run("export", "--formt", "csv");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'export' has no option --formt. Did you mean '--format'?", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_take_their_value_after_a_space_or_an_equals_sign()
    {
        var spaced = CliRun.Run("export", "--format", "jsonl");
        Assert.Equal(0, spaced.ExitCode);
        Assert.Equal(spaced.Output, CliRun.Run("export", "--format=jsonl").Output);
        Assert.NotEqual(spaced.Output, CliRun.Run("export").Output);
    }

    [Fact]
    public void Too_many_arguments_and_missing_values_are_usage_errors()
    {
        Assert.Equal(2, CliRun.Run("summary", "extra").ExitCode);
        Assert.Equal(2, CliRun.Run("show").ExitCode);
        var missing = CliRun.Run("export", "--format");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("Option --format needs a value.", missing.Error, StringComparison.Ordinal);
    }
}
