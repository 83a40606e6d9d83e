using System.Text;
using Dataset.Cli.Cli;
using Dataset.Cli.Export;

namespace Dataset.Cli.Commands;

/// <summary>`dataset export`: the dataset as JSON, JSON Lines, CSV or FollowTheMoney entities.</summary>
internal static class ExportCommand
{
    private static readonly string[] Formats = ["json", "jsonl", "csv", "ftm"];

    public static int Run(Arguments arguments, CliContext context)
    {
        if (arguments.HelpRequested)
        {
            return HelpCommand.Show("export", context);
        }

        var format = arguments.Option("format") ?? "json";
        var kind = arguments.Option("kind");
        var output = arguments.Option("output");
        var progress = context.Progress.Force(arguments.Flag("progress"));
        arguments.EnsureAllUsed("export", 0);
        if (!Formats.Contains(format))
        {
            throw new UsageException($"Unknown format '{format}'; use one of {string.Join(", ", Formats)}.{Suggest.DidYouMean(format, Formats)}");
        }

        if (kind is not null && (format != "csv" || !CsvExporter.Kinds.Contains(kind)))
        {
            throw new UsageException(format != "csv"
                ? "--kind applies to --format csv only."
                : $"Unknown kind '{kind}'; use one of {string.Join(", ", CsvExporter.Kinds)}.{Suggest.DidYouMean(kind, CsvExporter.Kinds)}");
        }

        progress.Note("export", "reading the dataset");
        var export = DatasetExport.From(context.Catalog);
        if (format == "csv" && kind is null)
        {
            if (output is null)
            {
                throw new UsageException("CSV is one table per kind: give --kind KIND, or --output DIR for one file per kind.");
            }

            Directory.CreateDirectory(output);
            for (var i = 0; i < CsvExporter.Kinds.Count; i++)
            {
                var file = Path.Combine(output, CsvExporter.Kinds[i] + ".csv");
                progress.Step("export", i + 1, CsvExporter.Kinds.Count, file);
                WriteFile(file, w => CsvExporter.Write(w, export, CsvExporter.Kinds[i]));
            }

            context.Output.WriteLine($"wrote {CsvExporter.Kinds.Count} CSV files to {Path.GetFullPath(output)}");
            return ExitCodes.Success;
        }

        Action<TextWriter> write = format switch
        {
            "json" => w => JsonExporter.Write(w, export),
            "jsonl" => w => JsonLinesExporter.Write(w, export.All()),
            "ftm" => w => FtmExporter.Write(w, export),
            _ => w => CsvExporter.Write(w, export, kind!),
        };
        if (output is null)
        {
            write(context.Output);
        }
        else
        {
            progress.Note("export", $"writing {output}");
            WriteFile(output, write);
            context.Output.WriteLine($"wrote {Path.GetFullPath(output)}");
        }

        return ExitCodes.Success;
    }

    private static void WriteFile(string path, Action<TextWriter> write)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        write(writer);
    }
}
