using Dataset.Cli.Releases;
using Dataset.Annotations.Diagnostics;
using Dataset.Cli.Invocation;
using Dataset.Export.Parquet;

namespace Dataset.Cli.Commands;

/// <summary>`dataset export`: the dataset as JSON, JSON Lines, CSV, FollowTheMoney entities or Parquet, through Dataset.Export.</summary>
internal static class ExportCommand
{
    public static Command Create(CommonOptions common)
    {
        var format = new Option<ExportFormat>("--format", "-f")
        {
            Description = "The format",
            DefaultValueFactory = _ => ExportFormat.Json,
            CustomParser = result => ExportFormats.Parse(result.Tokens.Single().Value),
        };
        format.AcceptOnlyFromAmong(ExportFormats.Names);
        var tableNames = ExportTables.All.Select(t => t.Name()).ToArray();
        var kind = new Option<ExportTable?>("--kind")
        {
            Description = "The one CSV table to write",
            HelpName = string.Join("|", tableNames),
            CustomParser = result => ExportTables.FromName(result.Tokens.Single().Value),
        };
        kind.CompletionSources.Clear();
        kind.CompletionSources.Add(tableNames);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The file to write [default: standard output]; a folder for CSV without --kind (one file per kind) and for Parquet",
            HelpName = "PATH",
        };
        var since = new Option<string?>("--since")
        {
            Description = "Also write the delta from this earlier release (a folder, or REVISION:PATH of the git repository) beside the export, as JSON " +
                "Lines; needs --output",
            HelpName = "OLD",
        };
        var command = new Command(
            "export",
            "The dataset as JSON (default), JSON Lines, CSV, FollowTheMoney entities, Parquet files or W3C Web Annotations; with --output, a manifest beside " +
                "it.")
        {
            format, kind, output, since,
        };
        command.SetAction(
            result => Run(
                new ExportRequest(result.GetRequiredValue(format), result.GetValue(kind), result.GetValue(output), result.GetValue(since)),
                result,
                common));
        kind.Validators.Add(result =>
        {
            var typed = result.Tokens.Single().Value;
            if (ExportTables.FromName(typed) is null)
            {
                result.AddError($"Unknown kind '{typed}'; use one of {string.Join(", ", tableNames)}{Suggestions.DidYouMean(typed, tableNames)}.");
            }
        });
        return command;
    }

    private sealed record ExportRequest(ExportFormat Format, ExportTable? Kind, string? Output, string? Since);

    private static int Run(ExportRequest request, ParseResult result, CommonOptions common)
    {
        var (format, kind, output, since) = request;
        if (since is not null && output is null)
        {
            throw new UsageException("--since writes the delta beside the export: give --output.");
        }

        if (kind is not null && format != ExportFormat.Csv)
        {
            throw new UsageException("--kind applies to --format csv only.");
        }

        if (output is null && (format == ExportFormat.Parquet || (format == ExportFormat.Csv && kind is null)))
        {
            throw new UsageException(format == ExportFormat.Parquet
                ? "Parquet is one file per kind: give --output DIR."
                : "CSV is one table per kind: give --kind KIND, or --output DIR for one file per kind.");
        }

        var context = common.Context;
        var progress = common.ProgressFor(result);
        var corpus = common.Corpus(result);
        var catalog = corpus.Catalog;
        progress.Note("export", "reading the dataset");
        if (format == ExportFormat.Parquet || (format == ExportFormat.Csv && kind is null))
        {
            var files = format == ExportFormat.Parquet
                ? ParquetExporter.Write(catalog, output!, progress)
                : DatasetExporter.WriteCsvFiles(catalog, output!, progress);
            context.Output.WriteLine($"wrote {files.Count} {(format == ExportFormat.Parquet ? "Parquet" : "CSV")} files to {Path.GetFullPath(output!)}");
            ReleaseOutputs.Write(catalog, format.Name(), output!, folder: true, files, since, context, progress);
            return ExitCodes.Success;
        }

        Action<TextWriter> write = format switch
        {
            ExportFormat.Json => w => DatasetExporter.WriteJson(catalog, w),
            ExportFormat.Jsonl => w => DatasetExporter.WriteJsonLines(catalog, w),
            ExportFormat.Ftm => w => DatasetExporter.WriteFtm(catalog, w),
            ExportFormat.WebAnnotation => w => DatasetExporter.WriteWebAnnotation(catalog, corpus.Articles, w),
            _ => w => DatasetExporter.WriteCsv(catalog, w, kind!.Value),
        };
        if (output is null)
        {
            write(context.Output);
            return ExitCodes.Success;
        }

        output = ExportFileNames.Resolve(output, format, kind);
        progress.Note("export", $"writing {output}");
        DatasetExporter.WriteFile(output, write);
        context.Output.WriteLine($"wrote {Path.GetFullPath(output)}");
        ReleaseOutputs.Write(catalog, format.Name(), output, folder: false, [output], since, context, progress);
        return ExitCodes.Success;
    }
}
