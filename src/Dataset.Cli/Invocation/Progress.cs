
namespace Dataset.Cli.Invocation;

/// <summary>
/// Shows the steps of long work on the error stream, so that results on the output stream stay clean. Shown on a
/// terminal (standard error not redirected) or when asked for with <c>--progress</c>; silent otherwise.
/// </summary>
internal sealed class Progress(TextWriter writer, bool enabled) : IProgress<ExportStep>
{
    public static Progress Silent { get; } = new(TextWriter.Null, false);

    public bool Enabled { get; } = enabled;

    public static Progress ForConsole(TextWriter error) => new(error, !Console.IsErrorRedirected);

    /// <summary>Turns progress on for this run when the command line asks for it.</summary>
    public Progress Force(bool on) => on && !Enabled ? new Progress(writer, true) : this;

    /// <summary>
    /// One step of <paramref name="total"/>, for example "validate: 3/12 seeds/a.yaml". Of many steps only about
    /// twenty are shown, and always the last, so that a large folder does not flood the terminal.
    /// </summary>
    public void Step(string task, int done, int total, string what)
    {
        if (Enabled && (total <= 40 || done == total || done % (total / 20) == 0))
        {
            writer.WriteLine($"{task}: {done}/{total} {what}");
        }
    }

    public void Note(string task, string message)
    {
        if (Enabled)
        {
            writer.WriteLine($"{task}: {message}");
        }
    }

    /// <summary>A step reported by the export library.</summary>
    public void Report(ExportStep value) => Step(value.Task, value.Done, value.Total, value.Item);
}
