using System.Text.Json.Serialization;
using Parquet.Serialization.Attributes;

namespace Dataset.Export.Parquet;

// One class per table, its columns those of the CSV export in the same order (a test holds them together): dates as
// DATE, numbers as INT32, lists as lists of strings, enums as their YAML spelling, the declaration's place null when unknown. Parquet.Net takes column names
// from [JsonPropertyName] and makes reference types optional unless [ParquetRequired].

/// <summary>A row of documents.parquet.</summary>
internal sealed class DocumentRow
{
    [JsonPropertyName("id"), ParquetRequired] public string Id { get; init; } = "";
    [JsonPropertyName("title"), ParquetRequired] public string Title { get; init; } = "";
    [JsonPropertyName("publisher"), ParquetRequired] public string Publisher { get; init; } = "";
    [JsonPropertyName("published")] public DateOnly Published { get; init; }
    [JsonPropertyName("dateline")] public string? Dateline { get; init; }
    [JsonPropertyName("text_file"), ParquetRequired] public string TextFile { get; init; } = "";
    [JsonPropertyName("text_length")] public int TextLength { get; init; }
    [JsonPropertyName("source_file")] public string? SourceFile { get; init; }
    [JsonPropertyName("source_line")] public int? SourceLine { get; init; }
    [JsonPropertyName("source_column")] public int? SourceColumn { get; init; }
    [JsonPropertyName("url")] public string? Url { get; init; }
    [JsonPropertyName("retrieved")] public DateOnly? Retrieved { get; init; }
    [JsonPropertyName("wire")] public string? Wire { get; init; }
    [JsonPropertyName("language")] public string? Language { get; init; }
    [JsonPropertyName("language_guessed")] public bool LanguageGuessed { get; init; }
}

/// <summary>A row of actors.parquet; a role is <c>title@actor-id</c> or just the title, as in the CSV.</summary>
internal sealed class ActorRow
{
    [JsonPropertyName("id"), ParquetRequired] public string Id { get; init; } = "";
    [JsonPropertyName("name"), ParquetRequired] public string Name { get; init; } = "";
    [JsonPropertyName("kind"), ParquetRequired] public string Kind { get; init; } = "";
    [JsonPropertyName("roles")] public List<string> Roles { get; init; } = [];
    [JsonPropertyName("aliases")] public List<string> Aliases { get; init; } = [];
    [JsonPropertyName("wikidata")] public string? Wikidata { get; init; }
    [JsonPropertyName("introduced_in")] public string? IntroducedIn { get; init; }
    [JsonPropertyName("source_file")] public string? SourceFile { get; init; }
    [JsonPropertyName("source_line")] public int? SourceLine { get; init; }
    [JsonPropertyName("source_column")] public int? SourceColumn { get; init; }
    [JsonPropertyName("draft")] public bool Draft { get; init; }
    [JsonPropertyName("members")] public List<string> Members { get; init; } = [];
}

/// <summary>A row of statements.parquet.</summary>
internal sealed class StatementRow
{
    [JsonPropertyName("id"), ParquetRequired] public string Id { get; init; } = "";
    [JsonPropertyName("document"), ParquetRequired] public string Document { get; init; } = "";
    [JsonPropertyName("speaker"), ParquetRequired] public string Speaker { get; init; } = "";
    [JsonPropertyName("via")] public string? Via { get; init; }
    [JsonPropertyName("audience")] public List<string> Audience { get; init; } = [];
    [JsonPropertyName("act"), ParquetRequired] public string Act { get; init; } = "";
    [JsonPropertyName("form"), ParquetRequired] public string Form { get; init; } = "";
    [JsonPropertyName("said_on")] public DateOnly? SaidOn { get; init; }
    [JsonPropertyName("summary")] public string? Summary { get; init; }
    [JsonPropertyName("responds_to")] public string? RespondsTo { get; init; }
    [JsonPropertyName("evidence"), ParquetRequired] public string Evidence { get; init; } = "";
    [JsonPropertyName("evidence_start")] public int EvidenceStart { get; init; }
    [JsonPropertyName("evidence_end")] public int EvidenceEnd { get; init; }
    [JsonPropertyName("evidence_start_line")] public int EvidenceStartLine { get; init; }
    [JsonPropertyName("evidence_end_line")] public int EvidenceEndLine { get; init; }
    [JsonPropertyName("source_file")] public string? SourceFile { get; init; }
    [JsonPropertyName("source_line")] public int? SourceLine { get; init; }
    [JsonPropertyName("source_column")] public int? SourceColumn { get; init; }
    [JsonPropertyName("plover_type")] public string? PloverType { get; init; }
    [JsonPropertyName("plover_quad")] public string? PloverQuad { get; init; }
    [JsonPropertyName("same_as")] public List<string> SameAs { get; init; } = [];
    [JsonPropertyName("distinct_from")] public List<string> DistinctFrom { get; init; } = [];
    [JsonPropertyName("event"), ParquetRequired] public string Event { get; init; } = "";
    [JsonPropertyName("draft")] public bool Draft { get; init; }
    [JsonPropertyName("standing_position")] public bool StandingPosition { get; init; }
    [JsonPropertyName("restates")] public string? Restates { get; init; }
}

