using System.Text.Json;
using Dataset.Annotations.Diagnostics;
using Dataset.LanguageServer.Protocol;

namespace Dataset.LanguageServer.Features;

/// <summary>
/// A diagnostic's fixes as its LSP <c>data</c> (<c>{"fixes": ["russia"]}</c>): each a replacement for the diagnostic's
/// range, and <c>edits</c> for fixes that change another range, each with its title. The client sends the data back
/// with a code action request, so the fix is read from data, never from the message.
/// </summary>
internal static class DiagnosticFixes
{
    public static JsonElement ToData(IEnumerable<string> fixes, IEnumerable<FixEdit>? edits = null)
    {
        var other = edits?.Select(e => new DiagnosticEdit(e.Title, new TextEdit(Ranges.Of(e.At), e.Text))).ToArray();
        return JsonSerializer.SerializeToElement(new DiagnosticData(fixes.ToArray(), other is { Length: > 0 } ? other : null), LanguageServerHost.JsonOptions);
    }

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

    /// <summary>The fixes of a diagnostic's data that edit another range, or null when the data holds none.</summary>
    public static IReadOnlyList<DiagnosticEdit>? ReadEdits(JsonElement? data)
    {
        if (data is not { ValueKind: JsonValueKind.Object } found || !found.TryGetProperty("edits", out var edits) || edits.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        try
        {
            return edits.Deserialize<DiagnosticEdit[]>(LanguageServerHost.JsonOptions)?.Where(e => e?.Edit?.Range is not null && e.Title is not null).ToList();
        }
        catch (JsonException)
        {
            // A client may send anything back: what does not read as edits offers none.
            return null;
        }
    }
}
