using System.Globalization;
using System.Text;

namespace Dataset.Annotations.Diagnostics;

/// <summary>
/// Makes text from the YAML safe to quote in a diagnostic message: the compiler prints messages on one line, so line
/// breaks, other control characters, bidi controls and lone surrogates are written as escapes (the YAML double-quoted
/// forms, so a quoted suggestion can still be pasted), and very long values are cut.
/// </summary>
internal static class MessageText
{
    public const int MaxLength = 1000;

    public static string Clean(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length && builder.Length < MaxLength; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }

            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                _ when char.IsControl(c) || char.IsSurrogate(c) || IsInvisible(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Length >= MaxLength ? builder.Append('…').ToString() : builder.ToString();
    }

    private static bool IsInvisible(char c) =>
        c is '\u2028' or '\u2029' or '\u061C' or '\u200E' or '\u200F' or '\uFEFF'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
}
