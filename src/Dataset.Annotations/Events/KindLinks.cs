using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Model;
using Dataset.EventFormat;

namespace Dataset.Annotations.Events;

/// <summary>What one update changed of one kind's links: each recomputed bucket's suggestions before and after, and the contradictions.</summary>
internal sealed record KindLinkChange(
    IReadOnlyList<(IReadOnlyList<LinkSuggestion> Before, IReadOnlyList<LinkSuggestion> After)> Suggestions,
    IReadOnlyList<LinkContradiction> ContradictionsBefore,
    IReadOnlyList<LinkContradiction> ContradictionsAfter);

/// <summary>
/// The links of one kind of record (statements or sanctions) under the rules of docs/events.md, kept per identity-key
/// bucket (kind, speaker or imposer, act), so that an update settles only the buckets and the events its records touch.
/// </summary>
internal sealed class KindLinks(RecordKind kind)
{
    private static readonly LinkSuggestion[] None = new LinkSuggestion[0];

    // Every declaration of an id; the first in path order is the record (a duplicate is already an error).
    private readonly Dictionary<string, List<RecordFacts>> _byId = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, (RecordKind, string, string?)> _bucketOf = new(System.StringComparer.Ordinal);
    private readonly Dictionary<(RecordKind, string, string?), HashSet<string>> _buckets = new();
    private readonly Dictionary<(RecordKind, string, string?), IReadOnlyList<LinkSuggestion>> _suggestions = new();
    private readonly HashSet<string> _linked = new(System.StringComparer.Ordinal);
    private HashSet<string> _linkTargets = new(System.StringComparer.Ordinal);
    private Dictionary<string, string[]> _eventOf = new(System.StringComparer.Ordinal);
    private HashSet<string> _distinct = new(System.StringComparer.Ordinal);

    /// <summary>The distinct-from entries that same-as links contradict, by record id.</summary>
    public IReadOnlyList<LinkContradiction> Contradictions { get; private set; } = new LinkContradiction[0];

    public IEnumerable<LinkSuggestion> AllSuggestions() => _suggestions.Values.SelectMany(s => s);

    public void Add(RecordFacts record)
    {
        if (!_byId.TryGetValue(record.Id, out var declared))
        {
            _byId[record.Id] = declared = new List<RecordFacts>(1);
        }

        declared.Add(record);
    }

    public void Remove(RecordFacts record)
    {
        if (_byId.TryGetValue(record.Id, out var declared))
        {
            declared.Remove(record);
            if (declared.Count == 0)
            {
                _byId.Remove(record.Id);
            }
        }
    }

    /// <summary>Settles the records of these ids after declarations of them were added or removed, and what depends on them.</summary>
    public KindLinkChange Settle(ICollection<string> touchedIds)
    {
        var touchedBuckets = new HashSet<(RecordKind, string, string?)>();
        var eventsTouched = false;
        foreach (var id in touchedIds)
        {
            if (_bucketOf.TryGetValue(id, out var oldBucket))
            {
                _bucketOf.Remove(id);
                _buckets[oldBucket].Remove(id);
                touchedBuckets.Add(oldBucket);
            }

            eventsTouched |= _linked.Remove(id) | _linkTargets.Contains(id);
            if (First(id) is not { } record)
            {
                continue;
            }

            if (record.SameAs.Count > 0 || record.DistinctFrom.Count > 0)
            {
                _linked.Add(id);
                eventsTouched = true;
            }

            if (record.Date is not null)
            {
                var bucket = IdentityKey.Bucket(record);
                if (!_buckets.TryGetValue(bucket, out var members))
                {
                    _buckets[bucket] = members = new HashSet<string>(System.StringComparer.Ordinal);
                }

                members.Add(id);
                _bucketOf[id] = bucket;
                touchedBuckets.Add(bucket);
            }
        }

        var contradictionsBefore = Contradictions;
        if (eventsTouched && SettleEvents())
        {
            // Which records are one event, or which pairs are decided apart, changed: any bucket may pair differently.
            touchedBuckets.UnionWith(_buckets.Keys);
        }

        var words = new Dictionary<string, EquatableArray<string>>(System.StringComparer.Ordinal);
        var suggestions = new List<(IReadOnlyList<LinkSuggestion>, IReadOnlyList<LinkSuggestion>)>();
        foreach (var bucket in touchedBuckets)
        {
            var before = _suggestions.TryGetValue(bucket, out var found) ? found : None;
            var members = _buckets.TryGetValue(bucket, out var held) ? held : null;
            var after = members is { Count: > 1 } ? Suggest(members, words) : None;
            if (members is { Count: 0 })
            {
                _buckets.Remove(bucket);
            }

            if (after.Count == 0)
            {
                _suggestions.Remove(bucket);
            }
            else
            {
                _suggestions[bucket] = after;
            }

            suggestions.Add((before, after));
        }

        return new KindLinkChange(suggestions, contradictionsBefore, Contradictions);
    }

