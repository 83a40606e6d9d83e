using System.Globalization;
using System.Text.RegularExpressions;

namespace Dataset.Cli.Import;

/// <summary>The parts of an article named as the corpus names them, <c>YYYY-MM-DD-publisher-slug</c>.</summary>
/// <param name="Published">The date part, a real date.</param>
/// <param name="PublisherPart">The publisher part as written (<c>reuters</c>, <c>mee</c>).</param>
/// <param name="Slug">The rest.</param>
internal sealed partial record NameConvention(string Published, string PublisherPart, string Slug)
{
    /// <summary>The parts of a file name without its extension, or null when it does not follow the convention.</summary>
    public static NameConvention? Read(string stem)
    {
        var match = Pattern().Match(stem);
        return match.Success && DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? new NameConvention(match.Groups["date"].Value, match.Groups["publisher"].Value, match.Groups["slug"].Value)
            : null;
    }

    /// <summary>The date part as a date.</summary>
    public DateOnly Date => DateOnly.ParseExact(Published, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The publisher part capitalised: right for <c>reuters</c>, a guess for an abbreviation.</summary>
    public string PublisherGuess => char.ToUpperInvariant(PublisherPart[0]) + PublisherPart[1..];

    /// <summary>The document id the name gives: publisher part, date, slug (<c>reuters-2023-01-05-talks-resume</c>).</summary>
    public string DocumentIdText => $"{PublisherPart}-{Published}-{Slug}";

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})-(?<publisher>[a-z0-9]+)-(?<slug>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