/// <summary>A row of sanctions.parquet.</summary>
internal sealed class SanctionRow
{
    [JsonPropertyName("id"), ParquetRequired] public string Id { get; init; } = "";
    [JsonPropertyName("document"), ParquetRequired] public string Document { get; init; } = "";
    [JsonPropertyName("imposer"), ParquetRequired] public string Imposer { get; init; } = "";
    [JsonPropertyName("targets")] public List<string> Targets { get; init; } = [];
    [JsonPropertyName("status"), ParquetRequired] public string Status { get; init; } = "";
    [JsonPropertyName("reason")] public string? Reason { get; init; }
    [JsonPropertyName("date")] public DateOnly? Date { get; init; }
    [JsonPropertyName("evidence"), ParquetRequired] public string Evidence { get; init; } = "";
    [JsonPropertyName("evidence_start")] public int EvidenceStart { get; init; }
    [JsonPropertyName("evidence_end")] public int EvidenceEnd { get; init; }
    [JsonPropertyName("evidence_start_line")] public int EvidenceStartLine { get; init; }
    [JsonPropertyName("evidence_end_line")] public int EvidenceEndLine { get; init; }
    [JsonPropertyName("source_file")] public string? SourceFile { get; init; }
    [JsonPropertyName("source_line")] public int? SourceLine { get; init; }
    [JsonPropertyName("source_column")] public int? SourceColumn { get; init; }
    [JsonPropertyName("plover_type")] public string? PloverType { get; init; }
    [JsonPropertyName("plover_quad")] public string? PloverQuad { get; init; }
    [JsonPropertyName("provisions")] public List<string> Provisions { get; init; } = [];
    [JsonPropertyName("program")] public string? Program { get; init; }
    [JsonPropertyName("authority")] public string? Authority { get; init; }
    [JsonPropertyName("start")] public DateOnly? Start { get; init; }
    [JsonPropertyName("end")] public DateOnly? End { get; init; }
    [JsonPropertyName("same_as")] public List<string> SameAs { get; init; } = [];
    [JsonPropertyName("distinct_from")] public List<string> DistinctFrom { get; init; } = [];
    [JsonPropertyName("event"), ParquetRequired] public string Event { get; init; } = "";
    [JsonPropertyName("draft")] public bool Draft { get; init; }
    [JsonPropertyName("proposer")] public string? Proposer { get; init; }
    [JsonPropertyName("provision_targets")] public List<string> ProvisionTargets { get; init; } = [];
}

/// <summary>A row of events.parquet: the reports of one event, its articles and publishers, when it was first reported, its independent sources.</summary>
internal sealed class EventRow
{
    [JsonPropertyName("id"), ParquetRequired] public string Id { get; init; } = "";
    [JsonPropertyName("kind"), ParquetRequired] public string Kind { get; init; } = "";
    [JsonPropertyName("members")] public List<string> Members { get; init; } = [];
    [JsonPropertyName("documents")] public List<string> Documents { get; init; } = [];
    [JsonPropertyName("publishers")] public List<string> Publishers { get; init; } = [];
    [JsonPropertyName("article_count")] public int ArticleCount { get; init; }
    [JsonPropertyName("publisher_count")] public int PublisherCount { get; init; }
    [JsonPropertyName("first_reported")] public DateOnly? FirstReported { get; init; }
    [JsonPropertyName("sources")] public List<string> Sources { get; init; } = [];
    [JsonPropertyName("source_count")] public int SourceCount { get; init; }
    [JsonPropertyName("report_count")] public int ReportCount { get; init; }
}
