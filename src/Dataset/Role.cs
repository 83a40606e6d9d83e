namespace Dataset;

/// <summary>A position an actor holds, for example "US Defense Secretary" of the United States.</summary>
public sealed class Role
{
    private readonly DatasetCatalog _catalog;

    /// <summary>Creates a role; generated code calls this.</summary>
    public Role(DatasetCatalog catalog, string title, ActorId? of)
    {
        _catalog = catalog;
        Title = title;
        OfId = of;
    }

    /// <summary>The title as the article gives it.</summary>
    public string Title { get; }

    /// <summary>The id of the actor the role is held in, if any.</summary>
    public ActorId? OfId { get; }

    /// <summary>The actor the role is held in, if any.</summary>
    public Actor? Of => OfId is { } id ? _catalog.GetActor(id) : null;

    /// <inheritdoc/>
    public override string ToString() => Of is { } of ? $"{Title} ({of.Name})" : Title;
}
