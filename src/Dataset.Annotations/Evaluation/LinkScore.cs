using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Events;
using Dataset.Annotations.Model;
using Dataset.Annotations.Pipeline;
using Dataset.EventFormat;

namespace Dataset.Annotations.Evaluation;

/// <summary>
/// An event that same-as links form across several articles: its records, how many articles report it, whether the
/// suggestions join all those articles, and else, for each pair of its records they leave apart, the parts of the
/// identity key that pair fails.
/// </summary>
internal sealed record GoldEvent(RecordKind Kind, IReadOnlyList<string> Ids, int Articles, bool Connected, IReadOnlyList<string> Why);

/// <summary>A suggestion made as if nothing were linked; right when the annotations' same-as puts both records in one event.</summary>
internal sealed record ScoredSuggestion(LinkSuggestion Suggestion, bool Right);

/// <summary>
/// How well the identity key's suggestions find the events annotations link by hand: the folder's same-as links
/// between statements and between sanctions are the answer, and the suggestions are made by the same engine from
/// the same records with every same-as and distinct-from taken away (a restatement stays one report with what it
/// restates, in the answer as in the suggestions). An event is connected when the suggested pairs
/// among its records join all its articles; a suggestion is right when both its records are of one event.
/// </summary>
internal sealed record LinkScore(IReadOnlyList<GoldEvent> Events, IReadOnlyList<ScoredSuggestion> Suggestions)
{
    public int Connected => Events.Count(e => e.Connected);

    public int Right => Suggestions.Count(s => s.Right);

    public static LinkScore Of(IEnumerable<KeyValuePair<string, string?>> files)
    {
        var facts = new FolderRun(files).Annotations.OrderBy(a => a.Path, System.StringComparer.Ordinal).Select(FileEventFacts.From).ToList();
        var unlinked = facts.Select(f => f with { Records = f.Records.Select(Unlinked).ToEquatableArray() }).ToImmutableArray();
        var suggestions = LinkIndex.Build(unlinked).Suggestions.Where(s => s.Kind != RecordKind.Actor).ToList();

        var events = new List<GoldEvent>();
        var scored = new List<ScoredSuggestion>();
        var words = new ContentWords.Cache();
        var voices = Voices.Of(facts.SelectMany(f => f.Actors));
        foreach (var kind in new[] { RecordKind.Statement, RecordKind.Sanction })
        {
            // The first declaration of an id is the record (a duplicate is already an error).
            var records = new Dictionary<string, RecordFacts>(System.StringComparer.Ordinal);
            foreach (var record in facts.SelectMany(f => f.Records).Where(r => r.Kind == kind && !records.ContainsKey(r.Id)))
            {
                records[record.Id] = record;
            }

            // The events as the links form them (docs/events.md): a restatement is one report with what it restates.
            var links = EventLinks.Of(records.Values, id => records.TryGetValue(id, out var found) ? found : null);
            var eventOf = new Dictionary<string, string[]>(System.StringComparer.Ordinal);
            foreach (var members in EventGrouping.Group(records.Keys, links))
            {
                foreach (var member in members)
                {
                    eventOf[member] = members;
                }
            }

            var ofKind = suggestions.Where(s => s.Kind == kind).ToList();
            scored.AddRange(ofKind.Select(s => new ScoredSuggestion(s, eventOf[s.FirstId] == eventOf[s.SecondId])));
            foreach (var members in eventOf.Values.Distinct().OrderBy(m => m[0], System.StringComparer.Ordinal))
            {
                var articles = members.Select(m => records[m].FilePath).Distinct(System.StringComparer.Ordinal).ToList();
                if (articles.Count > 1)
                {
                    events.Add(Scored(kind, members, articles, ofKind, records, words, voices));
                }
            }
        }

        return new LinkScore(events, scored);
    }

    private static GoldEvent Scored(
        RecordKind kind,
        string[] members,
        List<string> articles,
        List<LinkSuggestion> suggestions,
        Dictionary<string, RecordFacts> records,
        ContentWords.Cache words,
        Voices voices)
    {
        // The articles the suggested pairs among the event's records join, as same-as would join records.
        var inEvent = new HashSet<string>(members, System.StringComparer.Ordinal);
        var joins = suggestions.Where(s => inEvent.Contains(s.FirstId) && inEvent.Contains(s.SecondId))
            .Select(s => new KeyValuePair<string, string>(s.FirstPath, s.SecondPath));
        var parts = EventGrouping.Group(articles, joins);
        var partOf = parts.SelectMany(p => p.Select(article => (Article: article, Part: p[0]))).ToDictionary(p => p.Article, p => p.Part);
        var why = new List<string>();
        for (var i = 0; i < members.Length; i++)
        {
            for (var j = i + 1; j < members.Length; j++)
            {
                var (a, b) = (records[members[i]], records[members[j]]);
                if (partOf[a.FilePath] != partOf[b.FilePath])
                {
                    why.Add($"{a.Id} {b.Id}: {string.Join("; ", IdentityKey.Failures(a, b, words, voices))}");
                }
            }
        }

        return new GoldEvent(kind, members, articles.Count, parts.Count == 1, why);
    }

    private static RecordFacts Unlinked(RecordFacts record) =>
        record with { SameAs = EquatableArray<string>.Empty, DistinctFrom = EquatableArray<string>.Empty };
}
