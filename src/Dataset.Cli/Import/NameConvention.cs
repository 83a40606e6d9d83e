using System.Globalization;
using System.Text.RegularExpressions;

namespace Dataset.Cli.Import;

/// <summary>The parts of an article named as the corpus names them, <c>YYYY-MM-DD-publisher-slug</c>.</summary>
internal sealed partial record NameConvention(string Published, string Publisher, string Slug)
{
    public static NameConvention? Read(string stem)
    {
        var match = Pattern().Match(stem);
        return match.Success && DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? new NameConvention(match.Groups["date"].Value, Capitalise(match.Groups["publisher"].Value), match.Groups["slug"].Value)
            : null;
    }

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})-(?<publisher>[a-z0-9]+)-(?<slug>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
