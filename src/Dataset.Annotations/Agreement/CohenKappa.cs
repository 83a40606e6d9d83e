using System;
using System.Collections.Generic;
using System.Linq;

namespace Dataset.Annotations.Agreement;

/// <summary>
/// Cohen's kappa for two coders and nominal values: the agreement observed beyond the agreement each coder's own
/// distribution of values would give by chance (Cohen 1960).
/// </summary>
public static class CohenKappa
{
    /// <summary>
    /// Kappa of two coders' values for the same units. Null when it is undefined: no units, or chance agreement of
    /// one (both coders gave the same single value throughout).
    /// </summary>
    public static double? Of(IReadOnlyCollection<(string A, string B)> pairs)
    {
        if (pairs.Count == 0)
        {
            return null;
        }

        double total = pairs.Count;
        var observed = pairs.Count(p => string.Equals(p.A, p.B, StringComparison.Ordinal)) / total;
        var a = pairs.GroupBy(p => p.A, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count() / total, StringComparer.Ordinal);
        var b = pairs.GroupBy(p => p.B, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count() / total, StringComparer.Ordinal);
        var chance = a.Sum(pa => b.TryGetValue(pa.Key, out var pb) ? pa.Value * pb : 0);
        return chance >= 1 ? null : (observed - chance) / (1 - chance);
    }
}
