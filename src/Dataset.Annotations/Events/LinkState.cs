using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Events;

/// <summary>
/// The dataset's event links kept up to date file by file: what <see cref="LinkIndex.Build"/> settles for a whole
/// dataset (and is built through), here updated by what one edit changed. An edit recomputes the identity key only in
/// the buckets (kind, speaker or imposer, act) its records left or joined, and the events only when a record with
/// same-as or distinct-from, or one they name, changed; so typing in one statement does not pair the whole corpus again.
/// An edit of actors' roles places anew the records of the speakers and imposers whose <see cref="Voices"/> it changed.
/// </summary>
internal sealed class LinkState
{
    private readonly Dictionary<string, FileEventFacts> _files = new(System.StringComparer.Ordinal);
    private readonly Dictionary<RecordKind, KindLinks> _kinds = new();
    private readonly Dictionary<string, List<LinkSuggestion>> _suggestionsByPath = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, List<LinkContradiction>> _contradictionsByPath = new(System.StringComparer.Ordinal);
    private IReadOnlyList<LinkSuggestion> _actorSuggestions = [];
    private IReadOnlyList<LinkContradiction> _actorContradictions = [];
    private Voices _voices = Voices.None;

    /// <summary>Applies new facts of changed files and forgets removed ones; returns the files whose suggestions or contradictions changed.</summary>
    /// <param name="changed">The facts of every added or changed file.</param>
    /// <param name="removed">The paths of removed files.</param>
    /// <param name="cancellationToken">Cancelled, the update stops midway and leaves this state part-applied: only a state
    /// that is then thrown away (<see cref="LinkIndex.Build"/>) passes one.</param>
    public ISet<string> Update(IEnumerable<FileEventFacts> changed, IEnumerable<string> removed, CancellationToken cancellationToken = default)
    {
        var settling = Begin(changed, removed, cancellationToken);
        settling.Help();
        cancellationToken.ThrowIfCancellationRequested();
        return settling.Finish();
    }

    /// <summary>
    /// As <see cref="Update"/>, in three steps: this one applies the facts and reads the voices; the settling of each
    /// kind's links and of the actors' is then done by whoever calls <see cref="LinkSettling.Help"/> (two threads may,
    /// taking each part once), and <see cref="LinkSettling.Finish"/>, once every helper has returned, applies their
    /// changes in one order (the kinds', then the actors') and returns the files whose suggestions or contradictions changed.
    /// </summary>
    public LinkSettling Begin(IEnumerable<FileEventFacts> changed, IEnumerable<string> removed, CancellationToken cancellationToken = default)
    {
        var touched = new Dictionary<RecordKind, HashSet<string>>();
        void Touch(RecordKind kind, string id)
        {
            if (!touched.TryGetValue(kind, out var ids))
            {
                touched[kind] = ids = new HashSet<string>(System.StringComparer.Ordinal);
            }

            ids.Add(id);
        }

        var actorsChanged = false;
        foreach (var path in removed)
        {
            if (_files.TryGetValue(path, out var old))
            {
                _files.Remove(path);
                actorsChanged |= old.Actors.Count > 0;
                foreach (var record in old.Records)
                {
                    Kind(record.Kind).Remove(record);
                    Touch(record.Kind, record.Id);
                }
            }
        }

        foreach (var facts in changed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_files.TryGetValue(facts.Path, out var old) && old.Equals(facts))
            {
                continue;
            }

            actorsChanged |= !(old?.Actors ?? EquatableArray<ActorFacts>.Empty).Equals(facts.Actors);

            // Only the records the edit changed move: typing in one statement re-pairs that statement alone.
            var unchanged = Unchanged(old, facts);
            foreach (var record in old?.Records ?? Enumerable.Empty<RecordFacts>())
            {
                if (!unchanged.Contains(record))
                {
                    Kind(record.Kind).Remove(record);
                    Touch(record.Kind, record.Id);
                }
            }

            _files[facts.Path] = facts;
            foreach (var record in facts.Records)
            {
                if (!unchanged.Contains(record))
                {
                    Kind(record.Kind).Add(record);
                    Touch(record.Kind, record.Id);
                }
            }
        }

        if (actorsChanged)
        {
            // Whom each actor speaks for is read over every actor of the folder: only an edit of an actor does that.
            var voices = Voices.Of(_files.Values.SelectMany(f => f.Actors));
            var speakers = new HashSet<string>(voices.ChangedFrom(_voices), System.StringComparer.Ordinal);
            _voices = voices;
            foreach (var kind in _kinds)
            {
                kind.Value.Voices = voices;
                foreach (var id in speakers.Count > 0 ? kind.Value.IdsBy(speakers) : [])
                {
                    Touch(kind.Key, id);
                }
            }
        }

