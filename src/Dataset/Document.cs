using System.Text;

namespace Dataset;

/// <summary>An annotated news article. Equal to another document with the same data (not its source); prints every field.</summary>
public sealed record Document
{
    // Assigned directly by the constructor: first access then JIT-compiles no init accessor.
    private readonly DocumentId _id;
    private readonly string _title;
    private readonly string _publisher;
    private readonly DateOnly _published;
    private readonly string? _dateline;
    private readonly string _textFile;
    private readonly int _textLength;
    private readonly SourceLocation _source;

    /// <summary>Creates a document; generated code calls this (through the compact data reader).</summary>
    public Document(DocumentId id, string title, string publisher, DateOnly published, string? dateline, string textFile, int textLength, SourceLocation source = default)
    {
        _id = id;
        _title = title;
        _publisher = publisher;
        _published = published;
        _dateline = dateline;
        _textFile = textFile;
        _textLength = textLength;
        _source = source;
    }

    /// <summary>The document's id.</summary>
    public DocumentId Id { get => _id; init => _id = value; }

    /// <summary>The headline.</summary>
    public string Title { get => _title; init => _title = value; }

    /// <summary>The publication that ran the article.</summary>
    public string Publisher { get => _publisher; init => _publisher = value; }

    /// <summary>The publication date.</summary>
    public DateOnly Published { get => _published; init => _published = value; }

    /// <summary>The place the article was filed from, if given.</summary>
    public string? Dateline { get => _dateline; init => _dateline = value; }

    /// <summary>The article text's file name, relative to its annotation.</summary>
    public string TextFile { get => _textFile; init => _textFile = value; }

    /// <summary>The length of the article text in UTF-16 code units, as checked at build time.</summary>
    public int TextLength { get => _textLength; init => _textLength = value; }

    /// <summary>Where the record was declared: annotation path, line and column of its id. Not part of equality.</summary>
    public SourceLocation Source { get => _source; init => _source = value; }

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