    private RecordFacts? First(string id)
    {
        if (!_byId.TryGetValue(id, out var declared))
        {
            return null;
        }

        var first = declared[0];
        for (var i = 1; i < declared.Count; i++)
        {
            if (string.CompareOrdinal(declared[i].FilePath, first.FilePath) < 0)
            {
                first = declared[i];
            }
        }

        return first;
    }

    /// <summary>
    /// The events same-as forms, the pairs distinct-from decides apart and the distinct-from that contradict the
    /// events, from the linked records only; true when the events or the decided pairs changed.
    /// </summary>
    private bool SettleEvents()
    {
        // A link within one article is an error of its own (DS0037) and decides nothing. Only linked records go
        // through the grouping; any other record is an event of one, named by its own id.
        var linked = _linked.Select(First).Where(r => r is not null).Select(r => r!).OrderBy(r => r.Id, System.StringComparer.Ordinal).ToList();
        bool Across(RecordFacts record, string other) => First(other) is { } found && found.FilePath != record.FilePath;
        var links = linked.SelectMany(r => r.SameAs.Where(other => Across(r, other)).Select(other => new KeyValuePair<string, string>(r.Id, other))).ToList();
        var eventOf = new Dictionary<string, string[]>(System.StringComparer.Ordinal);
        foreach (var members in EventGrouping.Group(links.SelectMany(l => new[] { l.Key, l.Value }).Distinct(System.StringComparer.Ordinal), links))
        {
            foreach (var member in members)
            {
                eventOf[member] = members;
            }
        }

        string EventId(string id) => eventOf.TryGetValue(id, out var members) ? members[0] : id;
        var distinct = new HashSet<string>(System.StringComparer.Ordinal);
        var contradictions = new List<LinkContradiction>();
        foreach (var record in linked.Where(r => r.DistinctFrom.Count > 0))
        {
            foreach (var other in record.DistinctFrom.Where(other => Across(record, other)))
            {
                var (a, b) = (EventId(record.Id), EventId(other));
                if (a == b)
                {
                    contradictions.Add(new LinkContradiction(kind, record.Id, record.FilePath, other, string.Join(", ", eventOf[record.Id])));
                }

                distinct.Add(Pair(a, b));
            }
        }

        var changed = !distinct.SetEquals(_distinct) || eventOf.Count != _eventOf.Count
            || eventOf.Any(e => !_eventOf.TryGetValue(e.Key, out var before) || !before.SequenceEqual(e.Value));
        _eventOf = eventOf;
        _distinct = distinct;
        _linkTargets = new HashSet<string>(linked.SelectMany(r => r.SameAs.Concat(r.DistinctFrom)), System.StringComparer.Ordinal);
        Contradictions = contradictions;
        return changed;
    }

    /// <summary>The identity key's suggestions within one bucket: dated records near in time that no link decides.</summary>
    private IReadOnlyList<LinkSuggestion> Suggest(IEnumerable<string> members, Dictionary<string, EquatableArray<string>> words)
    {
        EquatableArray<string> WordsOf(string text) => words.TryGetValue(text, out var found) ? found : words[text] = ContentWords.Of(text);
        string EventId(string id) => _eventOf.TryGetValue(id, out var found) ? found[0] : id;
        var dated = members.Select(id => First(id)!).Select(r => (Day: IdentityKey.DayNumber(r.Date!), Record: r))
            .OrderBy(r => r.Day).ThenBy(r => r.Record.Id, System.StringComparer.Ordinal).ToArray();
        var suggestions = new List<LinkSuggestion>();
        for (var i = 0; i < dated.Length; i++)
        {
            for (var j = i + 1; j < dated.Length && dated[j].Day - dated[i].Day <= IdentityKey.WindowOf(kind); j++)
            {
                var (first, second) = string.CompareOrdinal(dated[i].Record.Id, dated[j].Record.Id) < 0 ? (dated[i].Record, dated[j].Record) : (dated[j].Record, dated[i].Record);
                var (a, b) = (EventId(first.Id), EventId(second.Id));
                if (a == b || _distinct.Contains(Pair(a, b)) || IdentityKey.Match(first, second, WordsOf) is not { } reason)
                {
                    continue;
                }

                suggestions.Add(new LinkSuggestion(kind, first.Id, first.FilePath, second.Id, second.FilePath, reason));
            }
        }

        return suggestions.Count == 0 ? None : suggestions;
    }

    private static string Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? a + "\n" + b : b + "\n" + a;
}
