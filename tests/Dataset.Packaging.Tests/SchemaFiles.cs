using System.Text.Json.Nodes;
using Json.Schema;

namespace Dataset.Packaging.Tests;

/// <summary>The committed schema and a way to check YAML against it.</summary>
internal static class SchemaFiles
{
    public static string CommittedPath => Path.Combine(RepositoryPaths.Seeds, Dataset.Annotations.Schema.AnnotationJsonSchema.FileName);

    public static JsonSchema Committed => JsonSchema.FromText(File.ReadAllText(CommittedPath));

    /// <summary>Every place the YAML breaks the schema, as "instance location: message"; empty when it conforms.</summary>
    public static IReadOnlyList<string> Problems(JsonSchema schema, string yaml)
    {
        var results = schema.Evaluate(YamlToJson.Convert(yaml), new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        var problems = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToList();
        return problems.Count > 0 ? problems : ["(invalid, no detail)"];
    }

    public static JsonNode Parse(string json) => JsonNode.Parse(json)!;
}
