using Dataset.EventFormat;

namespace Dataset;

/// <summary>A catalog's events, formed once from its records' <c>same-as</c> and <c>restates</c> links (see <c>EventGrouping</c>).</summary>
internal sealed class EventIndex
{
    private readonly Dictionary<StatementId, StatementEvent> _byStatement = [];
    private readonly Dictionary<SanctionId, SanctionEvent> _bySanction = [];

    public EventIndex(DatasetCatalog catalog)
    {
        var statements = catalog.Statements.ToDictionary(s => s.Id.Value, StringComparer.Ordinal);
        var sanctions = catalog.Sanctions.ToDictionary(s => s.Id.Value, StringComparer.Ordinal);
        // A restatement is the statement it restates, told again in the same article: one report of one event.
        var statementLinks = catalog.Statements.SelectMany(s => s.SameAsIds.Select(other => Link(s.Id.Value, other.Value)))
            .Concat(catalog.Statements.Where(s => s.RestatesId is not null).Select(s => Link(s.Id.Value, s.RestatesId!.Value.Value)));
        StatementEvents = EventGrouping.Group(statements.Keys, statementLinks)
            .Select(members => new StatementEvent(members[0], members.Select(id => statements[id]).ToArray(), catalog.FindDocument))
            .ToArray();
        SanctionEvents = EventGrouping.Group(sanctions.Keys, catalog.Sanctions.SelectMany(s => s.SameAsIds.Select(other => Link(s.Id.Value, other.Value))))
            .Select(members => new SanctionEvent(members[0], members.Select(id => sanctions[id]).ToArray(), catalog.FindDocument))
            .ToArray();
        All = [.. StatementEvents, .. SanctionEvents];
        foreach (var @event in StatementEvents)
        {
            foreach (var report in @event.Reports)
            {
                _byStatement[report.Id] = @event;
            }
        }

        foreach (var @event in SanctionEvents)
        {
            foreach (var report in @event.Reports)
            {
                _bySanction[report.Id] = @event;
            }
        }
    }

    public IReadOnlyList<ReportedEvent> All { get; }

    public IReadOnlyList<StatementEvent> StatementEvents { get; }

    public IReadOnlyList<SanctionEvent> SanctionEvents { get; }

    /// <summary>The event of a statement of this catalog; a record made in code (another id) is an event of one.</summary>
    public StatementEvent Of(Statement statement, DatasetCatalog catalog) =>
        _byStatement.TryGetValue(statement.Id, out var found) && found.Reports.Contains(statement)
            ? found
            : new StatementEvent(statement.Id.Value, [statement], catalog.FindDocument);

    /// <summary>The event of a sanction of this catalog; a record made in code (another id) is an event of one.</summary>
    public SanctionEvent Of(Sanction sanction, DatasetCatalog catalog) =>
        _bySanction.TryGetValue(sanction.Id, out var found) && found.Reports.Contains(sanction)
            ? found
            : new SanctionEvent(sanction.Id.Value, [sanction], catalog.FindDocument);

    private static KeyValuePair<string, string> Link(string from, string to) => new(from, to);
}
