using System.Text.Json;

namespace Dataset.Export;

/// <summary>How values are written for people: enums as in the YAML (kebab-case), dates as ISO 8601.</summary>
internal static class Names
{
    public static string Kebab<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A role with the name of the actor it is held in, for example "US Defense Secretary (United States)".</summary>
    public static string Role(Role role) => role.Of is { } of ? $"{role.Title} ({of.Name})" : role.Title;

    /// <summary>A document's language as the tool prints it: "ru", "ru (guessed)", or "language unknown".</summary>
    public static string Language(Document document) =>
        document.Language is not { } code ? "language unknown" : document.IsLanguageGuessed ? $"{code} (guessed)" : code;

    public static string Plural(int count, string singular) => $"{count} {(count == 1 ? singular : singular + "s")}";

    /// <summary>The evidence on one line, in quotes unless it is itself a quotation, so a line break in the article does not break the listing.</summary>
    public static string Quote(string text)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.StartsWith('“') || line.StartsWith('"') ? line : $"“{line}”";
    }
}
