using System.ComponentModel;
using System.Text;

namespace Dataset;

/// <summary>
/// The records one annotation file declares, read from compact data the generator writes. Generated code derives one
/// class per file with a single instance, so the records of a file are built together on first use of any of them,
/// and an app pays only for the articles it touches. The catalog reaches them by article number.
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
        Documents = reader.List(() => reader.Document(path));
        var document = Documents.Count > 0 ? Documents[0].Id : (DocumentId?)null;
        Actors = reader.List(() => reader.Actor(catalog, document, path));
        Statements = reader.List(() => reader.Statement(catalog, path));
        Sanctions = reader.List(() => reader.Sanction(catalog, path));
        reader.End();
    }

    /// <summary>The actors the file declares, in file order.</summary>
    public IReadOnlyList<Actor> Actors { get; }

    /// <summary>The statements the file declares, in file order.</summary>
    public IReadOnlyList<Statement> Statements { get; }

    /// <summary>The sanctions the file declares, in file order.</summary>
    public IReadOnlyList<Sanction> Sanctions { get; }

    /// <summary>The file's document, if it has one.</summary>
    public IReadOnlyList<Document> Documents { get; }
}
