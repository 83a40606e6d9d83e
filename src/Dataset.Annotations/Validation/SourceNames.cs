using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Validation;

/// <summary>A publisher or wire other documents name that a wire is spelt close to, and how many documents name it.</summary>
internal sealed record NearSource(string Name, int Documents);

/// <summary>
/// The news sources documents name (publishers and wires, as written) and the near spellings of a wire among them
/// (DS0045): events count each spelling as a source of its own, so "Reuter" beside "Reuters" is one source counted twice.
/// </summary>
internal static class SourceNames
{
    /// <summary>Names of fewer letters than this ("AP", "AFP") are near only when they differ in case or punctuation.</summary>
    private const int MinEditedLength = 4;

    /// <summary>Names of this many letters or more may differ by two edits; shorter ones by one.</summary>
    private const int TwoEditsLength = 8;

    /// <summary>What a document names: its publisher and its wire, when given.</summary>
    public static EquatableArray<string> Of(DocumentModel document) =>
        new[] { document.Publisher, document.Wire?.Value }.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!).Distinct().ToEquatableArray();

    /// <summary>How many documents name each source.</summary>
    public static IReadOnlyDictionary<string, int> Count(IEnumerable<IndexedId> entries)
    {
        var counts = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var name in entries.Where(e => e.Kind == RecordKind.Document).SelectMany(e => e.Sources))
        {
            counts[name] = counts.TryGetValue(name, out var n) ? n + 1 : 1;
        }

        return counts;
    }

    /// <summary>
    /// The source a wire is most likely a misspelling of: another name, named by at least as many documents, that
    /// differs only in case or punctuation or by an edit or two; the most named first. Null when there is none.
    /// </summary>
    public static NearSource? Near(string wire, IReadOnlyDictionary<string, int> names)
    {
        var own = names.TryGetValue(wire, out var n) ? n : 0;
        return names.Where(c => c.Key != wire && c.Value >= own && IsNear(wire, c.Key))
            .OrderByDescending(c => c.Value)
            .ThenBy(c => c.Key, System.StringComparer.Ordinal)
            .Select(c => new NearSource(c.Key, c.Value))
            .FirstOrDefault();
    }

    private static bool IsNear(string a, string b)
    {
        if (Key(a) == Key(b))
        {
            return true;
        }

        var shorter = System.Math.Min(a.Length, b.Length);
        var limit = shorter >= TwoEditsLength ? 2 : 1;
        return shorter >= MinEditedLength && System.Math.Abs(a.Length - b.Length) <= limit && Suggestions.Distance(a, b, limit) <= limit;
    }

    private static string Key(string name) => new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
