namespace Dataset.Cli.Import;

/// <summary>One way a tool may have counted: its unit, and whether it read CRLF as one character.</summary>
internal sealed record OffsetReading(string Name, TextOffsets Offsets, bool NewlinesAsOne = false);

/// <summary>
/// Finds a tool's span in the text: under the reading (unit) whose text is the one the tool recorded beside the
/// offsets, or, when the tool recorded none, under the one reading every possible unit agrees on. Anything else is a
/// located problem, never a guess.
/// </summary>
internal static class SpanReading
{
    /// <summary>One span; see <see cref="Locate(string, IReadOnlyList{ValueTuple{int, int}}, string?, IReadOnlyList{OffsetReading}, out string)"/>.</summary>
    public static (int Start, int End)? Locate(string text, int start, int end, string? expected, IReadOnlyList<OffsetReading> readings, out string problem) =>
        Locate(text, [(start, end)], expected, readings, out problem) is { } found ? found[0] : null;

    /// <summary>
    /// The fragments of one span as UTF-16 ranges of <paramref name="text"/>; their texts joined by a space (as brat
    /// records a span of several fragments) must be <paramref name="expected"/> when it is given.
    /// </summary>
    public static IReadOnlyList<(int Start, int End)>? Locate(
        string text,
        IReadOnlyList<(int Start, int End)> fragments,
        string? expected,
        IReadOnlyList<OffsetReading> readings,
        out string problem)
    {
        var offsets = string.Join(";", fragments.Select(f => $"{f.Start}-{f.End}"));
        problem = string.Empty;
        if (fragments.Any(f => f.Start < 0 || f.End < f.Start))
        {
            problem = $"the offsets {offsets} are not a span";
            return null;
        }

        var found = new List<(OffsetReading Reading, List<(int Start, int End)> Ranges, string Text)>();
        foreach (var reading in readings)
        {
            var ranges = new List<(int Start, int End)>();
            foreach (var (start, end) in fragments)
            {
                if (reading.Offsets.ToIndex(start) is { } s && reading.Offsets.ToIndex(end) is { } e && !SplitsAPair(text, s) && !SplitsAPair(text, e))
                {
                    ranges.Add((s, e));
                }
            }

            if (ranges.Count == fragments.Count)
            {
                found.Add((reading, ranges, string.Join(" ", ranges.Select(r => text[r.Start..r.End]))));
            }
        }

        if (found.Count == 0)
        {
            problem = $"the offsets {offsets} are past the end of the text ({text.Length} UTF-16 code units) or split a character";
            return null;
        }

        if (expected is not null)
        {
            foreach (var candidate in found)
            {
                if (Same(candidate.Text, expected, candidate.Reading.NewlinesAsOne))
                {
                    return candidate.Ranges;
                }
            }

            problem = $"the annotation says {Quote(expected)} but the text at {offsets} reads {Quote(found[0].Text)}: "
                + "the text no longer matches the annotation";
            return null;
        }

        if (found.Count == readings.Count && found.Select(f => f.Text).Distinct().Count() == 1 && found.Select(f => f.Ranges[0].Start).Distinct().Count() == 1)
        {
            return found[0].Ranges;
        }

        problem = $"no text is recorded beside the offsets {offsets}, and they read " +
            $"{string.Join(" or ", found.Select(f => $"{Quote(f.Text)} in {f.Reading.Name}"))}";
        return null;
    }

    public static string Quote(string text) =>
        "'" + (text.Length > 60 ? text[..60] + "…" : text).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "'";

    private static bool Same(string actual, string expected, bool newlinesAsOne) =>
        string.Equals(newlinesAsOne ? actual.Replace("\r\n", "\n", StringComparison.Ordinal) : actual, expected, StringComparison.Ordinal);

    private static bool SplitsAPair(string text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) && char.IsHighSurrogate(text[index - 1]);
}
