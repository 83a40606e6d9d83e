namespace Dataset.Annotations.Text;

/// <summary>
/// The case endings of Russian nouns, adjectives and names, so that a declared name is found in any case: Лавров is
/// also Лаврова and Лаврову, Захарова also Захаровой, Министерство also Министерстве, Россия also России. A word's
/// stem is the word without the longest ending of the table that leaves three letters; two words are one name's word
/// when their stems are equal. A word in another script is its own stem.
/// </summary>
internal static class RussianCases
{
    private const int MinStem = 3;

    // Longest first, so that "ией" is taken before "ей" and "й".
    private static readonly string[] Endings =
    {
        "ией", "ием", "еем", "ого", "его", "ому", "ему", "ыми", "ими", "ами", "ями",
        "ия", "ие", "ии", "ию", "ея", "ею", "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ую", "юю", "ом", "ем", "ым", "им",
        "ых", "их", "ах", "ях",
        "а", "я", "о", "е", "ё", "ы", "и", "у", "ю", "й", "ь",
    };

    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    /// <summary>How many characters of the word <c>text[start..end)</c> its stem keeps.</summary>
    public static int StemLength(string text, int start, int end)
    {
        var length = end - start;
        if (length == 0 || !IsCyrillic(text[start]))
        {
            return length;
        }

        foreach (var ending in Endings)
        {
            if (length - ending.Length >= MinStem
                && string.Compare(text, end - ending.Length, ending, 0, ending.Length, System.StringComparison.OrdinalIgnoreCase) == 0)
            {
                return length - ending.Length;
            }
        }

        return length;
    }

    /// <summary>
    /// Whether two Russian words are one in two cases: equal but for case, the shorter the longer without an ending of up
    /// to two letters ("Мигом", "Мигоме"; "институт", "института"), or their stems alike (<see cref="SameStem"/>).
    /// </summary>
    public static bool SameWord(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return string.Equals(a, b, System.StringComparison.OrdinalIgnoreCase)
            || (longer.Length - shorter.Length <= 2 && shorter.Length >= MinStem
                && longer.StartsWith(shorter, System.StringComparison.OrdinalIgnoreCase)
                && System.Linq.Enumerable.All(longer.Substring(shorter.Length), c => "аеёиоуыюяйм".IndexOf(char.ToLowerInvariant(c)) >= 0))
            || SameStem(a, 0, a.Length, b, 0, b.Length);
    }

    /// <summary>
    /// Whether the words <c>a[aStart..aEnd)</c> and <c>b[bStart..bEnd)</c> have one stem, but for case: how a declared
    /// name's word is found in any case ("Лавров", "Лаврова").
    /// </summary>
    public static bool SameStem(string a, int aStart, int aEnd, string b, int bStart, int bEnd)
    {
        var length = StemLength(a, aStart, aEnd);
        return length == StemLength(b, bStart, bEnd) && string.Compare(a, aStart, b, bStart, length, System.StringComparison.OrdinalIgnoreCase) == 0;
    }
}
