using Dataset.RecordMembers;

namespace Dataset;

/// <summary>
/// A position an actor holds, for example "US Defense Secretary" of the United States. Equal to another role with
/// the same title and actor id; <see cref="Of"/> navigates through the catalog the role came from.
/// </summary>
// The fields, constructor, equality, hashing and printing are generated from the partial properties (docs/adding-a-field.md).
[DataRecord(Navigates = true)]
public sealed partial record Role
{
    /// <summary>The title as the article gives it.</summary>
    public partial string Title { get; init; }

    /// <summary>The id of the actor the role is held in, if any.</summary>
    [Field(Parameter = "of")]
    public partial ActorId? OfId { get; init; }

    /// <summary>The actor the role is held in, if any.</summary>
    public Actor? Of => OfId is { } id ? _catalog.GetActor(id) : null;
}
