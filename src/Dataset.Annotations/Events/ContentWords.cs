using System.Collections.Generic;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Text;

namespace Dataset.Annotations.Events;

/// <summary>
/// The words that carry a passage's content, for the identity key's "overlapping content words": lower case,
/// four letters or more, not a function word or a form of a reporting verb the attribution cues know, a plural's final
/// s dropped; one word for each <see cref="EnglishStems.Stem"/>, so that two texts in other tenses share it, in the
/// order of the stems.
/// </summary>
internal static class ContentWords
{
    /// <summary>How many content words two passages must share to overlap.</summary>
    public const int MinShared = 2;

    private const int MinLength = 4;

    /// <summary>Longer runs of letters are no words (a URL's, a hash's).</summary>
    private const int MaxLength = 64;

    private static readonly HashSet<string> Common = new(System.StringComparer.Ordinal)
    {
        "about", "after", "again", "against", "also", "been", "before", "being", "between", "both", "could", "does",
        "during", "each", "from", "have", "having", "into", "more", "most", "must", "other", "over", "said", "says",
        "saying", "some", "such", "than", "that", "their", "them", "then", "there", "these", "they", "this", "those",
        "told", "under", "until", "very", "were", "what", "when", "where", "which", "while", "will", "with", "would",
        "your", "statement", "added", "according", "spokesman", "spokeswoman", "spokesperson", "week", "today",
        "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    /// <summary>
    /// The other nouns reports use for sanctions, a plural's s dropped, each read as "sanction" ("welcomed the
    /// measures", "welcomed the sanctions against Sierra Dorada"): one measure, named as the writer chose. A verb's
    /// forms ("measured") stay themselves.
    /// </summary>
    private static readonly HashSet<string> SanctionWords = new(System.StringComparer.Ordinal) { "measure", "penalty", "penaltie" };

    private const string Sanction = "sanction";

    public static EquatableArray<string> Of(string text)
    {
        var words = new List<(string Stem, string Word)>();
        foreach (var written in Words.LowerLetterRuns(text))
        {
            // Reporting verbs in every form ("denied", "denies") say how it was reported, not what.
            if (written.Length < MinLength || written.Length > MaxLength || CueLexicon.IsCueWord(written))
            {
                continue;
            }

            // A plural's final s dropped ("drones" is "drone"), not a double s ("press").
            var word = written.Length > MinLength && written[written.Length - 1] == 's' && written[written.Length - 2] != 's'
                ? written.Substring(0, written.Length - 1)
                : written;
            if (!Common.Contains(word))
            {
                words.Add(SanctionWords.Contains(word) ? (Sanction, Sanction) : (EnglishStems.Stem(word), word));
            }
        }

        // One word per stem (the first in ordinal order), in the order of the stems: what Shared merges on.
        words.Sort(static (a, b) => string.CompareOrdinal(a.Stem, b.Stem) is var order && order != 0 ? order : string.CompareOrdinal(a.Word, b.Word));
        var firsts = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            if (i == 0 || words[i].Stem != words[i - 1].Stem)
            {
                firsts.Add(words[i].Word);
            }
        }

        return firsts.ToEquatableArray();
    }

    /// <summary>The content words of texts and of records, each taken once: one pairing of records of one kind (an id names one record).</summary>
    public sealed class Cache
    {
        private readonly Dictionary<string, EquatableArray<string>> _texts = new(System.StringComparer.Ordinal);
        private readonly Dictionary<string, EquatableArray<string>> _records = new(System.StringComparer.Ordinal);

        public EquatableArray<string> Of(string text) => _texts.TryGetValue(text, out var found) ? found : _texts[text] = ContentWords.Of(text);

        /// <summary>A record's text with, for a statement, its summary, as if one text.</summary>
        public EquatableArray<string> Of(RecordFacts record)
        {
            if (record.Summary is null)
            {
                return Of(record.Text);
            }

            return _records.TryGetValue(record.Id, out var found) ? found : _records[record.Id] = Union(Of(record.Text), Of(record.Summary));
        }
    }

    /// <summary>The words of either of two lists in stem order, in that order, each stem once: the words of two texts read as one.</summary>
    private static EquatableArray<string> Union(EquatableArray<string> a, EquatableArray<string> b)
    {
        var union = new List<string>(a.Count + b.Count);
        int i = 0, j = 0;
        while (i < a.Count || j < b.Count)
        {
            var order = i == a.Count ? 1 : j == b.Count ? -1 : EnglishStems.Compare(a[i], b[j]);
            union.Add(order <= 0 ? a[i] : b[j]);
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }

        return union.ToEquatableArray();
    }

    /// <summary>The content words two texts share (lists from <see cref="Of"/>), as the first writes them: one merge pass on their stems.</summary>
    public static List<string> Shared(EquatableArray<string> a, EquatableArray<string> b) => Merged(a, b, EnglishStems.Compare);

    /// <summary>The ids two lists in ordinal order share, in order.</summary>
    public static List<string> SharedIds(EquatableArray<string> a, EquatableArray<string> b) => Merged(a, b, string.CompareOrdinal);

    /// <summary>The items two lists share, both sorted in the order <paramref name="compare"/> gives: one merge pass.</summary>
    private static List<string> Merged(EquatableArray<string> a, EquatableArray<string> b, System.Comparison<string> compare)
    {
        var shared = new List<string>();
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            var order = compare(a[i], b[j]);
            if (order == 0)
            {
                shared.Add(a[i]);
                i++;
                j++;
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }
}
