using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dataset.Export;

/// <summary>The one set of JSON settings: camelCase properties, kebab-case enums as in the YAML, ISO dates, nulls kept.</summary>
internal static class ExportJson
{
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = indented,
            // Quotes and non-ASCII letters as themselves: the export is data for people and tools, not for embedding in HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
#if NET9_0_OR_GREATER
        options.RespectNullableAnnotations = true;
        options.NewLine = "\n";
#endif
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
