namespace Dataset;

/// <summary>
/// What a sanction does, as FollowTheMoney's <c>Sanction.provisions</c> lists it. YAML: <c>asset-freeze | travel-ban |
/// arms-embargo | export-ban | import-ban | financial | other</c>; any other wording is <see cref="Other"/> with the
/// text kept.
/// </summary>
public enum ProvisionKind
{
    /// <summary>Assets frozen.</summary>
    AssetFreeze,
    /// <summary>Entry or transit banned.</summary>
    TravelBan,
    /// <summary>Arms sales or transfers banned.</summary>
    ArmsEmbargo,
    /// <summary>Exports (of goods, technology, components) to the target banned or restricted.</summary>
    ExportBan,
    /// <summary>Imports from the target banned or restricted.</summary>
    ImportBan,
    /// <summary>Financial measures: transactions, investment, access to capital or payment systems.</summary>
    Financial,
    /// <summary>Anything else; <see cref="SanctionProvision.Text"/> says what.</summary>
    Other,
}

/// <summary>One provision of a sanction: its kind and, for wording beyond the kinds, the annotator's text.</summary>
/// <param name="Kind">The kind of provision.</param>
/// <param name="Text">The free text as written when it is not one of the kinds; null for a kind written as itself.</param>
public sealed record SanctionProvision(ProvisionKind Kind, string? Text)
{
    /// <summary>
    /// The targets the provision applies to when it names some (<c>travel-ban: [a, b]</c>); empty when it applies to every
    /// target of its sanction (<see cref="Sanction.TargetIdsOf(SanctionProvision)"/>).
    /// </summary>
    public IReadOnlyList<ActorId> TargetIds { get; init; } = [];

    /// <summary>Equal with the same kind, text and targets, in order.</summary>
    public bool Equals(SanctionProvision? other) =>
        other is not null && Kind == other.Kind && Text == other.Text && ListEquality.Same(TargetIds, other.TargetIds);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Text, ListEquality.Hash(TargetIds));

    /// <summary>The text if any, else the kind's YAML name (<c>asset-freeze</c>).</summary>
    public override string ToString() => Text ?? KindName(Kind);

    /// <summary>The YAML spelling of a kind: <c>asset-freeze</c>.</summary>
    public static string KindName(ProvisionKind kind) => kind switch
    {
        ProvisionKind.AssetFreeze => "asset-freeze",
        ProvisionKind.TravelBan => "travel-ban",
        ProvisionKind.ArmsEmbargo => "arms-embargo",
        ProvisionKind.ExportBan => "export-ban",
        ProvisionKind.ImportBan => "import-ban",
        ProvisionKind.Financial => "financial",
        _ => "other",
    };
}
