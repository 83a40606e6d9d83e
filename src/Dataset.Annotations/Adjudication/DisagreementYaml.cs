using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Agreement;
using Dataset.Annotations.Drafting;

namespace Dataset.Annotations.Adjudication;

/// <summary>
/// The <c>disagreement:</c> entries of two matched records: each compared field whose values differ, and the
/// evidence when the two spans differ, as <c>field: { a: …, b: … }</c> with values the field itself accepts, so that
/// taking B's is moving its text into the field.
/// </summary>
internal static class DisagreementYaml
{
    public static IReadOnlyList<string> Entries(AnnotatedRecord a, AnnotatedRecord b)
    {
        var entries = new List<string>();
        foreach (var field in ComparedFields.Of(a.Kind).Where(f => a.Value(f) != b.Value(f)))
        {
            entries.Add($"{field}: {{ a: {Value(a, field)}, b: {Value(b, field)} }}");
        }

        if (a.Start != b.Start || a.End != b.End)
        {
            entries.Add($"evidence: {{ a: {Value(a, "evidence")}, b: {Value(b, "evidence")} }}");
        }

        return entries;
    }

    public static string OnlyIn(string annotator) => $"{Parsing.AnnotationSchema.OnlyInField}: {annotator}";

    /// <summary>A value as YAML: ids, kinds and dates plain; targets as a flow list; evidence double-quoted.</summary>
    private static string Value(AnnotatedRecord record, string field) => field switch
    {
        "targets" => "[" + string.Join(", ", record.Sanction!.Targets.Select(t => t.Value)) + "]",
        "evidence" => YamlText.Quote((record.Statement?.Evidence ?? record.Sanction!.Evidence).Value),
        _ => record.Value(field),
    };
}
