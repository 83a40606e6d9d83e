namespace Dataset;

/// <summary>A person, state, organization, government body or group that speaks, is spoken to, sanctions or is sanctioned.</summary>
public sealed class Actor
{
    /// <summary>Creates an actor; generated code calls this.</summary>
    public Actor(ActorId id, string name, ActorKind kind, IReadOnlyList<Role> roles, IReadOnlyList<string> aliases, string? wikidata, DocumentId? introducedIn)
    {
        Id = id;
        Name = name;
        Kind = kind;
        Roles = roles;
        Aliases = aliases;
        Wikidata = wikidata;
        IntroducedIn = introducedIn;
    }

    /// <summary>The actor's id.</summary>
    public ActorId Id { get; }

    /// <summary>The actor's usual name.</summary>
    public string Name { get; }

    /// <summary>What kind of party the actor is.</summary>
    public ActorKind Kind { get; }

    /// <summary>Positions the actor holds.</summary>
    public IReadOnlyList<Role> Roles { get; }

    /// <summary>Other names the articles use for the actor.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The Wikidata item id (Q followed by digits), if known.</summary>
    public string? Wikidata { get; }

    /// <summary>The article whose annotation introduced the actor; null for the shared registry.</summary>
    public DocumentId? IntroducedIn { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
