using System.Collections.Generic;
using System.Linq;
using System;

namespace Dataset.Annotations.Diagnostics;

/// <summary>"Did you mean" by edit distance.</summary>
internal static class Suggestions
{
    /// <summary>The closest candidate within a distance that scales with the word, or null.</summary>
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        var limit = Math.Max(2, value.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            // Cheap length filter first: the distance is at least the length difference.
            if (Math.Abs(candidate.Length - value.Length) > limit)
            {
                continue;
            }

            var distance = Distance(value, candidate, limit);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= limit ? best : null;
    }

    /// <summary>" — did you mean 'x'?" or an empty string, ready to append to a message.</summary>
    public static string DidYouMean(string value, IEnumerable<string> candidates) =>
        Closest(value, candidates) is { } match ? $"; did you mean '{match}'?" : string.Empty;

    /// <summary>Levenshtein distance, case-insensitive, giving up early above <paramref name="limit"/>.</summary>
    public static int Distance(string a, string b, int limit = int.MaxValue)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return rowMin;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    public static string List(IEnumerable<string> values) => string.Join(", ", values.Take(20));
}
