using System.Text.Json.Serialization;

namespace Dataset.Benchmarks;

// What an app would declare to load the annotations itself, at run time, instead of using the generated dataset.
// Property names map to the YAML keys (YamlDotNet's hyphenated convention) and to JSON (kebab-case policy).

public sealed class AnnotationDoc
{
    public DocumentDoc? Document { get; set; }

    public List<ActorDoc>? Actors { get; set; }

    public List<StatementDoc>? Statements { get; set; }

    public List<SanctionDoc>? Sanctions { get; set; }
}

public sealed class DocumentDoc
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string Publisher { get; set; } = "";

    public string Published { get; set; } = "";

    public string? Dateline { get; set; }

    public string Text { get; set; } = "";
}

public sealed class ActorDoc
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Kind { get; set; } = "";

    public List<RoleDoc>? Roles { get; set; }

    public List<string>? Aliases { get; set; }

    public string? Wikidata { get; set; }
}

public sealed class RoleDoc
{
    public string Title { get; set; } = "";

    public string? Of { get; set; }
}

public sealed class StatementDoc
{
    public string Id { get; set; } = "";

    public string Speaker { get; set; } = "";

    public string? Via { get; set; }

    public List<string>? Audience { get; set; }

    public string Act { get; set; } = "";

    public string Form { get; set; } = "";

    public string? SaidOn { get; set; }

    public string? Summary { get; set; }

    public string Evidence { get; set; } = "";

    public string? RespondsTo { get; set; }
}

public sealed class SanctionDoc
{
    public string Id { get; set; } = "";

    public string Imposer { get; set; } = "";

    public List<string> Targets { get; set; } = [];

    public string Status { get; set; } = "";

    public string? Reason { get; set; }

    public string? Date { get; set; }

    public string Evidence { get; set; } = "";
}

/// <summary>System.Text.Json's source-generated context: the fastest way to load the same data from JSON.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.KebabCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<AnnotationDoc>))]
public sealed partial class CorpusJsonContext : JsonSerializerContext;
