using System.Collections.Generic;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Text;

namespace Dataset.Annotations.Events;

/// <summary>
/// The words that carry a passage's content, for the identity key's "overlapping content words": lower case,
/// four letters or more, not a function word or a form of a reporting verb the attribution cues know, a plural's final
/// s dropped; one word for each <see cref="Stem"/>, so that two texts in other tenses share it, in the order of the stems.
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
                words.Add(SanctionWords.Contains(word) ? (Sanction, Sanction) : (Stem(word), word));
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

    /// <summary>
    /// One form for a word's inflections, so that two reports in other tenses meet ("sabotage" and "sabotaging",
    /// "supplies" and "supplied"), or an adverb and its adjective ("illegally" and "illegal"): a final -ing or -ed
    /// cut, or the -ly of -ally while five letters remain, then a final -e, each only while four letters remain,
    /// a doubled last letter of the cut word made single ("stopped"), and a final i read as y.
    /// </summary>
    public static string Stem(string word)
    {
        if (word.Length < MinLength)
        {
            return word;
        }

        var stem = word.Substring(0, StemEnd(word));
        return stem[stem.Length - 1] == 'i' ? stem.Substring(0, stem.Length - 1) + "y" : stem;
    }

    /// <summary>
    /// The ordinal order of two words' stems, found without making them: the merges of <see cref="Shared"/> compare
    /// every pair of records' words this way.
    /// </summary>
    public static int CompareStems(string a, string b)
    {
        var (endA, endB) = (StemEnd(a), StemEnd(b));
        for (var k = 0; k < endA && k < endB; k++)
        {
            var order = StemChar(a, k, endA) - StemChar(b, k, endB);
            if (order != 0)
            {
                return order;
            }
        }

        return endA - endB;
    }

    /// <summary>A stem's letter at <paramref name="at"/>: the word's, but a final i read as y.</summary>
    private static char StemChar(string word, int at, int end) => at == end - 1 && word[at] == 'i' && word.Length >= MinLength ? 'y' : word[at];

    /// <summary>Where a word's stem ends (<see cref="Stem"/>): its length for a short word.</summary>
    private static int StemEnd(string word)
    {
        if (word.Length < MinLength)
        {
            return word.Length;
        }

        var end = word.Length;
        var cut = word.EndsWith("ing", System.StringComparison.Ordinal) && end - 3 >= MinLength ? 3
            : word.EndsWith("ed", System.StringComparison.Ordinal) && end - 2 >= MinLength ? 2
            : word.EndsWith("ally", System.StringComparison.Ordinal) && end - 2 > MinLength ? 2
            : 0;
        end -= cut;
        if (cut > 0 && word[end - 1] == word[end - 2] && word[end - 1] is not ('l' or 's' or 'e'))
        {
            end--;
        }

        if (word[end - 1] == 'e' && end - 1 >= MinLength)
        {
            end--;
        }

        return end;
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
            var order = i == a.Count ? 1 : j == b.Count ? -1 : CompareStems(a[i], b[j]);
            union.Add(order <= 0 ? a[i] : b[j]);
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }

        return union.ToEquatableArray();
    }

    /// <summary>The content words two texts share (lists from <see cref="Of"/>), as the first writes them: one merge pass on their stems.</summary>
    public static List<string> Shared(EquatableArray<string> a, EquatableArray<string> b) => Merged(a, b, CompareStems);

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
