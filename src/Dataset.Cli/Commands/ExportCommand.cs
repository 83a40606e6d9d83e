using Dataset.Cli.Invocation;
using Dataset.Export.Parquet;

namespace Dataset.Cli.Commands;

/// <summary>`dataset export`: the dataset as JSON, JSON Lines, CSV, FollowTheMoney entities or Parquet, through Dataset.Export.</summary>
internal static class ExportCommand
{
    private static readonly string[] Formats = ["json", "jsonl", "csv", "ftm", "parquet"];

    public static Command Create(CommonOptions common)
    {
        var format = new Option<string>("--format", "-f") { Description = "The format", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong(Formats);
        var kind = new Option<string?>("--kind") { Description = "The one CSV table to write", HelpName = string.Join("|", DatasetExporter.CsvKinds) };
        kind.CompletionSources.Add(DatasetExporter.CsvKinds.ToArray());
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The file to write [default: standard output]; a folder for CSV without --kind (one file per kind) and for Parquet",
            HelpName = "PATH",
        };
        var command = new Command("export", "The dataset as JSON (default), JSON Lines, CSV, FollowTheMoney entities or Parquet files.") { format, kind, output };
        command.SetAction(result => Run(new ExportRequest(result.GetRequiredValue(format), result.GetValue(kind), result.GetValue(output)), result, common));
        return command;
    }

    private sealed record ExportRequest(string Format, string? Kind, string? Output);

    private static int Run(ExportRequest request, ParseResult result, CommonOptions common)
    {
        var (format, kind, output) = request;
        if (kind is not null && (format != "csv" || !DatasetExporter.CsvKinds.Contains(kind)))
        {
            throw new UsageException(format != "csv"
                ? "--kind applies to --format csv only."
                : $"Unknown kind '{kind}'; use one of {string.Join(", ", DatasetExporter.CsvKinds)}.{Suggest.DidYouMean(kind, DatasetExporter.CsvKinds)}");
        }

        if (output is null && (format == "parquet" || (format == "csv" && kind is null)))
        {
            throw new UsageException(format == "parquet"
                ? "Parquet is one file per kind: give --output DIR."
                : "CSV is one table per kind: give --kind KIND, or --output DIR for one file per kind.");
        }

        var context = common.Context;
        var progress = common.ProgressFor(result);
        var catalog = common.Corpus(result).Catalog;
        progress.Note("export", "reading the dataset");
        if (format == "parquet" || (format == "csv" && kind is null))
        {
            var files = format == "parquet" ? ParquetExporter.Write(catalog, output!, progress) : DatasetExporter.WriteCsvFiles(catalog, output!, progress);
            context.Output.WriteLine($"wrote {files.Count} {(format == "parquet" ? "Parquet" : "CSV")} files to {Path.GetFullPath(output!)}");
            return ExitCodes.Success;
        }

        Action<TextWriter> write = format switch
        {
            "json" => w => DatasetExporter.WriteJson(catalog, w),
            "jsonl" => w => DatasetExporter.WriteJsonLines(catalog, w),
            "ftm" => w => DatasetExporter.WriteFtm(catalog, w),
            _ => w => DatasetExporter.WriteCsv(catalog, w, kind!),
        };
        if (output is null)
        {
            write(context.Output);
            return ExitCodes.Success;
        }

        progress.Note("export", $"writing {output}");
        DatasetExporter.WriteFile(output, write);
        context.Output.WriteLine($"wrote {Path.GetFullPath(output)}");
        return ExitCodes.Success;
    }
}
