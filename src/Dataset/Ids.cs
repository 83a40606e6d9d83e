namespace Dataset;

/// <summary>The kebab-case id of an <see cref="Actor"/>, as written in the annotation.</summary>
public readonly record struct ActorId(string Value)
{
    /// <inheritdoc/>
    public override string ToString() => Value;
}

/// <summary>The kebab-case id of a <see cref="Statement"/>, as written in the annotation.</summary>
public readonly record struct StatementId(string Value)
{
    /// <inheritdoc/>
    public override string ToString() => Value;
}

/// <summary>The kebab-case id of a <see cref="Sanction"/>, as written in the annotation.</summary>
public readonly record struct SanctionId(string Value)
{
    /// <inheritdoc/>
    public override string ToString() => Value;
}

/// <summary>The kebab-case id of a <see cref="Document"/>, as written in the annotation.</summary>
public readonly record struct DocumentId(string Value)
{
    /// <inheritdoc/>
    public override string ToString() => Value;
}
