using System.Collections.Generic;
using System.Linq;

namespace Dataset.Annotations.Agreement;

/// <summary>
/// Agreement on one field over the matched records that have it: how many pairs, how many agree, Cohen's kappa and
/// Krippendorff's alpha (nominal); each null where undefined (no pairs, or a single value throughout).
/// </summary>
public sealed record FieldScore(string Kind, string Field, int Pairs, int Agreed, double? Kappa, double? Alpha)
{
    public static FieldScore Of(string kind, string field, IReadOnlyCollection<(string A, string B)> values) =>
        new(kind, field, values.Count, values.Count(v => v.A == v.B), CohenKappa.Of(values), KrippendorffAlpha.Nominal(values));
}
