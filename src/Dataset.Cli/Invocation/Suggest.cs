namespace Dataset.Cli.Invocation;

/// <summary>"Did you mean": ids that contain what was typed, else the nearest by edit distance.</summary>
internal static class Suggest
{
    public static IReadOnlyList<string> Candidates(string typed, IEnumerable<string> known, int max = 3)
    {
        var all = known.Distinct(StringComparer.Ordinal).ToList();
        var containing = all.Where(k => k.Contains(typed, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).Take(max).ToList();
        if (containing.Count > 0 || typed.Length == 0)
        {
            return containing;
        }

        var limit = Math.Max(2, typed.Length / 3);
        return all.Select(k => (Known: k, Distance: Distance(typed, k)))
            .Where(p => p.Distance <= limit)
            .OrderBy(p => p.Distance).ThenBy(p => p.Known, StringComparer.Ordinal)
            .Take(max).Select(p => p.Known).ToList();
    }

    /// <summary>" Did you mean 'x' or 'y'?" or an empty string, ready to append to a message.</summary>
    public static string DidYouMean(string typed, IEnumerable<string> known)
    {
        var candidates = Candidates(typed, known);
        return candidates.Count == 0 ? string.Empty : $" Did you mean {string.Join(" or ", candidates.Select(c => $"'{c}'"))}?";
    }

    /// <summary>Levenshtein distance, case-insensitive.</summary>
    public static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
