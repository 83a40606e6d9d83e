using Dataset.RecordMembers;

namespace Dataset;

/// <summary>
/// A person, state, organization, government body or group that speaks, is spoken to, sanctions or is sanctioned.
/// Equal to another actor with the same data; prints every field, roles with their actors as ids.
/// </summary>
// The fields, constructor, equality, hashing and printing are generated from the partial properties (docs/adding-a-field.md).
[DataRecord]
public sealed partial record Actor
{
    /// <summary>The actor's id.</summary>
    public partial ActorId Id { get; init; }

    /// <summary>The actor's usual name.</summary>
    public partial string Name { get; init; }

    /// <summary>What kind of party the actor is.</summary>
    public partial ActorKind Kind { get; init; }

    /// <summary>Positions the actor holds.</summary>
    public partial IReadOnlyList<Role> Roles { get; init; }

    /// <summary>Other names the articles use for the actor.</summary>
    public partial IReadOnlyList<string> Aliases { get; init; }

    /// <summary>The Wikidata item id (Q followed by digits), if known.</summary>
    public partial string? Wikidata { get; init; }

    /// <summary>The article whose annotation introduced the actor; null for the shared registry.</summary>
    public partial DocumentId? IntroducedIn { get; init; }

    /// <summary>Whether the actor is a draft (<c>draft: true</c>) that no one has reviewed yet.</summary>
    [Field(Optional = true)]
    public partial bool IsDraft { get; init; }

    /// <summary>
    /// Actors declared elsewhere that are the same person or body (<c>same-as</c>); with them this one is a group, named
    /// in exports by its first id in ordinal order (<see cref="DatasetCatalog.CanonicalId(ActorId)"/>).
    /// </summary>
    [Field(InConstructor = false, OmitWhenEmpty = true)]
    public partial IReadOnlyList<ActorId> SameAsIds { get; init; }

    /// <summary>
    /// For a group (<see cref="ActorKind.Group"/>), the ids of the actors it is made of (<c>members</c>), wherever they are
    /// declared; <see cref="DatasetCatalog.MembersOf(Actor)"/> gives the actors.
    /// </summary>
    [Field(InConstructor = false, OmitWhenEmpty = true)]
    public partial IReadOnlyList<ActorId> MemberIds { get; init; }

    /// <summary>Where the record was declared: annotation path, line and column of its id. Not part of equality.</summary>
    public partial SourceLocation Source { get; init; }
}
