using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Dataset.Annotations.Collections;

namespace Dataset.Annotations.Events;

/// <summary>
/// The dataset's event links, settled: the events <c>same-as</c> forms (as the runtime forms them, through the one
/// <c>EventGrouping</c>), the <c>distinct-from</c> that contradict them, and the pairs the identity key suggests that
/// neither decides. Equal by value; each file reads its own part.
/// </summary>
internal sealed record LinkIndex(EquatableArray<LinkSuggestion> Suggestions, EquatableArray<LinkContradiction> Contradictions)
{
    public static readonly LinkIndex Empty = new(EquatableArray<LinkSuggestion>.Empty, EquatableArray<LinkContradiction>.Empty);

    /// <summary>The links of a whole dataset: the incremental state applied once, so both settle them by the same rules.</summary>
    public static LinkIndex Build(ImmutableArray<FileEventFacts> files, CancellationToken cancellationToken = default)
    {
        var state = new LinkState();
        state.Update(files, System.Array.Empty<string>(), cancellationToken);
        return state.ToIndex();
    }

    private Dictionary<string, EquatableArray<LinkSuggestion>>? _suggestionsByPath;
    private Dictionary<string, EquatableArray<LinkContradiction>>? _contradictionsByPath;

    /// <summary>The suggestions that name a record of this file, for its check: found in O(1), as every file asks.</summary>
    public EquatableArray<LinkSuggestion> SuggestionsIn(string path)
    {
        _suggestionsByPath ??= Suggestions.SelectMany(s => s.Paths.Select(path => (Path: path, Suggestion: s)))
            .GroupBy(p => p.Path, System.StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Suggestion).ToEquatableArray(), System.StringComparer.Ordinal);
        return _suggestionsByPath.TryGetValue(path, out var found) ? found : EquatableArray<LinkSuggestion>.Empty;
    }

    public EquatableArray<LinkContradiction> ContradictionsIn(string path)
    {
        _contradictionsByPath ??= Contradictions.GroupBy(c => c.FilePath, System.StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToEquatableArray(), System.StringComparer.Ordinal);
        return _contradictionsByPath.TryGetValue(path, out var found) ? found : EquatableArray<LinkContradiction>.Empty;
    }

    // Equality is by content only: the lazily built look-ups must not take part.
    public bool Equals(LinkIndex? other) => other is not null && Suggestions.Equals(other.Suggestions) && Contradictions.Equals(other.Contradictions);

    public override int GetHashCode() => Suggestions.GetHashCode();
}
