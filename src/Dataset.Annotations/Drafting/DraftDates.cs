using System;
using System.Globalization;
using System.Text.RegularExpressions;
using Dataset.Annotations.Model;
using Dataset.Annotations.Parsing;

namespace Dataset.Annotations.Drafting;

/// <summary>
/// Reads when a sentence says something happened, against the article's publication date: "on Wednesday" is the
/// last Wednesday on or before it, "yesterday" the day before, "19 October" or "October 19, 2022" that date (in the
/// publication's year, or the year before when that would be after it). A date after publication, or none, is
/// <c>undated</c>: a draft never guesses a time the article does not give.
/// </summary>
internal static class DraftDates
{
    private static readonly string[] MonthPrefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private static readonly Regex Weekday = new(
        @"\b(?<last>last\s+)?(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.CultureInvariant);

    private static readonly Regex Relative = new(@"\b(?<word>yesterday|today|tonight|this morning|this afternoon|this evening)\b", Options);

    private const string Month =
        @"(?<month>January|February|March|April|May|June|July|August|September|October|November|December"
        + @"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?";

    private static readonly Regex MonthFirst = new(
        @"\b" + Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>\d{4})\b)?",
        RegexOptions.CultureInvariant);

    private static readonly Regex DayFirst = new(
        @"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+" + Month + @"(?:,?\s+(?<year>\d{4})\b)?",
        RegexOptions.CultureInvariant);

    /// <summary>The date a passage gives, as YYYY-MM-DD, or <c>undated</c>.</summary>
    public static string SaidOn(string passage, DateValue? published) => Find(passage, published) is { } date ? Format(date) : AnnotationSchema.Undated;

    /// <summary>The date a passage gives, or null.</summary>
    public static DateTime? Find(string passage, DateValue? published)
    {
        if (published is null || !TryDate(published.Year, published.Month, published.Day, out var day))
        {
            return null;
        }

        foreach (Match match in MonthFirst.Matches(passage))
        {
            if (Explicit(match, day) is { } date)
            {
                return date;
            }
        }

        foreach (Match match in DayFirst.Matches(passage))
        {
            if (Explicit(match, day) is { } date)
            {
                return date;
            }
        }

        if (Weekday.Match(passage) is { Success: true } weekday)
        {
            var wanted = (int)Enum.Parse(typeof(DayOfWeek), weekday.Groups["day"].Value);
            var back = ((int)day.DayOfWeek - wanted + 7) % 7;
            if (back == 0 && weekday.Groups["last"].Success)
            {
                back = 7;
            }

            return Before(day, back);
        }

        if (Relative.Match(passage) is { Success: true } relative)
        {
            return relative.Groups["word"].Value.Equals("yesterday", StringComparison.OrdinalIgnoreCase) ? Before(day, 1) : day;
        }

        return null;
    }

    /// <summary>The day <paramref name="days"/> before, or null before the first day a date can hold.</summary>
    private static DateTime? Before(DateTime day, int days) => (day - DateTime.MinValue).TotalDays >= days ? day.AddDays(-days) : null;

    public static string Format(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTime? Explicit(Match match, DateTime published)
    {
        var month = MonthNumber(match.Groups["month"].Value);
        var dayOfMonth = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["year"].Success)
        {
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            return TryDate(year, month, dayOfMonth, out var given) && given <= published ? given : null;
        }

        if (TryDate(published.Year, month, dayOfMonth, out var thisYear) && thisYear <= published)
        {
            return thisYear;
        }

        // "30 December" in an article of 5 January: last year. Further back than a year is not a guess worth making.
        return TryDate(published.Year - 1, month, dayOfMonth, out var lastYear) && (published - lastYear).TotalDays < 183 ? lastYear : null;
    }

    private static int MonthNumber(string name)
    {
        var prefix = name.Substring(0, 3).ToLowerInvariant();
        return Array.IndexOf(MonthPrefixes, prefix) + 1;
    }

    private static bool TryDate(int year, int month, int day, out DateTime date)
    {
        date = default;
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateTime(year, month, day);
        return true;
    }
}
