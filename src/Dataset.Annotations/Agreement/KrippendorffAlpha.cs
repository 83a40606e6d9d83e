using System;
using System.Collections.Generic;
using System.Linq;

namespace Dataset.Annotations.Agreement;

/// <summary>
/// Krippendorff's alpha for nominal data, any number of coders, missing values allowed: one minus the observed
/// disagreement of the coincidence matrix over the disagreement expected by chance (Krippendorff, "Computing
/// Krippendorff's Alpha-Reliability", 2011).
/// </summary>
public static class KrippendorffAlpha
{
    /// <summary>
    /// Alpha of a reliability data matrix: one row per unit, one value per coder (null where a coder gave none).
    /// Units with fewer than two values are not pairable and count for nothing. Null when alpha is undefined: fewer
    /// than two pairable values, or every value the same (no variation to agree on).
    /// </summary>
    public static double? Nominal(IEnumerable<IReadOnlyList<string?>> units)
    {
        var coincidences = new Dictionary<(string, string), double>();
        foreach (var unit in units)
        {
            var values = unit.Where(v => v is not null).Select(v => v!).ToList();
            if (values.Count < 2)
            {
                continue;
            }

            // Each ordered pair of values from different coders of the unit, weighted so a unit adds its m_u values.
            var weight = 1.0 / (values.Count - 1);
            for (var i = 0; i < values.Count; i++)
            {
                for (var j = 0; j < values.Count; j++)
                {
                    if (i != j)
                    {
                        var key = (values[i], values[j]);
                        coincidences[key] = (coincidences.TryGetValue(key, out var sum) ? sum : 0) + weight;
                    }
                }
            }
        }

        var marginals = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var pair in coincidences)
        {
            marginals[pair.Key.Item1] = (marginals.TryGetValue(pair.Key.Item1, out var sum) ? sum : 0) + pair.Value;
        }

        var n = marginals.Values.Sum();
        var observed = coincidences.Where(p => !string.Equals(p.Key.Item1, p.Key.Item2, StringComparison.Ordinal)).Sum(p => p.Value);
        var expected = 0.0;
        foreach (var c in marginals)
        {
            foreach (var k in marginals)
            {
                expected += string.Equals(c.Key, k.Key, StringComparison.Ordinal) ? 0 : c.Value * k.Value;
            }
        }

        if (n < 2 || expected == 0)
        {
            return null;
        }

        return 1 - ((n - 1) * observed / expected);
    }

    /// <summary>Alpha of two coders' values for the same units, in pairs (both values present).</summary>
    public static double? Nominal(IEnumerable<(string A, string B)> pairs) =>
        Nominal(pairs.Select(p => (IReadOnlyList<string?>)new string?[] { p.A, p.B }));
}
