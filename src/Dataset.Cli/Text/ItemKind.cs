namespace Dataset.Cli.Text;

/// <summary>The four kinds of record, as the command line names them.</summary>
internal enum ItemKind
{
    Document,
    Actor,
    Statement,
    Sanction,
}

/// <summary>Parsing and naming <see cref="ItemKind"/> on the command line.</summary>
internal static class ItemKinds
{
    /// <summary>The plural names `list` takes, in the order the summary shows them.</summary>
    public static IReadOnlyList<string> Plurals { get; } = ["documents", "actors", "statements", "sanctions"];

    public static ItemKind? Parse(string word) => word.ToLowerInvariant() switch
    {
        "document" or "documents" => ItemKind.Document,
        "actor" or "actors" => ItemKind.Actor,
        "statement" or "statements" => ItemKind.Statement,
        "sanction" or "sanctions" => ItemKind.Sanction,
        _ => null,
    };

    public static string Singular(this ItemKind kind) => kind.ToString().ToLowerInvariant();
}
