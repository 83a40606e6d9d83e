namespace Dataset.LanguageServer.Tests;

internal static class Texts
{
    /// <summary>The text with the first occurrence of <paramref name="what"/> replaced; it must be there.</summary>
    public static string ReplaceFirst(this string text, string what, string with)
    {
        var at = text.IndexOf(what, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{what}' is not in the text");
        return text[..at] + with + text[(at + what.Length)..];
    }
}
