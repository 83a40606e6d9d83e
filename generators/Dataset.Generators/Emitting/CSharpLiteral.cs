using System.Globalization;
using System.Text;

namespace Dataset.Generators.Emitting;

/// <summary>
/// The one function that turns a string from the YAML into C# source. Everything outside printable ASCII is
/// written as a <c>\uXXXX</c> escape, so no quote, backslash, newline, bidi control or lone surrogate can end the
/// literal early or change how the code reads.
/// </summary>
internal static class CSharpLiteral
{
    private const string HexDigits = "0123456789ABCDEF";

    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        return Append(new StringBuilder(value.Length + 2), value).ToString();
    }

    /// <summary>
    /// Writes the literal of <paramref name="value"/> straight into <paramref name="builder"/>: the data constant is
    /// the largest line of a file, and building it as a string first copied it three more times.
    /// </summary>
    public static StringBuilder Append(StringBuilder builder, string? value)
    {
        if (value is null)
        {
            return builder.Append("null");
        }

        builder.Append('"');
        foreach (var c in value)
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
                    if (c >= ' ' && c <= '~')
                    {
                        builder.Append(c);
                    }
                    else
                    {
                        // Four upper-case hex digits, as ToString("X4") wrote them, without a string per character.
                        builder.Append('\\').Append('u')
                            .Append(HexDigits[(c >> 12) & 0xF])
                            .Append(HexDigits[(c >> 8) & 0xF])
                            .Append(HexDigits[(c >> 4) & 0xF])
                            .Append(HexDigits[c & 0xF]);
                    }

                    break;
            }
        }

        return builder.Append('"');
    }

    /// <summary>The length of what <see cref="Append"/> writes for a non-null value, to size a builder before it.</summary>
    public static int Length(string value)
    {
        var length = 2;
        foreach (var c in value)
        {
            length += c is '"' or '\\' or '\n' or '\r' or '\t' ? 2 : c >= ' ' && c <= '~' ? 1 : 6;
        }

        return length;
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
