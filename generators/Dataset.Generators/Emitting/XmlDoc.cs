using System.Text;

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

        var builder = new StringBuilder(value!.Length);
        for (var i = 0; i < value.Length && builder.Length < MaxLength; i++)
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

        if (builder.Length >= MaxLength)
        {
            builder.Append('…');
        }

        return builder.ToString();
    }

    private static bool IsInvisibleOrNewline(char c) =>
        c is '\u0085' or '\u2028' or '\u2029' or '\u061C' or '\u200E' or '\u200F'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
}
