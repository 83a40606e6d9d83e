using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Model;
using Dataset.EventFormat;

namespace Dataset.Annotations.Events;

/// <summary>What one update changed of one kind's links: the suggestions gone and made, and the contradictions before and after.</summary>
internal sealed record KindLinkChange(
    IReadOnlyList<LinkSuggestion> SuggestionsGone,
    IReadOnlyList<LinkSuggestion> SuggestionsMade,
    IReadOnlyList<LinkContradiction> ContradictionsBefore,
    IReadOnlyList<LinkContradiction> ContradictionsAfter);

/// <summary>
/// The links of one kind of record (statements or sanctions) under the rules of docs/events.md, kept per identity-key
/// bucket (kind, speaker or imposer, act), so that an update settles only the buckets and the events its records touch.
/// A record is placed in the bucket of its speaker, and apart in those of the actors its speaker speaks for
/// (<see cref="Voices"/>), so that it meets the records of its speaker, of the actors its speaker speaks for and of
/// those that speak for its speaker, and never two records whose speakers only both speak for a third.
/// </summary>
internal sealed class KindLinks(RecordKind kind)
{
    // Every declaration of an id: the one, or (a duplicate, already an error) a list whose first in path order is the record.
    private readonly Dictionary<string, object> _byId = new(System.StringComparer.Ordinal);

    // The records of each identity-key bucket and day (IdentityKey.DayOf: a standing position at its own far day; few each: a list)
    // under their own speaker, and under each actor their speaker speaks for; and where each record was placed.
    private readonly Dictionary<((RecordKind, string, string?) Bucket, int Day), List<string>> _byDay = new();
    // Made only when an update pairs some records but not all: a whole pairing finds every pair of a speaker and an
    // actor it speaks for from the speaker's side (the language server's first analysis never makes it).
    private Dictionary<((RecordKind, string, string?) Bucket, int Day), List<string>>? _forByDay;
    private readonly Dictionary<string, Placement> _placed = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<LinkSuggestion>> _suggestionsOf = new(System.StringComparer.Ordinal);

    // How much the two records of each suggestion share (IdentityKey.Match): of two look-alikes in one article, the nearer is told.
    private readonly Dictionary<LinkSuggestion, int> _shared = new();

    // The suggestions told: of those in _suggestionsOf, each that is for both its records the nearest in the other's
    // article (one article reports one event once).
    private readonly HashSet<LinkSuggestion> _shown = new();
    private readonly HashSet<string> _linked = new(System.StringComparer.Ordinal);
    private HashSet<string> _linkTargets = new(System.StringComparer.Ordinal);
    private Dictionary<string, string[]> _eventOf = new(System.StringComparer.Ordinal);
    private HashSet<string> _distinct = new(System.StringComparer.Ordinal);

    /// <summary>The distinct-from entries that same-as links contradict, by record id.</summary>
    public IReadOnlyList<LinkContradiction> Contradictions { get; private set; } = [];

    /// <summary>Whom each actor speaks for: records are placed by it, so a change of it re-settles the records of the speakers it changed.</summary>
    public Voices Voices { get; set; } = Voices.None;

    public IEnumerable<LinkSuggestion> AllSuggestions() => _shown;

    /// <summary>The ids of the placed records these actors speak or impose: those placed by the voices of before.</summary>
    public IEnumerable<string> IdsBy(ISet<string> speakers) => _placed.Where(p => speakers.Contains(p.Value.Bucket.Who)).Select(p => p.Key);

    public void Add(RecordFacts record)
    {
        switch (_byId.TryGetValue(record.Id, out var declared) ? declared : null)
        {
            case null:
                _byId[record.Id] = record;
                break;
            case RecordFacts one:
                _byId[record.Id] = new List<RecordFacts> { one, record };
                break;
            case List<RecordFacts> several:
                several.Add(record);
                break;
        }
    }

    public void Remove(RecordFacts record)
    {
        switch (_byId.TryGetValue(record.Id, out var declared) ? declared : null)
        {
            case RecordFacts one when one.Equals(record):
                _byId.Remove(record.Id);
                break;
            case List<RecordFacts> several when several.Remove(record) && several.Count == 1:
                _byId[record.Id] = several[0];
                break;
        }
    }

