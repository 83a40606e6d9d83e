using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Collections;

namespace Dataset.Annotations.Diagnostics;

/// <summary>
/// The candidates a "did you mean" names, kept as data beside the message text they make, so a front end offers each
/// as a fix without reading the message back.
/// </summary>
internal sealed record DidYouMean(EquatableArray<string> Candidates)
{
    public static readonly DidYouMean None = new(EquatableArray<string>.Empty);

    /// <summary>What <see cref="Suggestions.Candidates"/> proposes for a value among candidates.</summary>
    public static DidYouMean For(string value, IEnumerable<string> candidates) =>
        new(Suggestions.Candidates(value, candidates).ToEquatableArray());

    /// <summary>"; did you mean 'x'?" (or "'x' or 'y'"), or an empty string: the text appended to a message.</summary>
    public string Text => Candidates.Count > 0 ? "; did you mean " + string.Join(" or ", Candidates.Select(c => $"'{c}'")) + "?" : string.Empty;
}
