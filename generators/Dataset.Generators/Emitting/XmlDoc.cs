using System.Text;
using Dataset.Annotations.Collections;

namespace Dataset.Generators.Emitting;

/// <summary>
/// Makes any string safe inside a <c>///</c> comment: XML special characters escaped, and every character that
/// would end the comment line (any C# newline) or hide text (controls, bidi overrides, lone surrogates) replaced.
/// </summary>
internal static class XmlDoc
{
    public const int MaxLength = 400;

    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return Append(new StringBuilder(value!.Length), value).ToString();
    }

    /// <summary>
    /// Writes what <see cref="Text"/> returns straight into <paramref name="builder"/> (the docs of every record are
    /// made of such pieces; a string per piece was most of what a file's source allocated).
    /// </summary>
    public static StringBuilder Append(StringBuilder builder, string? value)
    {
        var start = builder.Length;
        Escape(builder, value, start);
        return Ellipsis(builder, start);
    }

    /// <summary>What <c>Append(builder, string.Join(separator, values))</c> writes, without the joined string.</summary>
    public static StringBuilder AppendJoined(StringBuilder builder, string separator, EquatableArray<string> values)
    {
        var start = builder.Length;
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                Escape(builder, separator, start);
            }

            Escape(builder, values[i], start);
        }

        return Ellipsis(builder, start);
    }

    // The length limit counts from start, where this text began in the builder.
    private static void Escape(StringBuilder builder, string? value, int start)
    {
        if (value is null)
        {
            return;
        }

        for (var i = 0; i < value.Length && builder.Length - start < MaxLength; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }

            // Characters are appended as they are (no string per character: docs are written for every record).
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                default:
                    // Not characters XML allows: lone surrogates and the non-characters U+FFFE and U+FFFF.
                    builder.Append(char.IsSurrogate(c) || c >= '\uFFFE' ? '\uFFFD' : char.IsControl(c) || IsInvisibleOrNewline(c) ? ' ' : c);
                    break;
            }
        }
    }

    private static StringBuilder Ellipsis(StringBuilder builder, int start) =>
        builder.Length - start >= MaxLength ? builder.Append('…') : builder;

    private static bool IsInvisibleOrNewline(char c) =>
        c is '\u0085' or '\u2028' or '\u2029' or '\u061C' or '\u200E' or '\u200F'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
}
