// Compiled into both the annotation engine (which writes record data) and the runtime (which reads it), as
// System.Text.Json shares its Common/ folder between runtime and generator: the framing is defined here once.
namespace Dataset.RecordDataFormat;

/// <summary>
/// How one field of record data is framed: <see cref="Null"/> alone for null, else the text's length in UTF-16 code
/// units, <see cref="LengthEnd"/>, then the text as it is, so no content needs escaping. Numbers, dates
/// (<c>yyyy-MM-dd</c>) and enum values (their number) are fields; a list is its count, then its items; each record's
/// fields come in the order <c>RecordDataEncoder</c> writes and <c>Dataset.RecordDataReader</c> reads them
/// (RecordDataFormatTests hold the two together).
/// </summary>
internal static class RecordDataFraming
{
    /// <summary>A null field.</summary>
    public const char Null = '~';

    /// <summary>Ends a field's length, before its text.</summary>
    public const char LengthEnd = ':';

    /// <summary>Appends one field.</summary>
    public static void Append(System.Text.StringBuilder data, string? value)
    {
        if (value is null)
        {
            data.Append(Null);
        }
        else
        {
            data.Append(value.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(LengthEnd).Append(value);
        }
    }
}
