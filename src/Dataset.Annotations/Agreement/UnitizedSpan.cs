namespace Dataset.Annotations.Agreement;

/// <summary>One unit a coder marked on a continuum: the characters [Start, Start + Length) as one category.</summary>
/// <param name="Coder">The coder, 0 to the number of coders less one.</param>
/// <param name="Category">The category of the unit.</param>
/// <param name="Start">Where the unit begins on the continuum.</param>
/// <param name="Length">How many positions it covers.</param>
public readonly record struct UnitizedSpan(int Coder, string Category, long Start, long Length)
{
    /// <summary>The first position after the unit.</summary>
    public long End => Start + Length;
}
