using System.ComponentModel;

namespace Dataset;

/// <summary>
/// The records one annotation file declares. Generated code derives one class per file whose records are built on
/// first use, so an app pays only for the articles it touches; the catalog reaches them by article number.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class ArticleRecords
{
    /// <summary>The actors the file declares, in file order.</summary>
    public abstract IReadOnlyList<Actor> Actors { get; }

    /// <summary>The statements the file declares, in file order.</summary>
    public abstract IReadOnlyList<Statement> Statements { get; }

    /// <summary>The sanctions the file declares, in file order.</summary>
    public abstract IReadOnlyList<Sanction> Sanctions { get; }

    /// <summary>The file's document, if it has one.</summary>
    public abstract IReadOnlyList<Document> Documents { get; }
}
