using System.Diagnostics.CodeAnalysis;
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
    private readonly string? _url;
    private readonly DateOnly? _retrieved;

    /// <summary>Creates a document without a url or retrieval date.</summary>
    public Document(
        DocumentId id,
        string title,
        string publisher,
        DateOnly published,
        string? dateline,
        string textFile,
        int textLength,
        SourceLocation source = default)
        : this(id, title, publisher, published, dateline, textFile, textLength, url: null, retrieved: null, source)
    {
    }

    /// <summary>Creates a document; generated code calls this (through the compact data reader).</summary>
    public Document(
        DocumentId id,
        string title,
        string publisher,
        DateOnly published,
        string? dateline,
        string textFile,
        int textLength,
        string? url,
        DateOnly? retrieved,
        SourceLocation source = default)
    {
        _url = url;
        _retrieved = retrieved;
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

    /// <summary>The address the article was read at (an absolute http or https URL), if given.</summary>
    public string? Url { get => _url; init => _url = value; }

    /// <summary>The date the text was retrieved from <see cref="Url"/>, if given.</summary>
    public DateOnly? Retrieved { get => _retrieved; init => _retrieved = value; }

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
            && TextLength == other.TextLength
            && Url == other.Url
            && Retrieved == other.Retrieved);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(HashCode.Combine(Id, Title, Publisher, Published, Dateline, TextFile, TextLength), Url, Retrieved);

    [SuppressMessage("Style", "IDE0051", Justification = "The record's ToString calls it; the rule misses that (dotnet/roslyn#56960).")]
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Member(nameof(Id), Id.Value, first: true)
            .Member(nameof(Title), Title)
            .Member(nameof(Publisher), Publisher)
            .Member(nameof(Published), RecordText.Date(Published))
            .Member(nameof(Dateline), Dateline)
            .Member(nameof(TextFile), TextFile)
            .Member(nameof(TextLength), RecordText.Number(TextLength))
            .Member(nameof(Url), Url)
            .Member(nameof(Retrieved), RecordText.Date(Retrieved));
        return true;
    }
}
