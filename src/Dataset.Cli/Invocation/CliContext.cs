using Dataset.Annotations.Caching;

namespace Dataset.Cli.Invocation;

/// <summary>What a command works on and writes to; tests give their own.</summary>
/// <param name="Carried">The dataset the tool carries (the seeds), described when no folder is given or found.</param>
/// <param name="Output">Results.</param>
/// <param name="Error">Problems and progress.</param>
/// <param name="Progress">Reports the steps of long work.</param>
internal sealed record CliContext(Corpus Carried, TextWriter Output, TextWriter Error, Progress Progress)
{
    /// <summary>Where `validate` and `lsp` keep the analysis cache unless an option says otherwise.</summary>
    public CacheLocation Cache { get; init; } = CacheLocation.Default;
}