    /// <summary>
    /// Settles the records of these ids after declarations of them were added or removed, and what depends on them:
    /// the pairs each makes with the records of its bucket near it in time, and the events when a link is concerned.
    /// </summary>
    public KindLinkChange Settle(ICollection<string> touchedIds)
    {
        var eventsTouched = false;
        var before = new HashSet<LinkSuggestion>();
        foreach (var id in touchedIds)
        {
            Unplace(id, before);
            eventsTouched |= _linked.Remove(id) | _linkTargets.Contains(id);
            if (First(id) is not { } record)
            {
                continue;
            }

            if (record.SameAs.Count > 0 || record.DistinctFrom.Count > 0 || record.Restates is not null)
            {
                _linked.Add(id);
                eventsTouched = true;
            }

            Place(record);
        }

        var contradictionsBefore = Contradictions;
        IEnumerable<string> toPair = touchedIds;
        if (eventsTouched && SettleEvents())
        {
            // Which records are one event, or which pairs are decided apart, changed: any pair may be decided anew.
            foreach (var suggestions in _suggestionsOf.Values)
            {
                before.UnionWith(suggestions);
            }

            _suggestionsOf.Clear();
            _shared.Clear();
            toPair = _placed.Keys.ToList();
        }

        var after = Pair(toPair);
        var (removed, added) = Show(before, after);
        return new KindLinkChange(removed, added, contradictionsBefore, Contradictions);
    }

    /// <summary>
    /// Settles which suggestions are told after these were dropped and made: those of every record a dropped or made
    /// one names, as each is told only when no suggestion of either of its records into the other's article shares more.
    /// </summary>
    private (List<LinkSuggestion> Gone, List<LinkSuggestion> Made) Show(HashSet<LinkSuggestion> dropped, HashSet<LinkSuggestion> made)
    {
        var weighed = new HashSet<LinkSuggestion>(dropped);
        weighed.UnionWith(made);
        foreach (var id in weighed.SelectMany(s => new[] { s.FirstId, s.SecondId }).Distinct(System.StringComparer.Ordinal).ToList())
        {
            if (_suggestionsOf.TryGetValue(id, out var suggestions))
            {
                weighed.UnionWith(suggestions);
            }
        }

        var (gone, told) = (new List<LinkSuggestion>(), new List<LinkSuggestion>());
        foreach (var suggestion in weighed)
        {
            var shown = _suggestionsOf.TryGetValue(suggestion.FirstId, out var ofFirst) && ofFirst.Contains(suggestion)
                && Nearest(suggestion, suggestion.FirstId, suggestion.SecondPath, ofFirst)
                && Nearest(suggestion, suggestion.SecondId, suggestion.FirstPath, _suggestionsOf[suggestion.SecondId]);
            if (shown && _shown.Add(suggestion))
            {
                told.Add(suggestion);
            }
            else if (!shown && _shown.Remove(suggestion))
            {
                gone.Add(suggestion);
            }
        }

        return (gone, told);
    }

    /// <summary>Whether no suggestion of this record into that article shares more than this one (ties are all told).</summary>
    private bool Nearest(LinkSuggestion suggestion, string id, string otherPath, HashSet<LinkSuggestion> suggestionsOfId)
    {
        foreach (var other in suggestionsOfId)
        {
            var path = other.FirstId == id ? other.SecondPath : other.FirstPath;
            if (path == otherPath && _shared[other] > _shared[suggestion])
            {
                return false;
            }
        }

        return true;
    }

    private void Unplace(string id, HashSet<LinkSuggestion> removed)
    {
        if (_placed.TryGetValue(id, out var placed))
        {
            _placed.Remove(id);
            Unlist(_byDay, (placed.Bucket, placed.Day), id);
            foreach (var who in _forByDay is null ? [] : placed.SpeaksFor)
            {
                Unlist(_forByDay!, ((placed.Bucket.Kind, who, placed.Bucket.Act), placed.Day), id);
            }
        }

        if (_suggestionsOf.TryGetValue(id, out var suggestions))
        {
            _suggestionsOf.Remove(id);
            foreach (var suggestion in suggestions)
            {
                removed.Add(suggestion);
                _shared.Remove(suggestion);
                var other = suggestion.FirstId == id ? suggestion.SecondId : suggestion.FirstId;
                if (_suggestionsOf.TryGetValue(other, out var others))
                {
                    others.Remove(suggestion);
                    if (others.Count == 0)
                    {
                        _suggestionsOf.Remove(other);
                    }
                }
            }
        }
    }

