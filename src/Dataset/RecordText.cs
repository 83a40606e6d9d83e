using System.Globalization;
using System.Text;

namespace Dataset;

/// <summary>
/// How records print their members: culture-invariant, dates as ISO 8601, lists in brackets, null as <c>null</c>,
/// references as ids. Records print their data only, so printing never follows navigation (and never recurses).
/// </summary>
internal static class RecordText
{
    public static StringBuilder Member(this StringBuilder builder, string name, string? value, bool first = false) =>
        (first ? builder : builder.Append(", ")).Append(name).Append(" = ").Append(value ?? "null");

    public static StringBuilder Member<T>(this StringBuilder builder, string name, IReadOnlyList<T> values, Func<T, string> text)
    {
        builder.Append(", ").Append(name).Append(" = [");
        for (var i = 0; i < values.Count; i++)
        {
            builder.Append(i == 0 ? string.Empty : ", ").Append(text(values[i]));
        }

        return builder.Append(']');
    }

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
