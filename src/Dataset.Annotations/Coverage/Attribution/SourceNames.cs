using System.Collections.Generic;

namespace Dataset.Annotations.Coverage.Attribution;

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
internal static class SourceNames
{
    /// <summary>
    /// The declared name in the source that ends last (the head of "US State Department spokesman Ned Price"), the
    /// longest of those ending there; null when the source names no declared actor.
    /// </summary>
    public static NamedSource? Declared(string text, IReadOnlyList<Token> tokens, Cue cue, ActorNames names)
    {
        if (!cue.HasSource)
        {
            return null;
        }

        var sourceEnd = tokens[cue.SourceEnd - 1].End;
        NamedSource? best = null;
        for (var i = cue.SourceStart; i < cue.SourceEnd; i++)
        {
            if (!tokens[i].IsWord || names.At(text, tokens[i].Start) is not { } name)
            {
                continue;
            }

            var end = tokens[i].Start + name.Length;
            if (end <= sourceEnd && (best is not { } found || end > found.End || (end == found.End && name.Length > found.Name.Length)))
            {
                best = new NamedSource(name, tokens[i].Start, end);
            }
        }

        return best;
    }

    /// <summary>The source as the article writes it, or null when it is unnamed.</summary>
    public static string? Written(string text, IReadOnlyList<Token> tokens, Cue cue) =>
        cue.HasSource ? text.Substring(tokens[cue.SourceStart].Start, tokens[cue.SourceEnd - 1].End - tokens[cue.SourceStart].Start) : null;

    /// <summary>Who a sentence's advice names: the declared actor, else the source as written, else null.</summary>
    public static string? Describe(string text, IReadOnlyList<Token> tokens, Cue cue, ActorNames names) =>
        Declared(text, tokens, cue, names)?.Name ?? Written(text, tokens, cue);
}
