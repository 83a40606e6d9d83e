namespace Dataset.Annotations.Text;

/// <summary>
/// The stems of English words, which the identity key's content words and the drafts' act signals share: two reports
/// in other tenses meet on one stem.
/// </summary>
internal static class EnglishStems
{
    /// <summary>The shortest word cut, and the fewest letters a cut leaves.</summary>
    private const int MinLength = 4;

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
    /// The ordinal order of two words' stems, found without making them: the merges of the events' content words
    /// compare every pair of records' words this way.
    /// </summary>
    public static int Compare(string a, string b)
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
}
