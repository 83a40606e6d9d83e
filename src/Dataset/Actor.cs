using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Dataset;

/// <summary>
/// A person, state, organization, government body or group that speaks, is spoken to, sanctions or is sanctioned.
/// Equal to another actor with the same data; prints every field, roles with their actors as ids.
/// </summary>
public sealed record Actor
{
    // Assigned directly by the constructor: first access then JIT-compiles no init accessor.
    private readonly ActorId _id;
    private readonly string _name;
    private readonly ActorKind _kind;
    private readonly IReadOnlyList<Role> _roles;
    private readonly IReadOnlyList<string> _aliases;
    private readonly string? _wikidata;
    private readonly DocumentId? _introducedIn;
    private readonly SourceLocation _source;
    private readonly bool _isDraft;
    private IReadOnlyList<ActorId> _sameAsIds = [];

    /// <summary>Creates an actor; generated code calls this (through the compact data reader).</summary>
    public Actor(
        ActorId id,
        string name,
        ActorKind kind,
        IReadOnlyList<Role> roles,
        IReadOnlyList<string> aliases,
        string? wikidata,
        DocumentId? introducedIn,
        SourceLocation source = default,
        bool isDraft = false)
    {
        _id = id;
        _name = name;
        _kind = kind;
        _roles = roles;
        _aliases = aliases;
        _wikidata = wikidata;
        _introducedIn = introducedIn;
        _source = source;
        _isDraft = isDraft;
    }

    /// <summary>The actor's id.</summary>
    public ActorId Id { get => _id; init => _id = value; }

    /// <summary>The actor's usual name.</summary>
    public string Name { get => _name; init => _name = value; }

    /// <summary>What kind of party the actor is.</summary>
    public ActorKind Kind { get => _kind; init => _kind = value; }

    /// <summary>Positions the actor holds.</summary>
    public IReadOnlyList<Role> Roles { get => _roles; init => _roles = value; }

    /// <summary>Other names the articles use for the actor.</summary>
    public IReadOnlyList<string> Aliases { get => _aliases; init => _aliases = value; }

    /// <summary>The Wikidata item id (Q followed by digits), if known.</summary>
    public string? Wikidata { get => _wikidata; init => _wikidata = value; }

    /// <summary>The article whose annotation introduced the actor; null for the shared registry.</summary>
    public DocumentId? IntroducedIn { get => _introducedIn; init => _introducedIn = value; }

    /// <summary>Whether the actor is a draft (<c>draft: true</c>) that no one has reviewed yet.</summary>
    public bool IsDraft { get => _isDraft; init => _isDraft = value; }

    /// <summary>
    /// Actors declared elsewhere that are the same person or body (<c>same-as</c>); with them this one is a group, named
    /// in exports by its first id in ordinal order (<see cref="DatasetCatalog.CanonicalId(ActorId)"/>).
    /// </summary>
    public IReadOnlyList<ActorId> SameAsIds { get => _sameAsIds; init => _sameAsIds = value; }

    /// <summary>Where the record was declared: annotation path, line and column of its id. Not part of equality.</summary>
    public SourceLocation Source { get => _source; init => _source = value; }

    /// <summary>Whether the other actor has the same data (lists compared item by item).</summary>
    public bool Equals(Actor? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Id == other.Id
            && Name == other.Name
            && Kind == other.Kind
            && ListEquality.Same(Roles, other.Roles)
            && ListEquality.Same(Aliases, other.Aliases)
            && Wikidata == other.Wikidata
            && IntroducedIn == other.IntroducedIn
            && IsDraft == other.IsDraft
            && ListEquality.Same(SameAsIds, other.SameAsIds));

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(
            HashCode.Combine(Id, Name, Kind, ListEquality.Hash(Roles), ListEquality.Hash(Aliases), Wikidata, IntroducedIn, IsDraft),
            ListEquality.Hash(SameAsIds));

    [SuppressMessage("Style", "IDE0051", Justification = "The record's ToString calls it; the rule misses that (dotnet/roslyn#56960).")]
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Member(nameof(Id), Id.Value, first: true)
            .Member(nameof(Name), Name)
            .Member(nameof(Kind), Kind.ToString())
            .Member(nameof(Roles), Roles, r => r.ToString())
            .Member(nameof(Aliases), Aliases, a => a)
            .Member(nameof(Wikidata), Wikidata)
            .Member(nameof(IntroducedIn), IntroducedIn?.Value);
        if (IsDraft)
        {
            builder.Member(nameof(IsDraft), "true");
        }

        if (SameAsIds.Count > 0)
        {
            builder.Member(nameof(SameAsIds), SameAsIds, id => id.Value);
        }

        return true;
    }
}
