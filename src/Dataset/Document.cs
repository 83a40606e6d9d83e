using System.Text;

namespace Dataset;

/// <summary>An annotated news article. Equal to another document with the same data (not its source); prints every field.</summary>
public sealed record Document
{
    /// <summary>Creates a document; generated code calls this.</summary>
    public Document(DocumentId id, string title, string publisher, DateOnly published, string? dateline, string textFile, int textLength)
    {
        Id = id;
        Title = title;
        Publisher = publisher;
        Published = published;
        Dateline = dateline;
        TextFile = textFile;
        TextLength = textLength;
    }

    /// <summary>The document's id.</summary>
    public DocumentId Id { get; init; }

    /// <summary>The headline.</summary>
    public string Title { get; init; }

    /// <summary>The publication that ran the article.</summary>
    public string Publisher { get; init; }

    /// <summary>The publication date.</summary>
    public DateOnly Published { get; init; }

    /// <summary>The place the article was filed from, if given.</summary>
    public string? Dateline { get; init; }

    /// <summary>The article text's file name, relative to its annotation.</summary>
    public string TextFile { get; init; }

    /// <summary>The length of the article text in UTF-16 code units, as checked at build time.</summary>
    public int TextLength { get; init; }

    /// <summary>Where the record was declared: annotation path, line and column of its id. Not part of equality.</summary>
    public SourceLocation Source { get; init; }

    /// <summary>Whether the other document has the same data.</summary>
    public bool Equals(Document? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Id == other.Id
            && Title == other.Title
            && Publisher == other.Publisher
            && Published == other.Published
            && Dateline == other.Dateline
            && TextFile == other.TextFile
            && TextLength == other.TextLength);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Title, Publisher, Published, Dateline, TextFile, TextLength);

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Member(nameof(Id), Id.Value, first: true)
            .Member(nameof(Title), Title)
            .Member(nameof(Publisher), Publisher)
            .Member(nameof(Published), RecordText.Date(Published))
            .Member(nameof(Dateline), Dateline)
            .Member(nameof(TextFile), TextFile)
            .Member(nameof(TextLength), RecordText.Number(TextLength));
        return true;
    }
}
