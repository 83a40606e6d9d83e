namespace Dataset.Annotations.Coverage;

/// <summary>The two things the coverage check looks for in an article.</summary>
public enum PassageKind
{
    /// <summary>A quoted passage of at least four words.</summary>
    Quote,

    /// <summary>A sentence that attributes speech to a source.</summary>
    Sentence,
}
