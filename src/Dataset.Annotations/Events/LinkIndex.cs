using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Model;
using Dataset.EventFormat;

namespace Dataset.Annotations.Events;

/// <summary>
/// The dataset's event links, settled: the events <c>same-as</c> forms (as the runtime forms them, through the one
/// <c>EventGrouping</c>), the <c>distinct-from</c> that contradict them, and the pairs the identity key suggests that
/// neither decides. Equal by value; each file reads its own part.
/// </summary>
internal sealed record LinkIndex(EquatableArray<LinkSuggestion> Suggestions, EquatableArray<LinkContradiction> Contradictions)
{
    public static readonly LinkIndex Empty = new(EquatableArray<LinkSuggestion>.Empty, EquatableArray<LinkContradiction>.Empty);

    public static LinkIndex Build(ImmutableArray<FileEventFacts> files)
    {
        var suggestions = new List<LinkSuggestion>();
        var contradictions = new List<LinkContradiction>();
        var words = new Dictionary<string, EquatableArray<string>>(System.StringComparer.Ordinal);
        EquatableArray<string> WordsOf(string text) => words.TryGetValue(text, out var found) ? found : words[text] = ContentWords.Of(text);
        foreach (var kind in files.SelectMany(f => f.Records).GroupBy(r => r.Kind).OrderBy(g => g.Key))
        {
            // The first declaration of an id is the record (a duplicate is already an error).
            var records = new Dictionary<string, RecordFacts>(System.StringComparer.Ordinal);
            foreach (var record in kind.OrderBy(r => r.FilePath, System.StringComparer.Ordinal))
            {
                if (!records.ContainsKey(record.Id))
                {
                    records[record.Id] = record;
                }
            }

            // A link within one article is an error of its own (DS0037) and decides nothing. Only linked records go
            // through the grouping; any other record is an event of one, named by its own id.
            bool Across(RecordFacts record, string other) => records.TryGetValue(other, out var found) && found.FilePath != record.FilePath;
            var links = records.Values.SelectMany(r => r.SameAs.Where(other => Across(r, other)).Select(other => new KeyValuePair<string, string>(r.Id, other))).ToList();
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
            foreach (var record in records.Values.Where(r => r.DistinctFrom.Count > 0).OrderBy(r => r.Id, System.StringComparer.Ordinal))
            {
                foreach (var other in record.DistinctFrom.Where(other => Across(record, other)))
                {
                    var (a, b) = (EventId(record.Id), EventId(other));
                    if (a == b)
                    {
                        contradictions.Add(new LinkContradiction(kind.Key, record.Id, record.FilePath, other, string.Join(", ", eventOf[record.Id])));
                    }

                    distinct.Add(Pair(a, b));
                }
            }

            foreach (var bucket in records.Values.Where(r => r.Date is not null).GroupBy(IdentityKey.Bucket))
            {
                var dated = bucket.Select(r => (Day: IdentityKey.DayNumber(r.Date!), Record: r)).OrderBy(r => r.Day).ThenBy(r => r.Record.Id, System.StringComparer.Ordinal).ToArray();
                for (var i = 0; i < dated.Length; i++)
                {
                    for (var j = i + 1; j < dated.Length && dated[j].Day - dated[i].Day <= IdentityKey.WindowOf(kind.Key); j++)
                    {
                        var (first, second) = string.CompareOrdinal(dated[i].Record.Id, dated[j].Record.Id) < 0 ? (dated[i].Record, dated[j].Record) : (dated[j].Record, dated[i].Record);
                        var (a, b) = (EventId(first.Id), EventId(second.Id));
                        if (a == b || distinct.Contains(Pair(a, b)) || IdentityKey.Match(first, second, WordsOf) is not { } reason)
                        {
                            continue;
                        }

                        suggestions.Add(new LinkSuggestion(kind.Key, first.Id, first.FilePath, second.Id, second.FilePath, reason));
                    }
                }
            }
        }

        ActorLinks.Add(files.SelectMany(f => f.Actors), suggestions, contradictions);
        return new LinkIndex(
            suggestions.OrderBy(s => s.Kind).ThenBy(s => s.FirstId, System.StringComparer.Ordinal).ThenBy(s => s.SecondId, System.StringComparer.Ordinal).ToEquatableArray(),
            contradictions.ToEquatableArray());
    }

    private Dictionary<string, EquatableArray<LinkSuggestion>>? _suggestionsByPath;
    private Dictionary<string, EquatableArray<LinkContradiction>>? _contradictionsByPath;

    /// <summary>The suggestions that name a record of this file, for its check: found in O(1), as every file asks.</summary>
    public EquatableArray<LinkSuggestion> SuggestionsIn(string path)
    {
        _suggestionsByPath ??= Suggestions.SelectMany(s => s.FirstPath == s.SecondPath ? new[] { (Path: s.FirstPath, Suggestion: s) } : new[] { (Path: s.FirstPath, Suggestion: s), (Path: s.SecondPath, Suggestion: s) })
            .GroupBy(p => p.Path, System.StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Suggestion).ToEquatableArray(), System.StringComparer.Ordinal);
        return _suggestionsByPath.TryGetValue(path, out var found) ? found : EquatableArray<LinkSuggestion>.Empty;
    }

    public EquatableArray<LinkContradiction> ContradictionsIn(string path)
    {
        _contradictionsByPath ??= Contradictions.GroupBy(c => c.FilePath, System.StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToEquatableArray(), System.StringComparer.Ordinal);
        return _contradictionsByPath.TryGetValue(path, out var found) ? found : EquatableArray<LinkContradiction>.Empty;
    }

    // Equality is by content only: the lazily built look-ups must not take part.
    public bool Equals(LinkIndex? other) => other is not null && Suggestions.Equals(other.Suggestions) && Contradictions.Equals(other.Contradictions);

    public override int GetHashCode() => Suggestions.GetHashCode();

    private static string Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? a + "\n" + b : b + "\n" + a;
}
