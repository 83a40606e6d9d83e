using System.Text;
using Dataset.Cli.Cli;
using Dataset.Cli.Report;

namespace Dataset.Cli.Commands;

/// <summary>`dataset report`: writes the self-contained HTML page (default dataset-report.html; "-" for standard output).</summary>
internal static class ReportCommand
{
    public const string DefaultFile = "dataset-report.html";

    public static int Run(Arguments arguments, CliContext context)
    {
        if (arguments.HelpRequested)
        {
            return HelpCommand.Show("report", context);
        }

        var output = arguments.Option("output") ?? DefaultFile;
        var progress = context.Progress.Force(arguments.Flag("progress"));
        arguments.EnsureAllUsed("report", 0);

        var report = HtmlReport.Render(context.Catalog, context.Articles, progress);
        if (output == "-")
        {
            context.Output.Write(report.Html);
            return ExitCodes.Success;
        }

        var path = Path.GetFullPath(output);
        if (Directory.Exists(path))
        {
            throw new UsageException($"--output '{output}' is a folder; give the path of the HTML file to write, for example {Path.Combine(output, DefaultFile)}.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, report.Html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        context.Output.WriteLine($"wrote {path}: {report.Highlights} highlighted passage(s), {context.Catalog.Actors.Count} actor(s)");
        if (report.Missing > 0)
        {
            context.Error.WriteLine($"dataset: {report.Missing} passage(s) could not be highlighted: their article text is missing or changed since the build.");
        }

        return ExitCodes.Success;
    }
}
