namespace Dataset.Annotations.Text.Cues;

/// <summary>Reads who a cue's source names: a declared actor where the source is one, else the source as written.</summary>
internal static class CueSources
{
    /// <summary>The declared name the source is (<see cref="SourcePhrase"/>, <see cref="NameIndex.Heading"/>); null when it is none.</summary>
    public static NameMatch? Declared(AttributionFinder finder, Cue cue, ActorNames names) =>
        Written(finder, cue) is { } written ? SourcePhrase.Declared(SourcePhrase.Of(written), names.Index) : null;

    /// <summary>The source as the article writes it, or null when it is unnamed.</summary>
    public static string? Written(AttributionFinder finder, Cue cue) =>
        finder.SourceRange(cue) is { } range ? finder.Text.Substring(range.Start, range.End - range.Start) : null;

    /// <summary>Who a sentence's advice names: the declared actor, else the source as written, else null.</summary>
    public static string? Describe(AttributionFinder finder, Cue cue, ActorNames names) =>
        Declared(finder, cue, names)?.Name ?? Written(finder, cue);
}
