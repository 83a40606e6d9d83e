
namespace Dataset.Cli.Invocation;

/// <summary>The options every command takes, declared once on the root command (recursive), and what they give.</summary>
internal sealed class CommonOptions(CliContext context)
{
    public Option<string?> Annotations { get; } = new("--annotations", "-a")
    {
        Description = "The folder of annotations and article texts to describe [default: ./annotations when it exists, else the seed corpus the tool carries]",
        HelpName = "DIR",
        Recursive = true,
    };

    public Option<bool> Progress { get; } = new("--progress")
    {
        Description = "Show the steps of long work on standard error even when it is not a terminal",
        Recursive = true,
    };

    public CliContext Context => context;

    /// <summary>The dataset this command line asks for, read with progress as asked.</summary>
    public Corpus Corpus(ParseResult result) => CorpusLoader.Load(result.GetValue(Annotations), context, ProgressFor(result));

    public Progress ProgressFor(ParseResult result) => context.Progress.Force(result.GetValue(Progress));
}
