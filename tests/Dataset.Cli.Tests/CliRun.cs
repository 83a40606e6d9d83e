using Dataset.Cli;
using Dataset.Cli.Cli;

namespace Dataset.Cli.Tests;

/// <summary>What one run of the tool printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}

/// <summary>Runs the tool in-process over the compiled seed dataset, capturing both streams.</summary>
internal static class CliRun
{
    public static CliResult Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(Seeds.Catalog.Instance, ArticleTexts.Embedded, output, error, new Progress(error, enabled: false));
        var exitCode = CommandLine.Run(args, context);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
