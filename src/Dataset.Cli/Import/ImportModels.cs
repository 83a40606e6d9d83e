namespace Dataset.Cli.Import;

/// <summary>
/// A labelled span of an imported article, already located in the article text as the tool saves it:
/// <see cref="Start"/> and <see cref="End"/> are UTF-16 indices into <see cref="ImportedArticle.Text"/>, and
/// <see cref="Text"/> is the text there. A span that is several fragments (brat's <c>;</c>) keeps them all.
/// </summary>
internal sealed record ImportedSpan(string Key, string Label, int Start, int End, string Text, string Where)
{
    /// <summary>More than one fragment: a name may be joined from them, evidence cannot.</summary>
    public bool Discontinuous { get; init; }
}

/// <summary>A labelled link between two spans (brat R and E lines, Label Studio relations, INCEpTION relation layers).</summary>
internal sealed record ImportedRelation(string Label, string From, string To, string Where);

/// <summary>What a source says about the article beyond its text, where it says it.</summary>
internal sealed record ImportedMeta(string? Title = null, string? Publisher = null, string? Published = null, string? Url = null, string? Retrieved = null);

/// <summary>
/// One article read from another tool's export: its name (the file stem it is saved under), its text exactly as the
/// source holds it, and the spans, relations, attributes (key → attribute name → value) and notes read from it.
/// </summary>
internal sealed record ImportedArticle(
    string Name,
    string Text,
    ImportedMeta Meta,
    IReadOnlyList<ImportedSpan> Spans,
    IReadOnlyList<ImportedRelation> Relations,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Attributes,
    IReadOnlyDictionary<string, string> Notes)
{
    /// <summary>The bytes to save as the article text when the source had a file (brat's .txt), kept exactly; else the text as UTF-8.</summary>
    public byte[]? OriginalBytes { get; init; }
}

/// <summary>What went wrong where: each problem says the file and the place in it, and what was left out.</summary>
internal sealed class ImportProblems
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines => _lines;

    public void Add(string where, string message) => _lines.Add($"{where}: {message}");
}
