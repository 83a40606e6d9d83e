using Dataset.RecordMembers;

namespace Dataset;

/// <summary>An annotated news article. Equal to another document with the same data (not its source); prints every field.</summary>
// The fields, constructor, equality, hashing and printing are generated from the partial properties (docs/adding-a-field.md).
[DataRecord]
public sealed partial record Document
{
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

    /// <summary>The document's id.</summary>
    public partial DocumentId Id { get; init; }

    /// <summary>The headline.</summary>
    public partial string Title { get; init; }

    /// <summary>The publication that ran the article.</summary>
    public partial string Publisher { get; init; }

    /// <summary>The publication date.</summary>
    public partial DateOnly Published { get; init; }

    /// <summary>The place the article was filed from, if given.</summary>
    public partial string? Dateline { get; init; }

    /// <summary>The article text's file name, relative to its annotation.</summary>
    public partial string TextFile { get; init; }

    /// <summary>The length of the article text in UTF-16 code units, as checked at build time.</summary>
    public partial int TextLength { get; init; }

    /// <summary>The address the article was read at (an absolute http or https URL), if given.</summary>
    public partial string? Url { get; init; }

    /// <summary>The date the text was retrieved from <see cref="Url"/>, if given.</summary>
    public partial DateOnly? Retrieved { get; init; }

    /// <summary>The news agency whose copy the article runs (Reuters, AP…), when it is not the publisher's own reporting.</summary>
    [Field(Optional = true)]
    public partial string? Wire { get; init; }

    /// <summary>
    /// The language of the article text, an ISO 639-1 code (<c>en</c>, <c>ru</c>, <c>ar</c>): the one the annotation
    /// states, else the one its letters suggest (<see cref="IsLanguageGuessed"/>); null when neither tells.
    /// </summary>
    [Field(Optional = true)]
    public partial string? Language { get; init; }

    /// <summary>True when <see cref="Language"/> was guessed from the text's letters, not stated by the annotation.</summary>
    [Field(Optional = true)]
    public partial bool IsLanguageGuessed { get; init; }

    /// <summary>
    /// The independent source the article's reporting comes from: its <see cref="Wire"/> when it runs an agency's
    /// copy, else its <see cref="Publisher"/>. Events count these (GDELT's NumSources), apart from articles and outlets.
    /// </summary>
    public string OriginalSource => Wire ?? Publisher;

    /// <summary>The outlet as a reader is told it: the publisher, and the wire whose copy it runs ("Al Arabiya (copy of Reuters)").</summary>
    public string Outlet => Wire is null ? Publisher : $"{Publisher} (copy of {Wire})";

    /// <summary>Where the record was declared: annotation path, line and column of its id. Not part of equality.</summary>
    public partial SourceLocation Source { get; init; }
}
