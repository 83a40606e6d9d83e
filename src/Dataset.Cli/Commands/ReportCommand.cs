using Dataset.Cli.Invocation;

namespace Dataset.Cli.Commands;

/// <summary>`dataset report`: writes the self-contained HTML page through Dataset.Export's <see cref="HtmlReport"/>.</summary>
internal static class ReportCommand
{
    public const string DefaultFile = "dataset-report.html";

    public static Command Create(CommonOptions common)
    {
        var output = new Option<string>("--output", "-o")
        {
            Description = "The HTML file to write; - for standard output",
            HelpName = "FILE",
            DefaultValueFactory = _ => DefaultFile,
        };
        var command = new Command(
            "report",
            "One self-contained HTML page: each article with its evidence highlighted and linked, the actors, and a graph of who said what to whom and who " +
                "sanctions whom.")
        {
            output,
        };
        command.SetAction(result => Run(result.GetRequiredValue(output), result, common));
        return command;
    }

    private static int Run(string output, ParseResult result, CommonOptions common)
    {
        var context = common.Context;
        var path = Path.GetFullPath(output);
        if (output != "-" && Directory.Exists(path))
        {
            throw new UsageException(
                $"--output '{output}' is a folder; give the path of the HTML file to write, for example {Path.Combine(output, DefaultFile)}.");
        }

        var corpus = common.Corpus(result);
        var progress = common.ProgressFor(result);
        if (output == "-")
        {
            context.Output.Write(HtmlReport.Render(corpus.Catalog, corpus.Articles, progress).Html);
            return ExitCodes.Success;
        }

        var report = HtmlReport.Write(corpus.Catalog, corpus.Articles, path, progress);
        context.Output.WriteLine($"wrote {path}: {report.Highlights} highlighted passage(s), {corpus.Catalog.Actors.Count} actor(s)");
        if (report.Missing > 0)
        {
            context.Error.WriteLine(
                $"dataset: {report.Missing} passage(s) could not be highlighted: their article text is missing or changed since the build.");
        }

        return ExitCodes.Success;
    }
}
