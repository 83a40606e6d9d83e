using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace Dataset.Testing;

/// <summary>
/// A deterministic text of any value, so that a snapshot changes only when the data does: one member per line
/// (<c>Name: value</c>, nested values indented, sequence items as <c>- </c>), culture-invariant numbers and dates,
/// <c>\n</c> line ends, line breaks inside strings written as <c>\n</c>. Sequences keep their order; sets and
/// dictionaries are sorted. The records of a dataset show their data only: references to other records are their ids
/// (<c>SpeakerId</c>, <c>TargetIds</c>, <c>RespondsToId</c>…) and navigation (<c>Speaker</c>, <c>Document</c>, <c>Event</c>…) is left
/// out, so nothing is printed twice and nothing recurses. Where a record is declared (<c>Source</c>) is left out too:
/// moving a declaration within its file changes no snapshot.
/// </summary>
public static class SnapshotText
{
    private const int MaxDepth = 32;

    private static readonly HashSet<Type> DatasetRecords = [typeof(Actor), typeof(Statement), typeof(Sanction), typeof(Document)];

    /// <summary>The text of the value, ending in a line break.</summary>
    public static string Render(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value, indent: 0, depth: 0, inline: false);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value, int indent, int depth, bool inline)
    {
        if (Scalar(value) is { } text)
        {
            builder.Append(text).Append('\n');
            return;
        }

        if (depth > MaxDepth)
        {
            builder.Append("… (nested too deep)\n");
            return;
        }

        if (value is IDictionary dictionary)
        {
            var entries = new List<(string Name, object? Value)>();
            for (var entry = dictionary.GetEnumerator(); entry.MoveNext();)
            {
                entries.Add((Scalar(entry.Key) ?? entry.Key.ToString() ?? string.Empty, entry.Value));
            }

            entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            Members(builder, entries, indent, depth, inline);
            return;
        }

        if (value is IEnumerable sequence)
        {
            Items(builder, Ordered(sequence), indent, depth, inline);
            return;
        }

        Members(builder, DataMembers(value!), indent, depth, inline);
    }

    private static void Members(StringBuilder builder, IEnumerable<(string Name, object? Value)> members, int indent, int depth, bool inline)
    {
        var first = true;
        foreach (var (name, value) in members)
        {
            if (!(first && inline))
            {
                builder.Append(' ', indent);
            }

            first = false;
            builder.Append(name).Append(':');
            if (Scalar(value) is { } text)
            {
                builder.Append(' ').Append(text).Append('\n');
            }
            else if (value is IEnumerable sequence and not IDictionary && Ordered(sequence) is var items && items.All(i => Scalar(i) is not null))
            {
                builder.Append(" [").Append(string.Join(", ", items.Select(Scalar))).Append("]\n");
            }
            else
            {
                builder.Append('\n');
                Write(builder, value, indent + 2, depth + 1, inline: false);
            }
        }

        if (first)
        {
            builder.Append(inline ? string.Empty : new string(' ', indent)).Append("{}\n");
        }
    }

    private static void Items(StringBuilder builder, List<object?> items, int indent, int depth, bool inline)
    {
        if (items.Count == 0)
        {
            builder.Append(inline ? string.Empty : new string(' ', indent)).Append("[]\n");
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (!(i == 0 && inline))
            {
                builder.Append(' ', indent);
            }

            builder.Append("- ");
            Write(builder, items[i], indent + 2, depth + 1, inline: true);
        }
    }

    /// <summary>The items of a sequence: in their order, or sorted by their text for a set, whose order means nothing.</summary>
    private static List<object?> Ordered(IEnumerable sequence)
    {
        var items = sequence.Cast<object?>().ToList();
        var isSet = sequence.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ISet<>));
        return isSet ? items.OrderBy(Render, StringComparer.Ordinal).ToList() : items;
    }

    /// <summary>A value written on one line, or null for a value with members or items.</summary>
    private static string? Scalar(object? value) => value switch
    {
        null => "null",
        string s => OneLine(s),
        char c => OneLine(c.ToString()),
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("O", CultureInfo.InvariantCulture),
        double x => x.ToString("R", CultureInfo.InvariantCulture),
        float x => x.ToString("R", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        ActorId or StatementId or SanctionId or DocumentId => OneLine(value.ToString() ?? string.Empty),
        IFormattable f when value.GetType().IsPrimitive
            || value is decimal
            || value is TimeSpan
            || value is Guid => f.ToString(null, CultureInfo.InvariantCulture),
        _ => null,
    };

    private static string OneLine(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>The public properties and fields that hold data, in declaration order.</summary>
    private static List<(string Name, object? Value)> DataMembers(object value)
    {
        var type = value.GetType();
        var fromDataset = type.Assembly == typeof(Actor).Assembly;
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null)
            .Where(p => !(fromDataset && (Navigation(p.PropertyType) || p.PropertyType == typeof(SourceLocation))))
            .OrderBy(p => p.MetadataToken)
            .Select(p => (p.Name, p.GetValue(value)));
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance)
            .OrderBy(f => f.MetadataToken)
            .Select(f => (f.Name, f.GetValue(value)));
        return properties.Concat(fields).ToList();
    }

    /// <summary>A member of a dataset record that leads to another record rather than holding data.</summary>
    private static bool Navigation(Type type)
    {
        var element = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : type;
        return DatasetRecords.Contains(element) || typeof(ReportedEvent).IsAssignableFrom(element);
    }
}
