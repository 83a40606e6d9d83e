using System.Globalization;
using System.Text;

namespace Dataset.Annotations.Drafting;

/// <summary>Writes any string as a YAML double-quoted scalar, so a title with colons, quotes or # stays one value.</summary>
internal static class YamlText
{
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\u0085' or '\u2028' or '\u2029' or '\uFEFF': Escape(builder, c); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        // A pair stays itself, so an emoji is written as it is.
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        // A lone surrogate is not valid in YAML.
                        builder.Append('\uFFFD');
                    }
                    else if (char.IsControl(c))
                    {
                        Escape(builder, c);
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static void Escape(StringBuilder builder, char c) => builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
}
