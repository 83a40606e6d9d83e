namespace Dataset;

/// <summary>An annotated news article.</summary>
public sealed class Document
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
    public DocumentId Id { get; }

    /// <summary>The headline.</summary>
    public string Title { get; }

    /// <summary>The publication that ran the article.</summary>
    public string Publisher { get; }

    /// <summary>The publication date.</summary>
    public DateOnly Published { get; }

    /// <summary>The place the article was filed from, if given.</summary>
    public string? Dateline { get; }

    /// <summary>The article text's file name, relative to its annotation.</summary>
    public string TextFile { get; }

    /// <summary>The length of the article text in UTF-16 code units, as checked at build time.</summary>
    public int TextLength { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Title} ({Publisher}, {Published:yyyy-MM-dd})";
}
