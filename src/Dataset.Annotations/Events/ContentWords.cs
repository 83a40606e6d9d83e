using System.Collections.Generic;
using System.Linq;
using System.Text;
using Dataset.Annotations.Collections;

namespace Dataset.Annotations.Events;

/// <summary>
/// The words that carry a passage's content, for the identity key's "overlapping content words": lower case,
/// four letters or more, not a function word or a reporting verb, a plural's final s dropped; sorted, each once.
/// </summary>
internal static class ContentWords
{
    /// <summary>How many content words two passages must share to overlap.</summary>
    public const int MinShared = 2;

    private static readonly HashSet<string> Common = new(System.StringComparer.Ordinal)
    {
        "about", "after", "again", "against", "also", "been", "before", "being", "between", "both", "could", "does",
        "during", "each", "from", "have", "having", "into", "more", "most", "must", "other", "over", "said", "says",
        "saying", "some", "such", "than", "that", "their", "them", "then", "there", "these", "they", "this", "those",
        "told", "under", "until", "very", "were", "what", "when", "where", "which", "while", "will", "with", "would",
        "your", "statement", "added", "according", "spokesman", "spokeswoman", "spokesperson", "week", "today",
        "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    public static EquatableArray<string> Of(string text)
    {
        var words = new SortedSet<string>(System.StringComparer.Ordinal);
        var word = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetter(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (word.Length >= 4)
            {
                var found = word.ToString();
                found = found.Length > 4 && found.EndsWith("s", System.StringComparison.Ordinal) && !found.EndsWith("ss", System.StringComparison.Ordinal) ? found.Substring(0, found.Length - 1) : found;
                if (!Common.Contains(found))
                {
                    words.Add(found);
                }
            }

            word.Clear();
        }

        return words.ToEquatableArray();
    }

    /// <summary>The words two sorted lists share, in order.</summary>
    public static List<string> Shared(EquatableArray<string> a, EquatableArray<string> b) =>
        a.Where(word => System.Collections.Immutable.ImmutableArray.BinarySearch(b.AsImmutableArray(), word, System.StringComparer.Ordinal) >= 0).ToList();
}
