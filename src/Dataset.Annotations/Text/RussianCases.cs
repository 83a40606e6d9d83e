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

    /// <summary>"Петрович", "Ивановна", "Ильинична": a patronymic's ending.</summary>
    public static bool IsPatronymic(string word) =>
        word.EndsWith("вич", System.StringComparison.Ordinal) || word.EndsWith("вна", System.StringComparison.Ordinal)
        || word.EndsWith("чна", System.StringComparison.Ordinal);

    /// <summary>Whether a lower-case letter is a consonant an ending follows as it is: not a vowel, "й" or "ь".</summary>
    public static bool IsConsonant(char c) => "аеёиоуыэюяйь".IndexOf(c) < 0;

    /// <summary>Whether a lower-case letter is a hushing consonant or "ц", after which an ending's "о" is written "е" ("ей", "ем").</summary>
    private static bool IsHushing(char c) => "жшчщц".IndexOf(c) >= 0;

    /// <summary>Whether a lower-case letter is velar or hushing, after which the genitive's "ы" is written "и" ("службы", "таможни").</summary>
    public static bool TakesI(char c) => "кгхжшчщ".IndexOf(c) >= 0;

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
    /// "управление"; "а" as "служба"; "ия" as "инспекция"; "я" as "таможня".
    /// </summary>
    private static readonly string[] BodyNouns =
    {
        "министерство", "ведомство", "агентство", "правительство", "управление", "отделение", "учреждение", "собрание",
        "департамент", "комитет", "служба", "пресс-служба", "прокуратура", "суд", "администрация", "мэрия", "дума", "совет",
        "фонд", "инспекция", "надзор", "университет", "вуз", "институт", "больница", "поликлиника", "центр", "компания",
        "союз", "ассоциация", "профсоюз", "организация", "отдел", "театр", "музей", "школа", "колледж", "академия",
        "комиссия", "палата", "предприятие", "объединение", "холдинг", "агрохолдинг", "корпорация", "завод", "комбинат",
        "банк", "партия", "движение", "федерация", "лига", "клиника", "госпиталь", "таможня",
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
        return stem is { Length: > 2 } && IsConsonant(stem[stem.Length - 1]) ? (first.Noun, first.Nominative + "-" + stem) : null;
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

    /// <summary>
    /// A body's noun and its forms in the other cases, singular: "министерства", "министерству", "министерством",
    /// "министерстве" (<see cref="Declined"/>), and the longer instrumental of a feminine noun ("службою", "таможнею").
    /// </summary>
    private static string[] Forms(string noun)
    {
        var declined = Declined(noun, person: false);
        var forms = declined.Select(f => f.Form).Prepend(noun);
        if (noun.EndsWith("а", System.StringComparison.Ordinal) || noun.EndsWith("я", System.StringComparison.Ordinal))
        {
            var instrumental = declined.First(f => f.Case == 'i').Form;
            forms = forms.Append(instrumental.Substring(0, instrumental.Length - 1) + "ю");
        }

        return forms.ToArray();
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
        var hushing = IsHushing(last);
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

    /// <summary>
    /// Russian first names in the nominative, men's: each declines by its ending ("Иван" → "Ивана", "Геннадий" →
    /// "Геннадия", "Алексей" → "Алексея", "Игорь" → "Игоря", "Никита" → "Никиты", "Илья" → "Ильи").
    /// </summary>
    private static readonly string[] MenFirstNames =
    {
        "Александр", "Алексей", "Анатолий", "Андрей", "Антон", "Аркадий", "Арсений", "Артем", "Артём", "Артур", "Богдан", "Борис",
        "Вадим", "Валентин", "Валерий", "Василий", "Виктор", "Виталий", "Владимир", "Владислав", "Всеволод", "Вячеслав", "Геннадий",
        "Георгий", "Герман", "Глеб", "Григорий", "Даниил", "Данил", "Денис", "Дмитрий", "Евгений", "Егор", "Иван", "Игорь", "Илья",
        "Кирилл", "Константин", "Леонид", "Максим", "Марат", "Матвей", "Михаил", "Никита", "Николай", "Олег", "Павел", "Петр", "Пётр",
        "Роман", "Руслан", "Святослав", "Семен", "Семён", "Сергей", "Станислав", "Степан", "Тимофей", "Тимур", "Федор", "Фёдор",
        "Эдуард", "Юрий", "Яков", "Ярослав", "Рустам", "Ринат", "Айдар", "Ильдар", "Рашид", "Расул", "Ахмат", "Рамзан", "Мурат",
        "Лев", "Эрнест", "Захар", "Марк", "Ефим", "Вениамин", "Ростислав", "Филипп", "Эльдар", "Альберт",
    };

    /// <summary>Russian first names in the nominative, women's ("Ирина" → "Ирины", "Мария" → "Марии", "Наталья" → "Натальи").</summary>
    private static readonly string[] WomenFirstNames =
    {
        "Александра", "Алина", "Алла", "Алена", "Алёна", "Анастасия", "Ангелина", "Анжела", "Анна", "Антонина", "Валентина", "Валерия",
        "Вера", "Вероника", "Виктория", "Галина", "Дарья", "Диана", "Евгения", "Екатерина", "Елена", "Елизавета", "Жанна", "Зинаида",
        "Зоя", "Инна", "Ирина", "Карина", "Кира", "Кристина", "Ксения", "Лариса", "Лидия", "Лилия", "Любовь", "Людмила", "Маргарита",
        "Марина", "Мария", "Надежда", "Наталья", "Наталия", "Нина", "Оксана", "Ольга", "Полина", "Раиса", "Светлана", "София", "Софья",
        "Тамара", "Татьяна", "Ульяна", "Эльвира", "Юлия", "Яна", "Василиса", "Варвара", "Милана", "Олеся", "Регина", "Снежана", "Таисия",
        "Эвелина", "Майя", "Нелли", "Алсу", "Гульнара", "Лиана", "Злата", "Арина", "Дина", "Римма", "Элина", "Эльмира",
    };

    /// <summary>Men's first names whose vowel drops before an ending: "Павел" → "Павла", "Лев" → "Льва", "Пётр" → "Петра".</summary>
    private static readonly System.Collections.Generic.Dictionary<string, string> FleetingStems = new(System.StringComparer.Ordinal)
    {
        ["Павел"] = "Павл", ["Лев"] = "Льв", ["Петр"] = "Петр", ["Пётр"] = "Петр",
    };

    /// <summary>
    /// A Russian person's name in the nominative: a known first name ("Геннадия", "Ирину") in the case the sentence uses
    /// turns, with the patronymic and surname after it, by their endings and the gender the first name shows
    /// ("Геннадия Рожкова" → "Геннадий Рожков", "Ирину Лаврентьеву" → "Ирина Лаврентьева", "Марины Ткачук" →
    /// "Марина Ткачук"). Surnames that do not decline (-о, -ых, -их, a woman's in a consonant) and words of no known
    /// ending stay as written; a name with no known first name (a foreign one), or with a word left in a noun's oblique
    /// ending -ы or -и ("Надежды Москвы"), is returned as written.
    /// </summary>
    public static string PersonNominative(string name)
    {
        var words = name.Trim().Split(' ');
        for (var i = System.Math.Max(0, words.Length - 3); i < words.Length - 1; i++)
        {
            if (FirstName(words[i]) is not { } first || !words.Skip(i + 1).All(w => w.Length > 2 && char.IsUpper(w[0]) && IsCyrillic(w[0])))
            {
                continue;
            }

            if (first.Cases.Length == 0)
            {
                return name;
            }

            // "Надежды Москвы": a word left in a noun's oblique ending names a place or a thing, not the person.
            var rest = words.Skip(i + 1).Select(w => NameWordNominative(w, first.Man, first.Cases)).ToList();
            return rest.Where((w, k) => string.Equals(w, words[i + 1 + k], System.StringComparison.Ordinal)).Any(w => w[w.Length - 1] is 'ы' or 'и')
                ? name
                : string.Join(" ", words.Take(i).Append(first.Nominative).Concat(rest));
        }

        return name;
    }

    /// <summary>
    /// The known first name a word is a form of: its nominative, whether a man's, and the cases the word may be in
    /// (none: it is the nominative); null for a word of no known first name, or one that two names share.
    /// </summary>
    private static (string Nominative, bool Man, string Cases)? FirstName(string word)
    {
        (string Nominative, bool Man, string Cases)? found = null;
        foreach (var (nominative, man) in MenFirstNames.Select(n => (n, true)).Concat(WomenFirstNames.Select(n => (n, false))))
        {
            if (string.Equals(word, nominative, System.StringComparison.Ordinal))
            {
                return (nominative, man, string.Empty);
            }

            var cases = string.Concat(
                FirstNameForms(nominative, man).Where(f => string.Equals(f.Form, word, System.StringComparison.Ordinal)).Select(f => f.Case));
            if (cases.Length == 0)
            {
                continue;
            }

            if (found is { } other
                && (other.Man != man || !string.Equals(other.Nominative.Replace('ё', 'е'), nominative.Replace('ё', 'е'), System.StringComparison.Ordinal)))
            {
                return null;
            }

            found ??= (nominative, man, cases);
        }

        return found;
    }

    /// <summary>
    /// A first name's forms in the oblique cases, each with its case (<see cref="Declined"/>); none for a woman's name
    /// that does not end in "а" or "я", nor for a man's in "у".
    /// </summary>
    private static (string Form, char Case)[] FirstNameForms(string nominative, bool man)
    {
        var last = nominative[nominative.Length - 1];
        return last is 'а' or 'я' || (man && last != 'у') ? Declined(nominative, person: true) : System.Array.Empty<(string, char)>();
    }

    /// <summary>
    /// A noun's or a first name's forms in the oblique cases, singular, each with its case: g(enitive), d(ative),
    /// a(ccusative), i(nstrumental), p(repositional). A person's masculine name takes the genitive for the accusative
    /// ("Сергея") and may drop a vowel ("Павел" → "Павла"); a body's masculine or neuter noun keeps its nominative there,
    /// which is not listed.
    /// </summary>
    private static (string Form, char Case)[] Declined(string nominative, bool person)
    {
        var last = nominative[nominative.Length - 1];
        var stem = nominative.Substring(0, nominative.Length - 1);
        if (!person && nominative.EndsWith("ие", System.StringComparison.Ordinal))
        {
            return new[] { (stem + "я", 'g'), (stem + "ю", 'd'), (stem + "ем", 'i'), (stem + "и", 'p') };
        }

        if (last is 'а' or 'я')
        {
            var before = stem[stem.Length - 1];
            var soft = last == 'я';
            var genitive = soft || TakesI(before) ? "и" : "ы";
            var ia = soft && before == 'и';
            return new[]
            {
                (stem + genitive, 'g'), (stem + (ia ? "и" : "е"), 'd'), (stem + (soft ? "ю" : "у"), 'a'),
                (stem + (soft || IsHushing(before) ? "ей" : "ой"), 'i'), (stem + (ia ? "и" : "е"), 'p'),
            };
        }

        if (!person && last == 'о')
        {
            return new[] { (stem + "а", 'g'), (stem + "у", 'd'), (stem + "ом", 'i'), (stem + "е", 'p') };
        }

        if (last is 'й' or 'ь')
        {
            var prepositional = nominative.EndsWith("ий", System.StringComparison.Ordinal) ? "и" : "е";
            var forms = new[] { (stem + "я", 'g'), (stem + "ю", 'd'), (stem + "ем", 'i'), (stem + prepositional, 'p') };
            return person ? forms.Append((stem + "я", 'a')).ToArray() : forms;
        }

        var hard = person && FleetingStems.TryGetValue(nominative, out var fleeting) ? fleeting : nominative;
        var instrumental = IsHushing(last) ? "ем" : hard.EndsWith("ё", System.StringComparison.Ordinal) ? "ём" : "ом";
        var consonant = new[] { (hard + "а", 'g'), (hard + "у", 'd'), (hard + instrumental, 'i'), (hard + "е", 'p') };
        return person ? consonant.Append((hard + "а", 'a')).ToArray() : consonant;
    }

    /// <summary>
    /// A patronymic's or surname's word in the nominative, from one of <paramref name="cases"/>: a man's "Рожкова" →
    /// "Рожков", "Сергеевича" → "Сергеевич", "Ковальского" → "Ковальский", "Ткачуку" → "Ткачук"; a woman's "Лаврентьеву" →
    /// "Лаврентьева", "Ивановой" → "Иванова", "Сергеевны" → "Сергеевна", "Вишневской" → "Вишневская". Any other word as written.
    /// </summary>
    private static string NameWordNominative(string word, bool man, string cases)
    {
        if (word.EndsWith("ых", System.StringComparison.Ordinal) || word.EndsWith("их", System.StringComparison.Ordinal) || word.IndexOf('-') >= 0)
        {
            return word;
        }

        string? Strip(string ending, string then, char inCase, string stemEnds = "")
        {
            if (cases.IndexOf(inCase) < 0 || !word.EndsWith(ending, System.StringComparison.Ordinal) || word.Length - ending.Length < 3)
            {
                return null;
            }

            var stem = word.Substring(0, word.Length - ending.Length);
            return stemEnds.Length == 0 || stemEnds.Split('|').Any(e => stem.EndsWith(e, System.StringComparison.Ordinal)) ? stem + then : null;
        }

        const string Possessive = "ов|ев|ёв|ин|ын";
        if (!man)
        {
            return Strip("ой", "а", 'g', Possessive) ?? Strip("ой", "а", 'd', Possessive) ?? Strip("ой", "а", 'i', Possessive)
                ?? Strip("ой", "а", 'p', Possessive) ?? Strip("у", "а", 'a', Possessive)
                ?? Strip("ой", "ая", 'g', "ск|цк") ?? Strip("ой", "ая", 'd', "ск|цк") ?? Strip("ой", "ая", 'i', "ск|цк")
                ?? Strip("ой", "ая", 'p', "ск|цк") ?? Strip("ую", "ая", 'a', "ск|цк")
                ?? Strip("ы", "а", 'g', "овн|евн|ичн") ?? Strip("е", "а", 'd', "овн|евн|ичн") ?? Strip("е", "а", 'p', "овн|евн|ичн")
                ?? Strip("у", "а", 'a', "овн|евн|ичн") ?? Strip("ой", "а", 'i', "овн|евн|ичн")
                ?? word;
        }

        return Strip("ого", "ий", 'g', "ск|цк") ?? Strip("ого", "ий", 'a', "ск|цк") ?? Strip("ому", "ий", 'd', "ск|цк")
            ?? Strip("им", "ий", 'i', "ск|цк") ?? Strip("ом", "ий", 'p', "ск|цк")
            ?? Strip("ым", string.Empty, 'i', Possessive)
            ?? (Consonant(word, 1) ? Strip("а", string.Empty, 'g') ?? Strip("а", string.Empty, 'a') ?? Strip("у", string.Empty, 'd')
                ?? Strip("е", string.Empty, 'p') : null)
            ?? (Consonant(word, 2) ? Strip("ом", string.Empty, 'i') ?? Strip("ем", string.Empty, 'i', "ч|ш|щ|ж|ц") : null)
            ?? word;
    }

    /// <summary>Whether the letter before the word's last <paramref name="ending"/> letters is a consonant (not "й" or "ь").</summary>
    private static bool Consonant(string word, int ending) =>
        word.Length > ending && IsConsonant(char.ToLowerInvariant(word[word.Length - ending - 1]));

    private static readonly char[] Spaces = { ' ', '\u00A0', '\n', '\t', '\r' };

    /// <summary>The punctuation a word of a name may stand between in the text, but its quotes: "(", ",", ":".</summary>
    private static readonly char[] Punctuation = { ',', ';', ':', '.', '!', '?', '"', '\u201C', '\u201D', '\u201E', '(', ')', '\u2014', '\u2013' };

    /// <summary>
    /// A person's name (<paramref name="nominative"/>, its first name in the nominative) as <paramref name="text"/> writes
    /// it in full with that first name, the words after it the same words in any case ("Сергей Шойгу" for "Сергей Шойг"),
    /// the first such; null when the text does not so write it.
    /// </summary>
    public static string? WrittenInNominative(string text, string nominative)
    {
        var name = nominative.Split(' ');
        var tokens = text.Split(Spaces, System.StringSplitOptions.RemoveEmptyEntries).Select(t => t.Trim(Punctuation).Trim('\u00AB', '\u00BB')).ToArray();
        for (var start = 0; start + name.Length <= tokens.Length; start++)
        {
            if (string.Equals(tokens[start], name[0], System.StringComparison.Ordinal)
                && Enumerable.Range(1, name.Length - 1)
                    .All(k => tokens[start + k].Length > 0 && char.IsUpper(tokens[start + k][0]) && SameWord(tokens[start + k], name[k])))
            {
                return string.Join(" ", tokens.Skip(start).Take(name.Length));
            }
        }

        return null;
    }

    /// <summary>
    /// A drafted name with the quotation marks its words stand in where <paramref name="source"/> writes it
    /// ("музей-заповедник Кижи" → "музей-заповедник «Кижи»", "МедЛайн Трейд" → "«МедЛайн Трейд»"); as given when the
    /// source writes its words without them, or when a quote opens or closes outside it ("МедЛайн" of "«МедЛайн Трейд»").
    /// </summary>
    public static string Quoted(string name, string source)
    {
        if (source.IndexOf('\u00AB') < 0)
        {
            return name;
        }

        var words = name.Split(' ');
        var tokens = source.Split(Spaces, System.StringSplitOptions.RemoveEmptyEntries).Select(t => t.Trim(Punctuation)).ToArray();
        for (var start = 0; start + words.Length <= tokens.Length; start++)
        {
            if (!Enumerable.Range(0, words.Length)
                .All(k => string.Equals(tokens[start + k].Trim('\u00AB', '\u00BB'), words[k], System.StringComparison.Ordinal)))
            {
                continue;
            }

            var open = 0;
            var quoted = new string[words.Length];
            for (var k = 0; k < words.Length && open >= 0; k++)
            {
                var token = tokens[start + k];
                var opens = token.Length - token.TrimStart('\u00AB').Length;
                var closes = token.Length - token.TrimEnd('\u00BB').Length;
                open += opens - closes;
                quoted[k] = new string('\u00AB', opens) + words[k] + new string('\u00BB', closes);
            }

            return open == 0 && quoted.Any(q => q.Length > 0 && q[0] == '\u00AB') ? string.Join(" ", quoted) : name;
        }

        return name;
    }
}
