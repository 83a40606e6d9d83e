using System.Collections.Generic;
using System.Linq;
using System;

namespace Dataset.Annotations.Diagnostics;

/// <summary>
/// "Did you mean", for the build's diagnostics and the tool's messages alike: the nearest candidate by edit distance,
/// else (for what looks like part of an id, "kirby" for "john-kirby") up to three candidates that contain it.
/// </summary>
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

    /// <summary>What to suggest for a value: the closest candidate, else up to <paramref name="max"/> that contain it.</summary>
    public static IReadOnlyList<string> Candidates(string value, IEnumerable<string> candidates, int max = 3)
    {
        var all = candidates as IReadOnlyList<string> ?? candidates.ToList();
        if (Closest(value, all) is { } match)
        {
            return new[] { match };
        }

        return value.Length < MinContained
            ? Array.Empty<string>()
            : all.Where(c => c.IndexOf(value, StringComparison.OrdinalIgnoreCase) >= 0)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(c => c, StringComparer.Ordinal)
                .Take(max)
                .ToList();
    }

    /// <summary>"; did you mean 'x'?" (or "'x' or 'y'") or an empty string, ready to append to a message.</summary>
    public static string DidYouMean(string value, IEnumerable<string> candidates) => Diagnostics.DidYouMean.For(value, candidates).Text;

    /// <summary>Shorter values are contained in too many ids to narrow anything down.</summary>
    private const int MinContained = 3;

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
