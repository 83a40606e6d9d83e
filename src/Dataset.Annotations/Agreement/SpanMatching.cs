using System.Collections.Generic;
using System.Linq;

namespace Dataset.Annotations.Agreement;

/// <summary>Two annotators' records of one kind in one article, paired by their evidence.</summary>
internal sealed record SpanMatch(
    IReadOnlyList<(AnnotatedRecord A, AnnotatedRecord B)> Pairs,
    IReadOnlyList<AnnotatedRecord> OnlyA,
    IReadOnlyList<AnnotatedRecord> OnlyB);

/// <summary>
/// Pairs records whose evidence overlaps, one to one, the largest overlap first (ties: the earlier evidence of A,
/// then of B), so that each record is matched with the other annotator's record that shares most of its text.
/// </summary>
internal static class SpanMatching
{
    public static SpanMatch Match(IReadOnlyList<AnnotatedRecord> a, IReadOnlyList<AnnotatedRecord> b)
    {
        var candidates = a.SelectMany(x => b.Select(y => (A: x, B: y, Overlap: x.Overlap(y))))
            .Where(c => c.Overlap > 0)
            .OrderByDescending(c => c.Overlap).ThenBy(c => c.A.Start).ThenBy(c => c.B.Start)
            .ToList();
        var usedA = new HashSet<AnnotatedRecord>();
        var usedB = new HashSet<AnnotatedRecord>();
        var pairs = new List<(AnnotatedRecord, AnnotatedRecord)>();
        foreach (var candidate in candidates)
        {
            if (!usedA.Contains(candidate.A) && !usedB.Contains(candidate.B))
            {
                usedA.Add(candidate.A);
                usedB.Add(candidate.B);
                pairs.Add((candidate.A, candidate.B));
            }
        }

        return new SpanMatch(
            pairs.OrderBy(p => p.Item1.Start).ToList(),
            a.Where(x => !usedA.Contains(x)).ToList(),
            b.Where(y => !usedB.Contains(y)).ToList());
    }
}
