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

            // A link within one article is an error of its own (DS0037) and decides nothing.
            bool Across(RecordFacts record, string other) => records.TryGetValue(other, out var found) && found.FilePath != record.FilePath;
            var events = EventGrouping.Group(records.Keys, records.Values.SelectMany(r => r.SameAs.Where(other => Across(r, other)).Select(other => new KeyValuePair<string, string>(r.Id, other))));
            var eventOf = new Dictionary<string, string[]>(System.StringComparer.Ordinal);
            foreach (var members in events)
            {
                foreach (var member in members)
                {
                    eventOf[member] = members;
                }
            }

            var distinct = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var record in records.Values.OrderBy(r => r.Id, System.StringComparer.Ordinal))
            {
                foreach (var other in record.DistinctFrom.Where(other => Across(record, other)))
                {
                    var (a, b) = (eventOf[record.Id][0], eventOf[other][0]);
                    if (a == b)
                    {
                        contradictions.Add(new LinkContradiction(kind.Key, record.Id, record.FilePath, other, string.Join(", ", eventOf[record.Id])));
                    }

                    distinct.Add(Pair(a, b));
                }
            }

            foreach (var bucket in records.Values.Where(r => r.Date is not null).GroupBy(IdentityKey.Bucket, System.StringComparer.Ordinal))
            {
                var dated = bucket.OrderBy(r => IdentityKey.DayNumber(r.Date!)).ThenBy(r => r.Id, System.StringComparer.Ordinal).ToArray();
                for (var i = 0; i < dated.Length; i++)
                {
                    for (var j = i + 1; j < dated.Length && IdentityKey.DayNumber(dated[j].Date!) - IdentityKey.DayNumber(dated[i].Date!) <= IdentityKey.WindowOf(kind.Key); j++)
                    {
                        var (a, b) = (eventOf[dated[i].Id][0], eventOf[dated[j].Id][0]);
                        if (a == b || distinct.Contains(Pair(a, b)) || IdentityKey.Match(dated[i], dated[j]) is not { } reason)
                        {
                            continue;
                        }

                        var (first, second) = string.CompareOrdinal(dated[i].Id, dated[j].Id) < 0 ? (dated[i], dated[j]) : (dated[j], dated[i]);
                        suggestions.Add(new LinkSuggestion(kind.Key, first.Id, first.FilePath, second.Id, second.FilePath, reason));
                    }
                }
            }
        }

        return new LinkIndex(
            suggestions.OrderBy(s => s.Kind).ThenBy(s => s.FirstId, System.StringComparer.Ordinal).ThenBy(s => s.SecondId, System.StringComparer.Ordinal).ToEquatableArray(),
            contradictions.ToEquatableArray());
    }

    /// <summary>The suggestions that name a record of this file, for its check.</summary>
    public EquatableArray<LinkSuggestion> SuggestionsIn(string path) =>
        Suggestions.Where(s => s.FirstPath == path || s.SecondPath == path).ToEquatableArray();

    public EquatableArray<LinkContradiction> ContradictionsIn(string path) =>
        Contradictions.Where(c => c.FilePath == path).ToEquatableArray();

    private static string Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? a + "\n" + b : b + "\n" + a;
}
