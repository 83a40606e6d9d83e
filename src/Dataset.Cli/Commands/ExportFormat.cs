namespace Dataset.Cli.Commands;

/// <summary>What `dataset export --format` writes.</summary>
internal enum ExportFormat
{
    Json,
    Jsonl,
    Csv,
    Ftm,
    Parquet,
    WebAnnotation,
}

/// <summary>The formats as the command line spells them.</summary>
internal static class ExportFormats
{
    public static readonly string[] Names = ["json", "jsonl", "csv", "ftm", "parquet", "webannotation"];

    public static string Name(this ExportFormat format) => Names[(int)format];

    /// <summary>The format of a name from <see cref="Names"/>; the command line accepts no other.</summary>
    public static ExportFormat Parse(string name) => (ExportFormat)Array.IndexOf(Names, name);
}
