namespace Dataset.Annotations.Text;

/// <summary>Russian letters in Latin ones (the BGN/PCGN romanisation news uses, without diacritics), for ids: Сатпаев → satpaev.</summary>
internal static class Transliteration
{
    private static readonly string[] Lower =
    {
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch",
        "sh", "shch", "", "y", "", "e", "yu", "ya",
    };

    /// <summary>The Latin letters of a lower-case Cyrillic letter (а–я, ё), or null for any other character.</summary>
    public static string? Latin(char lower) => lower switch
    {
        >= '\u0430' and <= '\u044F' => Lower[lower - '\u0430'],
        '\u0451' => "e",
        _ => null,
    };
}
