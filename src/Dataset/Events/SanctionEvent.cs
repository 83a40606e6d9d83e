namespace Dataset;

/// <summary>An event reported as sanctions: one measure, as one or more articles report it.</summary>
public sealed class SanctionEvent : ReportedEvent
{
    internal SanctionEvent(string id, IReadOnlyList<Sanction> members, Func<DocumentId, Document?> document)
        : this(id, InReportOrder(members, s => document(s.Evidence.Document), s => s.Id.Value), document)
    {
    }

    private SanctionEvent(string id, Sanction[] reports, Func<DocumentId, Document?> document)
        : base(id, reports.Select(s => document(s.Evidence.Document)).ToArray())
    {
        Reports = reports;
        MemberIds = reports.Select(s => s.Id.Value).Order(StringComparer.Ordinal).ToArray();
        Dates = Compare(EventField.Date, reports, s => s.Date, RecordId, Doc, DateKey);
        Status = Compare(EventField.Status, reports, s => s.Status, RecordId, Doc, s => s.ToString());
        Targets = Compare(EventField.Targets, reports, TargetSet, RecordId, Doc, t => string.Join("\n", t.Select(a => a.Value)));
        Disagreements = new EventField?[] { Dates?.Field, Status?.Field, Targets?.Field }.Where(f => f is not null).Select(f => f!.Value).Order().ToArray();
    }

    /// <inheritdoc/>
    public override EventKind Kind => EventKind.Sanction;

    /// <inheritdoc/>
    public override IReadOnlyList<string> MemberIds { get; }

    /// <inheritdoc/>
    public override int ReportCount => MemberIds.Count;

    /// <summary>The sanctions reporting the event, earliest published first.</summary>
    public IReadOnlyList<Sanction> Reports { get; }

    /// <summary>The report in the earliest published article.</summary>
    public Sanction FirstReport => Reports[0];

    /// <summary>Where the reports give different dates for the measure (a missing date counts as a value), or null.</summary>
    public Disagreement<DateOnly?>? Dates { get; }

    /// <summary>Where the reports say the measure stands differently (agreed in one, imposed in another), or null.</summary>
    public Disagreement<SanctionStatus>? Status { get; }

    /// <summary>Where the reports name different sets of targets (each value the distinct targets in id order), or null.</summary>
    public Disagreement<IReadOnlyList<ActorId>>? Targets { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<EventField> Disagreements { get; }

    private static IReadOnlyList<ActorId> TargetSet(Sanction s) =>
        s.TargetIds.Distinct().OrderBy(t => t.Value, StringComparer.Ordinal).ToArray();

    private static string RecordId(Sanction s) => s.Id.Value;

    private static DocumentId Doc(Sanction s) => s.Evidence.Document;
}
