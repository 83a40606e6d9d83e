namespace Dataset.Annotations.Parsing;

/// <summary>Bounds that keep hostile input from exhausting the compiler's time, memory or stack. Documented in docs/limits.md.</summary>
internal static class YamlLimits
{
    /// <summary>An annotation file larger than this is refused before parsing.</summary>
    public const int MaxAnnotationChars = 1_000_000;

    /// <summary>An article text larger than this is refused.</summary>
    public const int MaxArticleChars = 5_000_000;

    /// <summary>Nesting deeper than this ends the parse; the schema needs four levels.</summary>
    public const int MaxDepth = 64;

    /// <summary>Nodes in one file, counting every alias use as one more node.</summary>
    public const int MaxNodes = 100_000;
}
