using System.Linq;

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
                && Enumerable.All(longer.Substring(shorter.Length), c => "аеёиоуыюяйм".IndexOf(char.ToLowerInvariant(c)) >= 0))
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

    /// <summary>
    /// The nouns that head a Russian body's name, in the nominative: "министерство", "Главное управление", "пресс-служба",
    /// "онкоцентр". Each declines by its ending: a consonant or "й" as "комитет", "музей"; "о" as "министерство"; "ие" as
    /// "управление"; "а" as "служба"; "ия" as "инспекция".
    /// </summary>
    private static readonly string[] BodyNouns =
    {
        "министерство", "ведомство", "агентство", "правительство", "управление", "отделение", "учреждение", "собрание",
        "департамент", "комитет", "служба", "пресс-служба", "прокуратура", "суд", "администрация", "мэрия", "дума", "совет",
        "фонд", "инспекция", "надзор", "университет", "вуз", "институт", "больница", "поликлиника", "центр", "компания",
        "союз", "ассоциация", "профсоюз", "организация", "отдел", "театр", "музей", "школа", "колледж", "академия",
        "комиссия", "палата", "предприятие", "объединение", "холдинг", "агрохолдинг", "корпорация", "завод", "комбинат",
        "банк", "партия", "движение", "федерация", "лига", "клиника", "госпиталь",
    };

    /// <summary>The nouns that stand after a prefix of their own: "онкоцентр", "Роспотребнадзор", "агрохолдинг".</summary>
    private static readonly string[] CompoundingNouns = { "центр", "надзор", "холдинг", "банк" };

    /// <summary>
    /// The nouns that name a place or a meeting as often as a body ("в центре города", "в комитете по встрече"): a body
    /// only with an adjective before, a prefix, or a capital, a digit or a name in quotes in its name.
    /// </summary>
    private static readonly string[] AmbiguousNouns =
    {
        "центр", "комитет", "совет", "собрание", "отдел", "отделение", "школа", "театр", "музей", "союз", "движение", "лига", "палата",
    };

    /// <summary>The endings of an adjective in a case other than the nominative, longest first.</summary>
    private static readonly string[] AdjectiveEndings = { "ого", "его", "ому", "ему", "ою", "ею", "ым", "им", "ом", "ем", "ой", "ей", "ую", "юю" };

    /// <summary>The stems of adjectives whose masculine nominative ends, stressed, in "ой": "краевой", "областной".</summary>
    private static readonly string[] StressedStems = { "краев", "областн", "городск", "окружн", "миров", "морск", "рабоч", "волостн" };

    /// <summary>
    /// The noun of <see cref="BodyNouns"/> a word is a form of, in any case ("министерстве" → "министерство",
    /// "онкоцентре" → "центр"), and the word in the nominative ("онкоцентр"); null for any other word.
    /// </summary>
    public static (string Noun, string Nominative)? BodyHead(string word)
    {
        var lower = word.ToLowerInvariant();
        foreach (var noun in BodyNouns)
        {
            foreach (var form in Forms(noun))
            {
                if (!lower.EndsWith(form, System.StringComparison.Ordinal))
                {
                    continue;
                }

                var prefix = word.Substring(0, word.Length - form.Length);
                if (prefix.Length == 0 || (prefix.Length >= 2 && System.Array.IndexOf(CompoundingNouns, noun) >= 0))
                {
                    var nominative = prefix + (prefix.Length == 0 && char.IsUpper(word[0]) ? char.ToUpperInvariant(noun[0]) + noun.Substring(1) : noun);
                    return (noun, nominative);
                }
            }
        }

        return HyphenedHead(word);
    }

    /// <summary>
    /// "музее-заповеднике" → "музей-заповедник": a body's noun joined by a hyphen to a noun that declines with it, in the same
    /// case, the second's nominative what is left of it without the first's ending (a consonant ending it); null otherwise.
    /// </summary>
    private static (string Noun, string Nominative)? HyphenedHead(string word)
    {
        var hyphen = word.IndexOf('-');
        if (hyphen <= 0 || hyphen >= word.Length - 2 || BodyHead(word.Substring(0, hyphen)) is not { } first)
        {
            return null;
        }

        var head = word.Substring(0, hyphen).ToLowerInvariant();
        var shared = 0;
        while (shared < head.Length && shared < first.Noun.Length && head[shared] == first.Noun[shared])
        {
            shared++;
        }

        var ending = head.Substring(shared);
        var second = word.Substring(hyphen + 1);
        var stem = second.EndsWith(ending, System.StringComparison.Ordinal) ? second.Substring(0, second.Length - ending.Length) : null;
        return stem is { Length: > 2 } && "аеёиоуыэюяйь".IndexOf(stem[stem.Length - 1]) < 0 ? (first.Noun, first.Nominative + "-" + stem) : null;
    }

    /// <summary>
    /// A body's name with its head put in the nominative: the adjectives and the noun that heads it as the sentence
    /// declines them ("Главном управлении МЧС по Саратовской области", "пресс-службе Краснодарского краевого суда",
    /// "Территориальным фондом ОМС"), turned to the nominative ("Главное управление …", "пресс-служба …",
    /// "Территориальный фонд ОМС"), every word after the head as written. A name that does not open with up to three
    /// adjectives and such a noun, the noun alone, or a noun of a place with nothing that makes it a body's ("центре
    /// города", "комитете по встрече") is returned as written.
    /// </summary>
    public static string Nominative(string name)
    {
        var words = name.Trim().Split(' ');
        var head = System.Array.FindIndex(words, w => BodyHead(w) is not null);
        if (head < 0 || head > 3 || words.Length < 2 || words.Take(head).Any(w => Adjective(w) is null)
            || BodyHead(words[head]) is not { } noun || string.Equals(words[head], noun.Nominative, System.StringComparison.Ordinal))
        {
            return name;
        }

        // "союза производителей продуктов питания": two words or more of what it is of make it a body; "центре города" is a place.
        if (System.Array.IndexOf(AmbiguousNouns, noun.Noun) >= 0 && head == 0 && noun.Nominative.Length == noun.Noun.Length
            && !words.Skip(1).Any(w => w.Length > 0 && (char.IsUpper(w[0]) || char.IsDigit(w[0]) || w[0] == '\u00AB'))
            && (words.Length < 3 || words[1] == "по"))
        {
            return name;
        }

        var gender = Gender(noun.Noun);
        var turned = words.Select((w, i) => i < head ? AdjectiveNominative(w, gender) : i == head ? noun.Nominative : w);
        return string.Join(" ", turned);
    }

    /// <summary>The forms of a body's noun in the other cases, singular: "министерства", "министерству", "министерством", "министерстве".</summary>
    private static string[] Forms(string noun)
    {
        if (noun.EndsWith("ия", System.StringComparison.Ordinal) || noun.EndsWith("ие", System.StringComparison.Ordinal))
        {
            var stem = noun.Substring(0, noun.Length - 1);
            return noun[noun.Length - 1] == 'я'
                ? new[] { noun, stem + "и", stem + "ю", stem + "ей", stem + "ею" }
                : new[] { noun, stem + "я", stem + "ю", stem + "ем", stem + "и" };
        }

        if (noun.EndsWith("а", System.StringComparison.Ordinal))
        {
            var stem = noun.Substring(0, noun.Length - 1);
            var genitive = "кгхжшчщ".IndexOf(stem[stem.Length - 1]) >= 0 ? "и" : "ы";
            return new[] { noun, stem + genitive, stem + "е", stem + "у", stem + "ой", stem + "ою" };
        }

        if (noun.EndsWith("о", System.StringComparison.Ordinal))
        {
            var stem = noun.Substring(0, noun.Length - 1);
            return new[] { noun, stem + "а", stem + "у", stem + "ом", stem + "е" };
        }

        if (noun.EndsWith("й", System.StringComparison.Ordinal) || noun.EndsWith("ь", System.StringComparison.Ordinal))
        {
            var stem = noun.Substring(0, noun.Length - 1);
            return new[] { noun, stem + "я", stem + "ю", stem + "ем", stem + "е" };
        }

        return new[] { noun, noun + "а", noun + "у", noun + "ом", noun + "ем", noun + "е" };
    }

    /// <summary>'m', 'n' or 'f': the gender of a body's noun, by its ending.</summary>
    private static char Gender(string noun) =>
        noun.EndsWith("о", System.StringComparison.Ordinal) || noun.EndsWith("ие", System.StringComparison.Ordinal) ? 'n'
        : noun.EndsWith("а", System.StringComparison.Ordinal) || noun.EndsWith("я", System.StringComparison.Ordinal) ? 'f'
        : 'm';

    /// <summary>The ending of an adjective in a case other than the nominative ("Главном" → "ом"); null for another word.</summary>
    private static string? Adjective(string word) =>
        word.Length > 0 && IsCyrillic(word[0])
            ? AdjectiveEndings.FirstOrDefault(e => word.Length - e.Length >= 3 && word.EndsWith(e, System.StringComparison.Ordinal))
            : null;

    /// <summary>
    /// An adjective in the nominative of a noun's gender: "Главном" → "Главное" (n), "Территориальным" → "Территориальный"
    /// (m), "Краснодарского" → "Краснодарский", "краевого" → "краевой", "областной" → "областная" (f).
    /// </summary>
    private static string AdjectiveNominative(string word, char gender)
    {
        var ending = Adjective(word)!;
        var stem = word.Substring(0, word.Length - ending.Length);
        var last = char.ToLowerInvariant(stem[stem.Length - 1]);
        var hushing = "жшчщц".IndexOf(last) >= 0;
        var velar = "кгх".IndexOf(last) >= 0;
        var soft = "еиюя".IndexOf(ending[0]) >= 0 && !hushing && !velar;
        var stressed = StressedStems.Any(s => stem.EndsWith(s, System.StringComparison.OrdinalIgnoreCase));
        return gender switch
        {
            'f' => stem + (soft ? "яя" : "ая"),
            'n' => stem + (soft || (hushing && !stressed) ? "ее" : "ое"),
            _ => stem + (stressed ? "ой" : soft || velar || hushing ? "ий" : "ый"),
        };
    }
}