    private void Place(RecordFacts record)
    {
        if (IdentityKey.DayOf(record) is not { } day)
        {
            return;
        }

        var placed = new Placement(IdentityKey.Bucket(record, record.Who), day, Voices.For(record.Who));
        List(_byDay, (placed.Bucket, day), record.Id);
        if (_forByDay is not null)
        {
            ListFor(_forByDay, record.Id, placed);
        }

        _placed[record.Id] = placed;
    }

    private void ListFor(Dictionary<((RecordKind, string, string?), int), List<string>> index, string id, Placement placed)
    {
        foreach (var who in placed.SpeaksFor)
        {
            List(index, ((kind, who, placed.Bucket.Act), placed.Day), id);
        }
    }

    /// <summary>The records placed under each actor their speaker speaks for, made from the placements when first asked.</summary>
    private Dictionary<((RecordKind, string, string?), int), List<string>> ForByDay()
    {
        if (_forByDay is null)
        {
            _forByDay = new();
            foreach (var placed in _placed)
            {
                ListFor(_forByDay, placed.Key, placed.Value);
            }
        }

        return _forByDay;
    }

    private static void List(Dictionary<((RecordKind, string, string?), int), List<string>> index, ((RecordKind, string, string?), int) place, string id)
    {
        if (!index.TryGetValue(place, out var ids))
        {
            index[place] = ids = new List<string>(1);
        }

        ids.Add(id);
    }

    private static void Unlist(Dictionary<((RecordKind, string, string?), int), List<string>> index, ((RecordKind, string, string?), int) place, string id)
    {
        var ids = index[place];
        ids.Remove(id);
        if (ids.Count == 0)
        {
            index.Remove(place);
        }
    }

    /// <summary>The identity key's suggestions each of these records makes with the records of its bucket near it in time.</summary>
    private HashSet<LinkSuggestion> Pair(IEnumerable<string> ids)
    {
        var words = new ContentWords.Cache();
        string EventId(string id) => _eventOf.TryGetValue(id, out var found) ? found[0] : id;
        var made = new HashSet<LinkSuggestion>();
        var window = IdentityKey.WindowOf(kind);
        var batch = new HashSet<string>(ids, System.StringComparer.Ordinal);

        // Every placed record in the batch: each pair of a speaker and one it speaks for is found from the speaker's side.
        var whole = batch.Count >= _placed.Count && _placed.Keys.All(batch.Contains);
        foreach (var id in batch)
        {
            if (!_placed.TryGetValue(id, out var placed))
            {
                continue;
            }

            // The records of its speaker (each of the pair finds the other), of the actors its speaker speaks for
            // (found from this side only), and of those that speak for its speaker (found from their side when in the batch).
            Near(_byDay, placed.Bucket, placed.Day, id, Found.Both);
            foreach (var who in placed.SpeaksFor)
            {
                Near(_byDay, (kind, who, placed.Bucket.Act), placed.Day, id, Found.FromThis);
            }

            if (Voices.IsSpokenFor(placed.Bucket.Who) && !whole)
            {
                Near(ForByDay(), placed.Bucket, placed.Day, id, Found.FromOther);
            }
        }

        return made;

        // The records of a bucket within the window of a day, each weighed with this record.
        void Near(Dictionary<((RecordKind, string, string?), int), List<string>> index, (RecordKind, string, string?) bucket, int at, string id, Found found)
        {
            for (var day = at - window; day <= at + window; day++)
            {
                if (index.TryGetValue((bucket, day), out var near))
                {
                    foreach (var otherId in near)
                    {
                        Weigh(id, otherId, System.Math.Abs(day - at), found);
                    }
                }
            }
        }

        void Weigh(string id, string otherId, int days, Found found)
        {
            // A pair of two records of the batch is weighed once: from its first when each finds the other, else from
            // the side that finds it.
            var skip = found switch
            {
                Found.Both => batch.Contains(otherId) && string.CompareOrdinal(otherId, id) < 0,
                Found.FromOther => batch.Contains(otherId),
                _ => false,
            };
            if (otherId == id || skip)
            {
                return;
            }

            var (first, second) = string.CompareOrdinal(id, otherId) < 0 ? (First(id)!, First(otherId)!) : (First(otherId)!, First(id)!);
            var (a, b) = (EventId(first.Id), EventId(second.Id));
            var decidedApart = _distinct.Count > 0 && _distinct.Contains(PairKey(a, b));
            if (a == b || decidedApart || IdentityKey.Match(first, second, days, words, Voices) is not { } match)
            {
                return;
            }

            var suggestion = new LinkSuggestion(kind, first.Id, first.FilePath, second.Id, second.FilePath, match.Reason);
            if (made.Add(suggestion))
            {
                _shared[suggestion] = match.Shared;
                Suggested(first.Id, suggestion);
                Suggested(second.Id, suggestion);
            }
        }
    }

