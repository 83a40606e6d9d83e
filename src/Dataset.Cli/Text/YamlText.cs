using System.Text;

namespace Dataset.Cli.Text;

/// <summary>Writes any string as a YAML double-quoted scalar, so a title with colons, quotes or # stays one value.</summary>
internal static class YamlText
{
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        // Runes, so that an emoji stays itself; a lone surrogate (not valid in YAML) becomes U+FFFD.
        foreach (var rune in value.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case 0x85 or 0x2028 or 0x2029 or 0xFEFF: builder.Append($"\\u{rune.Value:X4}"); break;
                default:
                    if (Rune.IsControl(rune))
                    {
                        builder.Append($"\\u{rune.Value:X4}");
                    }
                    else
                    {
                        builder.Append(rune.ToString());
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
