using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Dataset;

/// <summary>
/// A position an actor holds, for example "US Defense Secretary" of the United States. Equal to another role with
/// the same title and actor id; <see cref="Of"/> navigates through the catalog the role came from.
/// </summary>
public sealed record Role
{
    private readonly DatasetCatalog _catalog;

    // Assigned directly by the constructor: first access then JIT-compiles no init accessor.
    private readonly string _title;
    private readonly ActorId? _ofId;

    /// <summary>Creates a role; generated code calls this.</summary>
    public Role(DatasetCatalog catalog, string title, ActorId? of)
    {
        _catalog = catalog;
        _title = title;
        _ofId = of;
    }

    /// <summary>The title as the article gives it.</summary>
    public string Title { get => _title; init => _title = value; }

    /// <summary>The id of the actor the role is held in, if any.</summary>
    public ActorId? OfId { get => _ofId; init => _ofId = value; }

    /// <summary>The actor the role is held in, if any.</summary>
    public Actor? Of => OfId is { } id ? _catalog.GetActor(id) : null;

    /// <summary>Whether the other role has the same title and actor id.</summary>
    public bool Equals(Role? other) =>
        ReferenceEquals(this, other) || (other is not null && Title == other.Title && OfId == other.OfId);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Title, OfId);

    [SuppressMessage("Style", "IDE0051", Justification = "The record's ToString calls it; the rule misses that (dotnet/roslyn#56960).")]
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Member(nameof(Title), Title, first: true).Member(nameof(OfId), OfId?.Value);
        return true;
    }
}