    private void Suggested(string id, LinkSuggestion suggestion)
    {
        if (!_suggestionsOf.TryGetValue(id, out var suggestions))
        {
            _suggestionsOf[id] = suggestions = new HashSet<LinkSuggestion>();
        }

        suggestions.Add(suggestion);
    }

    private RecordFacts? First(string id)
    {
        switch (_byId.TryGetValue(id, out var declared) ? declared : null)
        {
            case RecordFacts one:
                return one;
            case List<RecordFacts> several:
                var first = several[0];
                for (var i = 1; i < several.Count; i++)
                {
                    if (string.CompareOrdinal(several[i].FilePath, first.FilePath) < 0)
                    {
                        first = several[i];
                    }
                }

                return first;
            default:
                return null;
        }
    }

    /// <summary>
    /// The events same-as forms, the pairs distinct-from decides apart and the distinct-from that contradict the
    /// events, from the linked records only; true when the events or the decided pairs changed.
    /// </summary>
    private bool SettleEvents()
    {
        // Only linked records go through the grouping; any other record is an event of one, named by its own id.
        var linked = _linked.Select(First).Where(r => r is not null).Select(r => r!).OrderBy(r => r.Id, System.StringComparer.Ordinal).ToList();
        var links = EventLinks.Of(linked, First);
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
            foreach (var other in record.DistinctFrom.Where(other => EventLinks.Across(record, other, First)))
            {
                var (a, b) = (EventId(record.Id), EventId(other));
                if (a == b)
                {
                    contradictions.Add(new LinkContradiction(kind, record.Id, record.FilePath, other, string.Join(", ", eventOf[record.Id])));
                }

                distinct.Add(PairKey(a, b));
            }
        }

        var changed = !distinct.SetEquals(_distinct) || eventOf.Count != _eventOf.Count
            || eventOf.Any(e => !_eventOf.TryGetValue(e.Key, out var before) || !before.SequenceEqual(e.Value));
        _eventOf = eventOf;
        _distinct = distinct;
        _linkTargets = new HashSet<string>(
            linked.SelectMany(r => r.SameAs.Concat(r.DistinctFrom).Concat(r.Restates is { } restated ? [restated] : [])), System.StringComparer.Ordinal);
        Contradictions = contradictions;
        return changed;
    }

    private static string PairKey(string a, string b) => string.CompareOrdinal(a, b) < 0 ? a + "\n" + b : b + "\n" + a;
}

/// <summary>Where a record was placed: its own bucket and day, and the actors its speaker spoke for then.</summary>
internal readonly record struct Placement((RecordKind Kind, string Who, string? Act) Bucket, int Day, IReadOnlyList<string> SpeaksFor);

/// <summary>From which side of a pair a look-up finds it: both, this record's alone, or the other's when it is weighed.</summary>
internal enum Found
{
    Both,
    FromThis,
    FromOther,
}
