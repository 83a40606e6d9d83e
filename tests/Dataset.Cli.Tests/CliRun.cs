using Dataset.Cli.Invocation;
using Dataset.Export;

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
        var exitCode = CommandLine.Run(args, Context(output, error));
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The seed corpus as the tool carries it: the compiled records and the article texts embedded beside them.</summary>
    public static Corpus Seeds { get; } = new(Dataset.Seeds.Catalog.Instance, ArticleTexts.FromAssembly(typeof(Dataset.Seeds.Catalog).Assembly));

    public static CliContext Context(TextWriter output, TextWriter error) =>
        new(Seeds, output, error, new Progress(error, enabled: false)) { Cache = new Annotations.Caching.CacheLocation(TestCache.Folder) };
}
