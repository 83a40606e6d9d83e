using System.Globalization;
using CsCheck;
using Dataset.Annotations.Parsing;

namespace Dataset.Annotations.Tests.Parsing;

/// <summary>
/// Dates are read without DateTime's culture-aware parser, which took a tenth of the parse: what is a date must be
/// exactly what <c>DateTime.TryParseExact</c> with "yyyy-MM-dd" (invariant culture, no styles) takes, for any text.
/// </summary>
public class CalendarDateTests
{
    [Theory]
    [InlineData("2022-02-24")]
    [InlineData("2024-02-29")]
    [InlineData("2023-02-29")]
    [InlineData("0000-01-01")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2022-13-01")]
    [InlineData("2022-00-10")]
    [InlineData("2022-04-31")]
    [InlineData("2022-04-00")]
    [InlineData("2022-1-01")]
    [InlineData("2022-01-01\n")]
    [InlineData(" 2022-01-01")]
    [InlineData("2022/01/01")]
    [InlineData("٢٠٢٢-٠١-٠١")]
    [InlineData("20220-01-01")]
    [InlineData("")]
    public void A_text_is_a_date_exactly_when_DateTime_reads_it_as_one(string text) => AssertAsDateTime(text);

    [Fact]
    public void Any_text_of_digits_and_dashes_is_a_date_exactly_when_DateTime_reads_it_as_one() =>
        Gen.String[Gen.Char["0123456789-"], 8, 12].Sample(AssertAsDateTime, iter: 20_000);

    [Fact]
    public void Any_year_month_and_day_written_in_the_format_is_a_date_exactly_when_DateTime_reads_it_as_one() =>
        Gen.Select(Gen.Int[0, 10_000], Gen.Int[0, 13], Gen.Int[0, 32])
            .Sample(d => AssertAsDateTime(string.Create(CultureInfo.InvariantCulture, $"{d.Item1:D4}-{d.Item2:D2}-{d.Item3:D2}")), iter: 20_000);

    private static void AssertAsDateTime(string text)
    {
        var expected = DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date.Year, date.Month, date.Day)
            : ((int, int, int)?)null;

        var actual = MappingReader.CalendarDate(text) is { } read ? (read.Year, read.Month, read.Day) : ((int, int, int)?)null;

        Assert.Equal(expected, actual);
    }
}
