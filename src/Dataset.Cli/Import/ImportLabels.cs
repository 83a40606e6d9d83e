using Dataset.Annotations.Parsing;

namespace Dataset.Cli.Import;

/// <summary>What an imported span is, read from its label (any case): an actor of a kind, a statement, a sanction, or nothing the dataset has.</summary>
internal enum SpanKind
{
    Other,
    Actor,
    Statement,
    Sanction,
}

/// <summary>
/// The labels an import understands: the dataset's own words (an actor kind, <c>statement</c>, a speech act,
/// <c>sanction</c>, a sanction status) and the usual named-entity tags (PER, ORG, GPE, NORP).
/// </summary>
internal static class ImportLabels
{
    private static readonly Dictionary<string, string> ActorKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["person"] = "person", ["per"] = "person", ["persname"] = "person",
        ["state"] = "state", ["gpe"] = "state", ["country"] = "state",
        ["organization"] = "organization", ["organisation"] = "organization", ["org"] = "organization",
        ["government-body"] = "government-body", ["government"] = "government-body",
        ["group"] = "group", ["norp"] = "group",
    };

    private static readonly HashSet<string> StatementWords = new(["statement", "quote", "quotation"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> SanctionWords = new(["sanction", "sanctions"], StringComparer.OrdinalIgnoreCase);

    public static SpanKind Kind(string label) =>
        ActorKinds.ContainsKey(label) ? SpanKind.Actor
        : StatementWords.Contains(label) || Act(label) is not null ? SpanKind.Statement
        : SanctionWords.Contains(label) || Status(label) is not null ? SpanKind.Sanction
        : SpanKind.Other;

    public static string ActorKind(string label) => ActorKinds[label];

    /// <summary>The speech act a label names (<c>deny</c>, <c>Express-Concern</c>), if it names one.</summary>
    public static string? Act(string? label) =>
        label is null ? null : AnnotationSchema.SpeechActs.FirstOrDefault(a => string.Equals(a, label, StringComparison.OrdinalIgnoreCase));

    public static string? Status(string? label) =>
        label is null ? null : AnnotationSchema.SanctionStatuses.FirstOrDefault(s => string.Equals(s, label, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// What a relation's label makes the actor it links to a statement or sanction: speaker, audience, via, imposer or target; null when the label says
    /// nothing.
    /// </summary>
    public static string? Role(string label) => label.ToLowerInvariant() switch
    {
        "speaker" or "said-by" or "saidby" or "source" => "speaker",
        "audience" or "addressee" or "addressed-to" or "to" => "audience",
        "via" or "spokesperson" or "conveyed-by" => "via",
        "imposer" or "imposed-by" or "by" => "imposer",
        "target" or "targets" or "against" => "target",
        _ => null,
    };
}
