namespace Dataset;

/// <summary>Which kind of record an event's reports are.</summary>
public enum EventKind
{
    /// <summary>Reports are statements.</summary>
    Statement,

    /// <summary>Reports are sanctions.</summary>
    Sanction,
}

/// <summary>A field on which an event's reports give different values.</summary>
public enum EventField
{
    /// <summary>A statement's <c>said-on</c> or a sanction's <c>date</c>.</summary>
    Date,

    /// <summary>A sanction's status.</summary>
    Status,

    /// <summary>A sanction's targets (compared as sets).</summary>
    Targets,

    /// <summary>A statement's speaker.</summary>
    Speaker,

    /// <summary>A statement's speech act.</summary>
    Act,
}

/// <summary>One value some of an event's reports give, and which reports give it.</summary>
/// <typeparam name="T">The field's type.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="RecordIds">The reports that give it, in report order.</param>
/// <param name="Documents">Their documents, in report order.</param>
public sealed record ReportedValue<T>(T Value, IReadOnlyList<string> RecordIds, IReadOnlyList<DocumentId> Documents);

/// <summary>A field on which an event's reports disagree, with each value given and by whom, in report order.</summary>
/// <typeparam name="T">The field's type.</typeparam>
/// <param name="Field">The field.</param>
/// <param name="Values">Each distinct value, in the order of the first report giving it.</param>
public sealed record Disagreement<T>(EventField Field, IReadOnlyList<ReportedValue<T>> Values);

/// <summary>
/// One event as the articles report it: the statements or sanctions linked by <c>same-as</c> (directly or through
/// others), or one record that links to none. Its <see cref="Id"/> is the first of its members' ids in ordinal
/// order; reports are in the order they were published (then by document id, then record id). Counts follow GDELT's
/// NumArticles and NumSources: articles are documents, outlets are distinct publishers, and independent sources are
/// distinct original sources (a wire copy counts as its wire, so Reuters and Al Arabiya running Reuters' story are one).
/// </summary>
public abstract class ReportedEvent
{
    private protected ReportedEvent(string id, IReadOnlyList<Document?> documents)
    {
        Id = id;
        var known = documents.Where(d => d is not null).Select(d => d!).ToArray();
        Documents = known.DistinctBy(d => d.Id).ToArray();
        Publishers = Documents.Select(d => d.Publisher).Distinct(StringComparer.Ordinal).ToArray();
        Sources = Documents.Select(d => d.OriginalSource).Distinct(StringComparer.Ordinal).ToArray();
        FirstReported = Documents.Count > 0 ? Documents[0].Published : null;
    }

    /// <summary>The event's id: the first member id in ordinal order (the record's own id for an event of one).</summary>
    public string Id { get; }

    /// <summary>Whether the reports are statements or sanctions.</summary>
    public abstract EventKind Kind { get; }

    /// <summary>The ids of the reports, in ordinal order.</summary>
    public abstract IReadOnlyList<string> MemberIds { get; }

    /// <summary>The articles reporting the event, earliest published first.</summary>
    public IReadOnlyList<Document> Documents { get; }

    /// <summary>The distinct publishers of those articles, in the order they first reported it.</summary>
    public IReadOnlyList<string> Publishers { get; }

    /// <summary>
    /// How many reports the event has, a restatement counted with the statement it restates (one utterance told twice
    /// in one article is one report).
    /// </summary>
    public abstract int ReportCount { get; }

    /// <summary>How many articles report the event.</summary>
    public int ArticleCount => Documents.Count;

    /// <summary>How many distinct publishers (outlets) ran it.</summary>
    public int PublisherCount => Publishers.Count;

    /// <summary>
    /// The independent sources of those articles, in the order they first reported it: each article's
    /// <see cref="Document.OriginalSource"/> (its wire when it runs an agency's copy, else its publisher).
    /// </summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>How many independent sources report it: a wire and every outlet running its copy count once.</summary>
    public int SourceCount => Sources.Count;

    /// <summary>The publication date of the first article reporting it (null when no document is known).</summary>
    public DateOnly? FirstReported { get; }

    /// <summary>The fields on which the reports disagree, in <see cref="EventField"/> order; empty when they agree.</summary>
    public abstract IReadOnlyList<EventField> Disagreements { get; }

    /// <summary>True when more than one record reports the event.</summary>
    public bool IsLinked => MemberIds.Count > 1;

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Kind} event {Id} ({ReportCount} reports, {ArticleCount} articles, {PublisherCount} publishers, {SourceCount} independent sources)";

    /// <summary>Where the reports differ on a field: each value with the reports giving it, or null when they agree.</summary>
    private protected static Disagreement<T>? Compare<TRecord, T>(
        EventField field,
        IReadOnlyList<TRecord> reports,
        Func<TRecord, T> value,
        Func<TRecord, string> id,
        Func<TRecord, DocumentId> document,
        Func<T, string> key)
    {
        var groups = reports.GroupBy(r => key(value(r)), StringComparer.Ordinal).ToArray();
        return groups.Length < 2
            ? null
            : new Disagreement<T>(
                field,
                groups.Select(g => new ReportedValue<T>(value(g.First()), g.Select(id).ToArray(), g.Select(document).ToArray())).ToArray());
    }

    /// <summary>Reports earliest published first, then by document id, then by record id.</summary>
    private protected static T[] InReportOrder<T>(IEnumerable<T> records, Func<T, Document?> document, Func<T, string> id) =>
        records.OrderBy(r => document(r)?.Published ?? DateOnly.MaxValue)
            .ThenBy(r => document(r)?.Id.Value ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(id, StringComparer.Ordinal)
            .ToArray();

    private protected static string DateKey(DateOnly? date) => RecordText.Date(date) ?? string.Empty;
}
