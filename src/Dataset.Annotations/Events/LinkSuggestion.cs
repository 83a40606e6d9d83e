using Dataset.Annotations.Model;

namespace Dataset.Annotations.Events;

/// <summary>
/// Two records in different articles that look like reports of one event under the identity key (docs/events.md)
/// and that no <c>same-as</c> or <c>distinct-from</c> decides. Only a suggestion: nothing is ever linked automatically.
/// </summary>
/// <param name="Kind">Statement or sanction.</param>
/// <param name="FirstId">The first record's id (the smaller in ordinal order).</param>
/// <param name="FirstPath">The annotation that declares it.</param>
/// <param name="SecondId">The other record's id.</param>
/// <param name="SecondPath">The annotation that declares it.</param>
/// <param name="Reason">What the two share, as the identity key states it.</param>
public sealed record LinkSuggestion(RecordKind Kind, string FirstId, string FirstPath, string SecondId, string SecondPath, string Reason)
{
    /// <summary>The annotations whose records the suggestion names: each file is told of it once.</summary>
    internal string[] Paths => FirstPath == SecondPath ? new[] { FirstPath } : new[] { FirstPath, SecondPath };

    /// <summary>One line: <c>sanction a b: same imposer …</c>.</summary>
    public override string ToString() => $"{Kind.Word()} {FirstId} {SecondId}: {Reason}";
}

/// <summary>A <c>distinct-from</c> that names a record <c>same-as</c> links make one event with this one.</summary>
/// <param name="Kind">Statement or sanction.</param>
/// <param name="Id">The record whose distinct-from it is.</param>
/// <param name="FilePath">Its annotation.</param>
/// <param name="DistinctId">The id named in distinct-from.</param>
/// <param name="Chain">The event's members, which same-as links join.</param>
internal sealed record LinkContradiction(RecordKind Kind, string Id, string FilePath, string DistinctId, string Chain)
{
    /// <summary>The field of the entry: distinct-from, or members for a group that its members make a member of itself.</summary>
    public string Field { get; init; } = "distinct-from";
}
