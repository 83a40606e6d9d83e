using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Agreement;

/// <summary>The fields two annotators' matched records are compared on, and each field's value as compared.</summary>
internal static class ComparedFields
{
    public static readonly string[] Statement = { "speaker", "act", "form", "said-on" };

    public static readonly string[] Sanction = { "imposer", "targets", "status" };

    /// <summary>The value given when a statement has no date (written undated, or left out).</summary>
    public const string NoDate = "undated";

    public static IReadOnlyList<string> Of(RecordKind kind) => kind == RecordKind.Statement ? Statement : Sanction;

    public static IReadOnlyList<KeyValuePair<string, string>> Values(StatementModel statement) => new[]
    {
        Pair("speaker", statement.Speaker.Value),
        Pair("act", statement.Act),
        Pair("form", statement.Form),
        Pair("said-on", statement.SaidOn?.ToString() ?? NoDate),
    };

    /// <summary>Targets compare as a set: the same ids in any order are one value.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Values(SanctionModel sanction) => new[]
    {
        Pair("imposer", sanction.Imposer.Value),
        Pair("targets", string.Join(", ", sanction.Targets.Select(t => t.Value).Distinct().OrderBy(t => t, System.StringComparer.Ordinal))),
        Pair("status", sanction.Status),
    };

    private static KeyValuePair<string, string> Pair(string key, string value) => new(key, value);
}
