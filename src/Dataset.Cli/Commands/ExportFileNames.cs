namespace Dataset.Cli.Commands;

/// <summary>
/// The file a one-file export writes when <c>--output</c> names a folder (one that exists, or a path ending in a
/// separator): the export goes inside it under the format's usual name, as <c>cp FILE DIR/</c> would, instead of
/// failing to open the folder as a file.
/// </summary>
internal static class ExportFileNames
{
    public static string Resolve(string output, ExportFormat format, ExportTable? kind)
    {
        var namesFolder = Directory.Exists(output)
            || output.EndsWith(Path.DirectorySeparatorChar)
            || output.EndsWith(Path.AltDirectorySeparatorChar);
        return namesFolder ? Path.Combine(output, DefaultName(format, kind)) : output;
    }

    public static string DefaultName(ExportFormat format, ExportTable? kind) => format switch
    {
        ExportFormat.Json => "dataset.json",
        ExportFormat.Jsonl => "dataset.jsonl",
        ExportFormat.Ftm => "dataset.ftm.json",
        ExportFormat.WebAnnotation => "dataset.jsonld",
        ExportFormat.Csv when kind is { } table => table.Name() + ".csv",
        _ => "dataset." + format.Name(),
    };
}
