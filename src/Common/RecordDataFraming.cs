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
            StartField(data, value.Length).Append(value);
        }
    }

    /// <summary>
    /// Appends a number as one field: what <see cref="Append(System.Text.StringBuilder, string?)"/> of its invariant
    /// text writes, without making that text (the writer frames several numbers per record).
    /// </summary>
    public static void Append(System.Text.StringBuilder data, int value)
    {
        var magnitude = System.Math.Abs((long)value);
        StartField(data, Digits(magnitude) + (value < 0 ? 1 : 0));
        AppendDigits(value < 0 ? data.Append('-') : data, magnitude, width: 1);
    }

    /// <summary>Appends a field's length and <see cref="LengthEnd"/>; its text, that many code units, must follow.</summary>
    public static System.Text.StringBuilder StartField(System.Text.StringBuilder data, int length) =>
        AppendDigits(data, length, width: 1).Append(LengthEnd);

    /// <summary>
    /// Appends a non-negative number's decimal digits, padded with zeros to <paramref name="width"/>: the invariant
    /// text, digit by digit, so neither a string nor the current culture is involved.
    /// </summary>
    public static System.Text.StringBuilder AppendDigits(System.Text.StringBuilder data, long value, int width)
    {
        var divisor = 1L;
        for (var i = System.Math.Max(width, Digits(value)); i > 1; i--)
        {
            divisor *= 10;
        }

        for (; divisor > 0; divisor /= 10)
        {
            data.Append((char)('0' + (value / divisor % 10)));
        }

        return data;
    }

    private static int Digits(long value)
    {
        var digits = 1;
        for (; value >= 10; value /= 10)
        {
            digits++;
        }

        return digits;
    }
}
