using System.Text.Json;
using Dataset.LanguageServer.Protocol;

namespace Dataset.LanguageServer.Features;

/// <summary>
/// A diagnostic's fixes as its LSP <c>data</c> (<c>{"fixes": ["russia"]}</c>): each a replacement for the diagnostic's
/// range. The client sends the data back with a code action request, so the fix is read from data, never from the
/// message.
/// </summary>
internal static class DiagnosticFixes
{
    public static JsonElement ToData(IEnumerable<string> fixes) =>
        JsonSerializer.SerializeToElement(new DiagnosticData(fixes.ToArray()), LanguageServerHost.JsonOptions);

    /// <summary>The fixes in a diagnostic's data, or null when the data holds none (a client may send anything back).</summary>
    public static IReadOnlyList<string>? Read(JsonElement? data)
    {
        if (data is not { ValueKind: JsonValueKind.Object } found
            || !found.TryGetProperty("fixes", out var fixes)
            || fixes.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return fixes.EnumerateArray().Where(f => f.ValueKind == JsonValueKind.String).Select(f => f.GetString()!).ToList();
    }
}
