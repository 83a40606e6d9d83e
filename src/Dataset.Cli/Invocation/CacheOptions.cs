using Dataset.Annotations.Caching;

namespace Dataset.Cli.Invocation;

/// <summary>
/// `--cache-dir DIR` and `--no-cache`, for the commands that keep the analysis cache between runs (validate, lsp):
/// where it is kept, else the context's folder (DATASET_CACHE_DIR, else the user's cache folder).
/// </summary>
internal sealed class CacheOptions
{
    private readonly Option<string?> _folder = new("--cache-dir")
    {
        Description = $"Keep the analysis cache in this folder [default: ${CacheLocation.Variable}, else the user's cache folder]",
        HelpName = "DIR",
    };

    private readonly Option<bool> _off = new("--no-cache")
    {
        Description = "Neither read nor write the analysis cache: analyse every file",
    };

    /// <summary>Adds both options to a command.</summary>
    public static CacheOptions On(Command command)
    {
        var options = new CacheOptions();
        command.Options.Add(options._folder);
        command.Options.Add(options._off);
        return options;
    }

    public CacheLocation For(ParseResult result, CliContext context) =>
        result.GetValue(_off) ? CacheLocation.Off
        : result.GetValue(_folder) is { Length: > 0 } folder ? new CacheLocation(Path.GetFullPath(folder))
        : context.Cache;
}
