using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dataset.Annotations.Schema;

/// <summary>An ordered JSON object: keys keep the order they were added in, so the output is stable.</summary>
internal sealed class JsonObject : List<KeyValuePair<string, object>>
{
    public void Add(string key, object value) => Add(new KeyValuePair<string, object>(key, value));
}

/// <summary>
/// Writes <see cref="JsonObject"/>, lists, strings, integers and booleans as indented JSON with \n line ends. Small on
/// purpose: the generator targets netstandard2.0 and must not ship another dependency for one file.
/// </summary>
internal static class JsonWriter
{
    public static string Write(object value)
    {
        var builder = new StringBuilder();
        Write(builder, value, 0);
        return builder.Append('\n').ToString();
    }

    private static void Write(StringBuilder builder, object value, int depth)
    {
        switch (value)
        {
            case string text:
                WriteString(builder, text);
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case int number:
                builder.Append(number.ToString(CultureInfo.InvariantCulture));
                break;
            case JsonObject obj:
                WriteContainer(builder, '{', '}', obj, depth, (b, entry, d) =>
                {
                    WriteString(b, entry.Key);
                    b.Append(": ");
                    Write(b, entry.Value, d);
                });
                break;
            case IEnumerable<object> items:
                WriteContainer(builder, '[', ']', new List<object>(items), depth, (b, item, d) => Write(b, item, d));
                break;
            default:
                throw new System.ArgumentException("Cannot write " + value.GetType().Name + " as JSON.", nameof(value));
        }
    }

    private static void WriteContainer<T>(
        StringBuilder builder,
        char open,
        char close,
        IReadOnlyList<T> items,
        int depth,
        System.Action<StringBuilder, T, int> writeItem)
    {
        builder.Append(open);
        if (items.Count == 0)
        {
            builder.Append(close);
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            builder.Append(i == 0 ? "\n" : ",\n").Append(' ', (depth + 1) * 2);
            writeItem(builder, items[i], depth + 1);
        }

        builder.Append('\n').Append(' ', depth * 2).Append(close);
    }

    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (c < ' ' || c > '~')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
