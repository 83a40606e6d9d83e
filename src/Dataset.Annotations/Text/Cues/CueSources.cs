
namespace Dataset.Annotations.Text.Cues;

/// <summary>A declared actor's name or alias found in a cue's source, and where it is in the article.</summary>
internal readonly struct NamedSource
{
    public NamedSource(string name, int start, int end)
    {
        Name = name;
        Start = start;
        End = end;
    }

    public string Name { get; }

    public int Start { get; }

    public int End { get; }
}

/// <summary>Reads who a cue's source names: a declared actor where one stands in it, else the source as written.</summary>
internal static class CueSources
{
    /// <summary>
    /// The declared name in the source that ends last (the head of "US State Department spokesman Ned Price"), the
    /// longest of those ending there; null when the source names no declared actor.
    /// </summary>
    public static NamedSource? Declared(AttributionFinder finder, Cue cue, ActorNames names) =>
        finder.SourceRange(cue) is { } range ? Declared(finder.Text, range, names) : null;

    public static NamedSource? Declared(string text, TextRange range, ActorNames names)
    {
        NamedSource? best = null;
        for (var i = range.Start; i < range.End; i++)
        {
            if (!Words.IsWordChar(text[i]) || (i > range.Start && Words.IsWordChar(text[i - 1])) || names.At(text, i) is not { } name)
            {
                continue;
            }

            var end = i + name.Length;
            if (end <= range.End && (best is not { } found || end > found.End || (end == found.End && name.Length > found.Name.Length)))
            {
                best = new NamedSource(name, i, end);
            }
        }

        return best;
    }

    /// <summary>The source as the article writes it, or null when it is unnamed.</summary>
    public static string? Written(AttributionFinder finder, Cue cue) =>
        finder.SourceRange(cue) is { } range ? finder.Text.Substring(range.Start, range.End - range.Start) : null;

    /// <summary>Who a sentence's advice names: the declared actor, else the source as written, else null.</summary>
    public static string? Describe(AttributionFinder finder, Cue cue, ActorNames names) =>
        Declared(finder, cue, names)?.Name ?? Written(finder, cue);
}
