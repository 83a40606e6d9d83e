using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Dataset;

/// <summary>
/// The records one annotation file declares, read from compact data the generator writes (a string constant of the
/// generated catalog, read by <see cref="ArticleConstants"/>, or a string the tool reads from a folder), all built
/// together on first use of any of them. The catalog reaches them by article number.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class ArticleRecords
{
    /// <summary>Reads the records from UTF-8 data (the form generated code uses from C# 11 on).</summary>
    protected ArticleRecords(DatasetCatalog catalog, ReadOnlySpan<byte> utf8)
        : this(catalog, Encoding.UTF8.GetString(utf8))
    {
    }

    /// <summary>Reads the records from data in a string (the form for older language versions).</summary>
    protected ArticleRecords(DatasetCatalog catalog, string data)
    {
        var reader = new RecordDataReader(data);
        var path = reader.SourcePath();
        DocumentItems = reader.List(() => reader.Document(path));
        var document = DocumentItems.Length > 0 ? DocumentItems[0].Id : (DocumentId?)null;
        ActorItems = reader.List(() => reader.Actor(catalog, document, path));
        StatementItems = reader.List(() => reader.Statement(catalog, path));
        SanctionItems = reader.List(() => reader.Sanction(catalog, path));
        reader.End();
    }

    /// <summary>The actors the file declares, in file order.</summary>
    public IReadOnlyList<Actor> Actors => ActorItems;

    /// <summary>The statements the file declares, in file order.</summary>
    public IReadOnlyList<Statement> Statements => StatementItems;

    /// <summary>The sanctions the file declares, in file order.</summary>
    public IReadOnlyList<Sanction> Sanctions => SanctionItems;

    /// <summary>The file's document, if it has one.</summary>
    public IReadOnlyList<Document> Documents => DocumentItems;

    // The arrays behind the lists. Generated members indexed them while each record was a property (an array field's
    // element compiled at a third of the cost of a list's indexer); the emission benchmark's `properties` variant
    // still compiles that shape against them (docs/benchmarks.md, "What the generated code costs the compiler").

    private const string GeneratedMembersOnly =
        "A field, not a property: what a member reading its record indexes, which a property's call would make dearer to compile.";

    /// <summary>The actors as an array, behind <see cref="Actors"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [SuppressMessage("Design", "CA1051", Justification = GeneratedMembersOnly)]
    public readonly Actor[] ActorItems;

    /// <summary>The statements as an array, behind <see cref="Statements"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [SuppressMessage("Design", "CA1051", Justification = GeneratedMembersOnly)]
    public readonly Statement[] StatementItems;

    /// <summary>The sanctions as an array, behind <see cref="Sanctions"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [SuppressMessage("Design", "CA1051", Justification = GeneratedMembersOnly)]
    public readonly Sanction[] SanctionItems;

    /// <summary>The document as an array of one or none, behind <see cref="Documents"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [SuppressMessage("Design", "CA1051", Justification = GeneratedMembersOnly)]
    public readonly Document[] DocumentItems;
}
