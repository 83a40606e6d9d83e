namespace Dataset;

/// <summary>An event reported as statements: one thing said, as one or more articles report it.</summary>
public sealed class StatementEvent : ReportedEvent
{
    internal StatementEvent(string id, IReadOnlyList<Statement> members, Func<DocumentId, Document?> document)
        : this(id, InReportOrder(members, s => document(s.Evidence.Document), s => s.Id.Value), document)
    {
    }

    private StatementEvent(string id, Statement[] reports, Func<DocumentId, Document?> document)
        : base(id, reports.Select(s => document(s.Evidence.Document)).ToArray())
    {
        Reports = reports;
        MemberIds = reports.Select(s => s.Id.Value).Order(StringComparer.Ordinal).ToArray();
        var members = reports.Select(s => s.Id).ToHashSet();
        ReportCount = reports.Count(s => s.RestatesId is not { } restated || !members.Contains(restated));
        Dates = Compare(EventField.Date, reports, s => s.SaidOn, RecordId, Doc, DateKey);
        Speaker = Compare(EventField.Speaker, reports, s => s.SpeakerId, RecordId, Doc, a => a.Value);
        Act = Compare(EventField.Act, reports, s => s.Act, RecordId, Doc, a => a.ToString());
        Disagreements = new EventField?[] { Dates?.Field, Speaker?.Field, Act?.Field }.Where(f => f is not null).Select(f => f!.Value).Order().ToArray();
    }

    /// <inheritdoc/>
    public override EventKind Kind => EventKind.Statement;

    /// <inheritdoc/>
    public override IReadOnlyList<string> MemberIds { get; }

    /// <inheritdoc/>
    public override int ReportCount { get; }

    /// <summary>The statements reporting the event, earliest published first; a restatement is here beside the statement it restates.</summary>
    public IReadOnlyList<Statement> Reports { get; }

    /// <summary>The report in the earliest published article.</summary>
    public Statement FirstReport => Reports[0];

    /// <summary>Where the reports give different dates for the statement (a missing date counts as a value), or null.</summary>
    public Disagreement<DateOnly?>? Dates { get; }

    /// <summary>Where the reports name different speakers, or null.</summary>
    public Disagreement<ActorId>? Speaker { get; }

    /// <summary>Where the reports give different speech acts, or null.</summary>
    public Disagreement<SpeechAct>? Act { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<EventField> Disagreements { get; }

    private static string RecordId(Statement s) => s.Id.Value;

    private static DocumentId Doc(Statement s) => s.Evidence.Document;
}
