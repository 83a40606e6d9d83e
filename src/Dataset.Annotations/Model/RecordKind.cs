namespace Dataset.Annotations.Model;

/// <summary>The kinds of record an id can name; ids are unique within a kind.</summary>
public enum RecordKind
{
    /// <summary>A person, state, organisation, government body or group.</summary>
    Actor,

    /// <summary>Something an actor said, with its evidence.</summary>
    Statement,

    /// <summary>A sanction an actor imposed or considered, with its evidence.</summary>
    Sanction,

    /// <summary>An annotated article.</summary>
    Document,
}

/// <summary>The words for each kind, as messages and the schema write them.</summary>
public static class RecordKinds
{
    /// <summary>Every kind, in the order above.</summary>
    public static readonly RecordKind[] All = { RecordKind.Actor, RecordKind.Statement, RecordKind.Sanction, RecordKind.Document };

    /// <summary>"actor", "statement", "sanction" or "document".</summary>
    public static string Word(this RecordKind kind) => kind switch
    {
        RecordKind.Actor => "actor",
        RecordKind.Statement => "statement",
        RecordKind.Sanction => "sanction",
        _ => "document",
    };
}

/// <summary>One record of the dataset by kind and id: unique across every file and referenced shard.</summary>
/// <param name="Kind">What the id names.</param>
/// <param name="Id">The kebab-case id.</param>
public readonly record struct RecordKey(RecordKind Kind, string Id)
{
    /// <summary>"statement:kirby-vows-…", for messages and logs.</summary>
    public override string ToString() => Kind.Word() + ":" + Id;
}
