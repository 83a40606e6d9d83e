using System;
using System.Collections.Generic;
using System.Linq;

namespace Dataset.Annotations.Agreement;

/// <summary>
/// Krippendorff's alpha for unitizing a continuum (u-alpha; Krippendorff 1995, "On the reliability of unitizing
/// continuous data", and Content Analysis, 2004, section 12.5): how far coders agree on where the units of a category
/// are, counting each stretch a coder marks and each gap between, compared with the disagreement expected when the
/// same units and gaps are placed by chance.
/// </summary>
public sealed class UnitizingAlpha
{
    private readonly long _begin;
    private readonly long _length;
    private readonly int _coders;
    private readonly IReadOnlyList<UnitizedSpan> _units;

    /// <param name="begin">The first position of the continuum.</param>
    /// <param name="length">How many positions it has; units outside it are cut to it.</param>
    /// <param name="coders">How many coders unitized it (a coder with no unit still counts: all of it is gap).</param>
    /// <param name="units">Every coder's units. One coder's overlapping units of one category are taken as their union,
    /// since a position is either in a unit of that category or not.</param>
    public UnitizingAlpha(long begin, long length, int coders, IEnumerable<UnitizedSpan> units)
    {
        _begin = begin;
        _length = Math.Max(0, length);
        _coders = coders;
        _units = Union(units.Select(Clip).Where(u => u.Length > 0 && u.Coder >= 0 && u.Coder < coders)).ToList();
    }

    /// <summary>The categories that have at least one unit, in ordinal order.</summary>
    public IReadOnlyList<string> Categories => _units.Select(u => u.Category).Distinct().OrderBy(c => c, StringComparer.Ordinal).ToList();

    /// <summary>Alpha over every category: one minus the summed observed over the summed expected disagreement.</summary>
    public double? Alpha() => Ratio(Categories.Sum(ObservedDisagreement), Categories.Sum(ExpectedDisagreement));

    /// <summary>Alpha of one category against everything else (its gaps). Null when undefined (no unit of it, one coder).</summary>
    public double? Alpha(string category) => Ratio(ObservedDisagreement(category), ExpectedDisagreement(category));

    /// <summary>
    /// The observed disagreement on a category: for every ordered pair of different coders, the squared distances of
    /// each of one's segments (units and gaps) to each of the other's, over m(m−1)L².
    /// </summary>
    public double ObservedDisagreement(string category)
    {
        if (_coders < 2 || _length == 0)
        {
            return 0;
        }

        var segments = Enumerable.Range(0, _coders).Select(c => Segments(c, category)).ToList();
        var sum = 0.0;
        for (var i = 0; i < _coders; i++)
        {
            for (var j = 0; j < _coders; j++)
            {
                if (i == j)
                {
                    continue;
                }

                foreach (var g in segments[i])
                {
                    foreach (var h in segments[j])
                    {
                        sum += Distance(g, h);
                    }
                }
            }
        }

        return sum / (_coders * (_coders - 1.0) * _length * _length);
    }

    /// <summary>
    /// The expected disagreement on a category: every unit of it compared with every other unit and with every gap
    /// it could be placed in, over all the ways of pairing positions (Krippendorff 2004, p. 254).
    /// </summary>
    public double ExpectedDisagreement(string category)
    {
        var marked = _units.Where(u => u.Category == category).ToList();
        if (_coders < 2 || _length == 0 || marked.Count == 0)
        {
            return 0;
        }

        var gaps = Enumerable.Range(0, _coders).SelectMany(c => Segments(c, category)).Where(s => !s.IsUnit).Select(s => (double)s.Length).ToList();
        double count = marked.Count;
        var numerator = 0.0;
        var withinUnits = 0.0;
        foreach (var unit in marked)
        {
            double l = unit.Length;
            numerator += (count - 1) * ((2 * l * l * l) - (3 * l * l) + l) / 3;
            numerator += l * l * gaps.Where(gap => gap >= l).Sum(gap => gap - l + 1);
            withinUnits += l * (l - 1);
        }

        var total = _coders * (double)_length;
        return 2.0 / _length * numerator / ((total * (total - 1)) - withinUnits);
    }

    /// <summary>
    /// The squared distance of two segments: for two overlapping units, the squared differences of their starts and of
    /// their ends; for a unit inside the other coder's gap, the unit's length squared; otherwise nothing.
    /// </summary>
    private static double Distance(Segment g, Segment h)
    {
        double startDifference = g.Start - h.Start;
        double endDifference = g.End - h.End;
        if (g.IsUnit && h.IsUnit)
        {
            return -g.Length < startDifference && startDifference < h.Length ? (startDifference * startDifference) + (endDifference * endDifference) : 0;
        }

        if (g.IsUnit && !h.IsUnit)
        {
            return h.Start <= g.Start && g.End <= h.End ? (double)g.Length * g.Length : 0;
        }

        if (!g.IsUnit && h.IsUnit)
        {
            return g.Start <= h.Start && h.End <= g.End ? (double)h.Length * h.Length : 0;
        }

        return 0;
    }

    /// <summary>One coder's continuum cut into its units of a category and the gaps between them, in order.</summary>
    private List<Segment> Segments(int coder, string category)
    {
        var result = new List<Segment>();
        var position = _begin;
        foreach (var unit in _units.Where(u => u.Coder == coder && u.Category == category).OrderBy(u => u.Start))
        {
            if (unit.Start > position)
            {
                result.Add(new Segment(position, unit.Start - position, false));
            }

            result.Add(new Segment(unit.Start, unit.Length, true));
            position = unit.End;
        }

        if (position < _begin + _length)
        {
            result.Add(new Segment(position, _begin + _length - position, false));
        }

        return result;
    }

    private UnitizedSpan Clip(UnitizedSpan unit)
    {
        var start = Math.Max(_begin, unit.Start);
        var end = Math.Min(_begin + _length, unit.End);
        return unit with { Start = start, Length = Math.Max(0, end - start) };
    }

    private static IEnumerable<UnitizedSpan> Union(IEnumerable<UnitizedSpan> units)
    {
        foreach (var group in units.GroupBy(u => (u.Coder, u.Category)))
        {
            UnitizedSpan? current = null;
            foreach (var unit in group.OrderBy(u => u.Start))
            {
                if (current is { } open && unit.Start < open.End)
                {
                    current = open with { Length = Math.Max(open.End, unit.End) - open.Start };
                    continue;
                }

                if (current is { } done)
                {
                    yield return done;
                }

                current = unit;
            }

            if (current is { } last)
            {
                yield return last;
            }
        }
    }

    private static double? Ratio(double observed, double expected) => expected == 0 ? null : 1 - (observed / expected);

    private readonly record struct Segment(long Start, long Length, bool IsUnit)
    {
        public long End => Start + Length;
    }
}