        // Each kind's links and the actors' are settled apart from the others' (each reads the voices alone).
        cancellationToken.ThrowIfCancellationRequested();
        var kinds = touched.OrderBy(t => t.Key).ToList();
        var changes = new KindLinkChange[kinds.Count];
        (List<LinkSuggestion> Suggestions, List<LinkContradiction> Contradictions)? actors = null;
        var work = kinds.Select((kind, at) => (kind.Value.Count, (System.Action)(() => changes[at] = _kinds[kind.Key].Settle(kind.Value)))).ToList();
        if (actorsChanged)
        {
            // Actors that may be one are weighed over every actor of the folder: only an edit of an actor does that.
            var declared = _files.Values.SelectMany(f => f.Actors).ToList();
            work.Add((declared.Count, () => actors = ActorLinks.Of(declared)));
        }

        return new LinkSettling(work, () => Apply(changes, actors));
    }

    private HashSet<string> Apply(KindLinkChange[] changes, (List<LinkSuggestion> Suggestions, List<LinkContradiction> Contradictions)? actors)
    {
        var affected = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var change in changes)
        {
            Move(_suggestionsByPath, change.SuggestionsGone, change.SuggestionsMade, s => s.Paths, affected);
            Move(_contradictionsByPath, change.ContradictionsBefore, change.ContradictionsAfter, c => new[] { c.FilePath }, affected);
        }

        if (actors is var (actorSuggestions, actorContradictions))
        {
            Move(_suggestionsByPath, _actorSuggestions, actorSuggestions, s => s.Paths, affected);
            Move(_contradictionsByPath, _actorContradictions, actorContradictions, c => new[] { c.FilePath }, affected);
            (_actorSuggestions, _actorContradictions) = (actorSuggestions, actorContradictions);
        }

        foreach (var path in affected)
        {
            if (_suggestionsByPath.TryGetValue(path, out var list))
            {
                list.Sort(Order);
            }

            // As the whole index orders them: by kind, then by record, each record's distinct-from in written order.
            if (_contradictionsByPath.TryGetValue(path, out var contradictions))
            {
                _contradictionsByPath[path] = contradictions.OrderBy(c => c.Kind).ThenBy(c => c.Id, System.StringComparer.Ordinal).ToList();
            }
        }

        return affected;
    }

    /// <summary>The records a file has before and after alike (none when either repeats a record, which only a whole replacement keeps right).</summary>
    private static HashSet<RecordFacts> Unchanged(FileEventFacts? old, FileEventFacts facts)
    {
        var unchanged = new HashSet<RecordFacts>();
        if (old is null)
        {
            return unchanged;
        }

        var before = new HashSet<RecordFacts>(old.Records);
        var after = new HashSet<RecordFacts>(facts.Records);
        if (before.Count == old.Records.Count && after.Count == facts.Records.Count)
        {
            unchanged.UnionWith(before);
            unchanged.IntersectWith(after);
        }

        return unchanged;
    }

    public EquatableArray<LinkSuggestion> SuggestionsIn(string path) =>
        _suggestionsByPath.TryGetValue(path, out var found) ? found.ToEquatableArray() : EquatableArray<LinkSuggestion>.Empty;

    public EquatableArray<LinkContradiction> ContradictionsIn(string path) =>
        _contradictionsByPath.TryGetValue(path, out var found) ? found.ToEquatableArray() : EquatableArray<LinkContradiction>.Empty;

    /// <summary>The whole dataset's links as one value.</summary>
    public LinkIndex ToIndex() => new(
        _kinds.OrderBy(k => k.Key)
            .SelectMany(k => k.Value.AllSuggestions())
            .Concat(_actorSuggestions)
            .OrderBy(s => s, Comparer<LinkSuggestion>.Create(Order))
            .ToEquatableArray(),
        _kinds.Select(k => k.Value.Contradictions).Append(_actorContradictions).SelectMany(c => c).OrderBy(c => c.Kind).ToEquatableArray());

    private KindLinks Kind(RecordKind kind) => _kinds.TryGetValue(kind, out var found) ? found : _kinds[kind] = new KindLinks(kind) { Voices = _voices };

    private static int Order(LinkSuggestion a, LinkSuggestion b)
    {
        var byKind = a.Kind.CompareTo(b.Kind);
        if (byKind != 0)
        {
            return byKind;
        }

        var byFirst = string.CompareOrdinal(a.FirstId, b.FirstId);
        return byFirst != 0 ? byFirst : string.CompareOrdinal(a.SecondId, b.SecondId);
    }

    private static void Move<T>(
        Dictionary<string, List<T>> byPath,
        IReadOnlyList<T> before,
        IReadOnlyList<T> after,
        System.Func<T, string[]> pathsOf,
        HashSet<string> affected)
    {
        if (before.SequenceEqual(after))
        {
            return;
        }

        foreach (var item in before)
        {
            foreach (var path in pathsOf(item))
            {
                if (byPath.TryGetValue(path, out var list))
                {
                    list.Remove(item);
                    if (list.Count == 0)
                    {
                        byPath.Remove(path);
                    }
                }

                affected.Add(path);
            }
        }

        foreach (var item in after)
        {
            foreach (var path in pathsOf(item))
            {
                if (!byPath.TryGetValue(path, out var list))
                {
                    byPath[path] = list = new List<T>();
                }

                list.Add(item);
                affected.Add(path);
            }
        }
    }
}
