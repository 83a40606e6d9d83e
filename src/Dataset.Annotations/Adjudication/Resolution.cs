using System.Collections.Generic;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Adjudication;

/// <summary>One change of an annotation's text: the characters [Start, End) replaced by <see cref="NewText"/>.</summary>
internal sealed record TextChange(int Start, int End, string NewText);

/// <summary>A decision on one disagreement entry: its title ("Take A", "Take B") and the changes that make it.</summary>
internal sealed record Resolution(string Title, IReadOnlyList<TextChange> Changes)
{
    /// <summary>
    /// "Take A" and "Take B" for one entry of a record's <c>disagreement:</c>. For a field: A's value is already in
    /// the field, so taking A removes the entry, and taking B also moves B's value into the field. For
    /// <c>only-in</c>: taking the side that marked the record keeps it (the mark goes), the other deletes it.
    /// </summary>
    public static IReadOnlyList<Resolution> For(string yaml, DisagreementBlock block, DisagreementEntry entry)
    {
        var removeEntry = block.Entries.Count == 1 ? Remove(yaml, block.Block) : Remove(yaml, entry.Entry);
        if (entry.OnlyIn is { } only)
        {
            var keep = new Resolution(only == "a" ? "Take A" : "Take B", new[] { Remove(yaml, block.Block) });
            var drop = new Resolution(only == "a" ? "Take B" : "Take A", new[] { WholeLines(yaml, block.Record) });
            return only == "a" ? new[] { keep, drop } : new[] { drop, keep };
        }

        var b = yaml.Substring(entry.B!.Start, entry.B.End - entry.B.Start);
        var moveB = entry.Current is { } current
            ? new TextChange(current.Start, current.End, b)
            : new TextChange(
                LineEnd(yaml, block.Record.Start),
                LineEnd(yaml, block.Record.Start),
                "\n" + new string(' ', block.Record.StartColumn) + entry.Field + ": " + b);
        return new[]
        {
            new Resolution("Take A", new[] { removeEntry }),
            new Resolution("Take B", new[] { moveB, removeEntry }),
        };
    }

    /// <summary>Takes out an entry: its whole lines when it has lines of its own, else its text and one separating comma.</summary>
    private static TextChange Remove(string yaml, LocationInfo span)
    {
        var lineStart = LineStart(yaml, span.Start);
        var lineEnd = LineEnd(yaml, span.End);
        if (yaml.Substring(lineStart, span.Start - lineStart).Trim().Length == 0 && yaml.Substring(span.End, lineEnd - span.End).Trim().Length == 0)
        {
            return WholeLines(yaml, span);
        }

        // Inside a flow mapping: "x, entry, y" loses "entry, "; a last entry loses the comma before it.
        var after = span.End;
        while (after < lineEnd && yaml[after] == ' ')
        {
            after++;
        }

        if (after < lineEnd && yaml[after] == ',')
        {
            after++;
            while (after < lineEnd && yaml[after] == ' ')
            {
                after++;
            }

            return new TextChange(span.Start, after, string.Empty);
        }

        var before = span.Start;
        while (before > lineStart && yaml[before - 1] == ' ')
        {
            before--;
        }

        return new TextChange(before > lineStart && yaml[before - 1] == ',' ? before - 1 : span.Start, span.End, string.Empty);
    }

    private static TextChange WholeLines(string yaml, LocationInfo span)
    {
        var newline = yaml.IndexOf('\n', System.Math.Min(span.End, yaml.Length));
        return new TextChange(LineStart(yaml, span.Start), newline < 0 ? yaml.Length : newline + 1, string.Empty);
    }

    private static int LineStart(string yaml, int offset)
    {
        var start = System.Math.Min(offset, yaml.Length);
        while (start > 0 && yaml[start - 1] != '\n')
        {
            start--;
        }

        return start;
    }

    /// <summary>The offset of the line end (its \n, or \r\n's \r) of the line holding <paramref name="offset"/>.</summary>
    private static int LineEnd(string yaml, int offset)
    {
        var end = yaml.IndexOf('\n', System.Math.Min(offset, yaml.Length));
        end = end < 0 ? yaml.Length : end;
        return end > 0 && end <= yaml.Length && end > offset && yaml[end - 1] == '\r' ? end - 1 : end;
    }
}
