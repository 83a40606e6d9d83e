using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Text;

namespace Dataset.Annotations.Drafting;

/// <summary>
/// Finds who a source names: an actor the folder declares, by name or alias (the one ending last, so "US State
/// Department spokesman Ned Price" is Ned Price), or by surname once a person is known ("Doe said"); "he", "she" or
/// "they" is the last speaker; otherwise a new actor with the name as written, its title set apart and a kind guessed.
/// </summary>
internal sealed class ActorResolver
{
    private static readonly HashSet<string> MessageNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "statement", "report", "document", "letter", "readout", "communique", "release", "post", "message", "memo", "filing", "ruling", "decision",
        "resolution",
    };

    /// <summary>Who speaks for the party named last: "a spokesman told", "— добавил министр".</summary>
    private static readonly HashSet<string> Spokespeople = new(StringComparer.OrdinalIgnoreCase)
    {
        "spokesman", "spokeswoman", "spokesperson", "министр", "представитель", "пресс-секретарь", "дипломат", "губернатор", "глава",
    };

    /// <summary>Some of the party named last: "with several calling for", "others said".</summary>
    private static readonly HashSet<string> Quantifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "several", "some", "many", "most", "others", "all",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "we", "i", "who", "you", "он", "она", "они", "оно", "мы",
        "его", "её", "ее", "их",
        // "Там пообещали доставить …" after "В компании «Сибфармтрейд» … опровергли": "there", the place named before, is the
        // body that spoke last.
        "там",
    };

    /// <summary>"он", "она", "они": a Russian pronoun that may stand before whom it told ("заявил он Nordic Wire").</summary>
    private static readonly HashSet<string> RussianPronouns = new(StringComparer.OrdinalIgnoreCase) { "он", "она", "они" };

    /// <summary>"глава компании", "руководитель": a head, whatever the title the article gave it ("генеральный директор").</summary>
    private static readonly string[] HeadNouns = { "глава", "руководитель" };

    /// <summary>The words of a title that make its holder the head of a party: director, chairman, president, head.</summary>
    private static readonly string[] HeadTitles = { "директор", "председатель", "президент", "глава", "руководитель" };

    /// <summary>
    /// "спортсменка", "подсудимого": what the article calls a person it named, not an office of its own (not
    /// "губернатора", a title whose holder is named or new).
    /// </summary>
    /// <remarks>"По словам чиновника" after "Начальник управления … Павел Сафонов пояснил": an official is the person who spoke last.</remarks>
    private static readonly string[] PersonNouns = { "спортсмен", "спортсменка", "лыжник", "лыжница", "подсудимый", "обвиняемый", "чиновник", "чиновница" };

    /// <summary>The nouns "the company’s" may stand as: a company, a firm, a group and what a company is described as.</summary>
    private static readonly HashSet<string> CompanyNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "company", "firm", "group", "manufacturer", "producer", "lender", "insurer", "retailer", "airline", "operator",
    };

    private static readonly HashSet<string> Particles = SourcePhrase.Particles;

    private const int MaxNameWords = 6;

    /// <summary>"компании", "сервис", "фирмы": the noun of a firm's sort, in any case, opening the words before its name.</summary>
    private static readonly System.Text.RegularExpressions.Regex RussianFirmNoun = new(
        "^(?:компани[яиеюй]|сервис[аеуом]{0,2}|фирм[аыеуой]{1,2})$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// "службе такси", "межрегиональном профсоюзе медиков", "строительная группа": a service's, a union's or a group's noun,
    /// in any case, among the lower-case words before a body's one-word name; "музее-заповеднике", "музея": a museum's too.
    /// </summary>
    private static readonly System.Text.RegularExpressions.Regex RussianServiceOrUnionNoun = new(
        "^(?:служб[аыеуой]{1,2}|профсоюз[аеуом]{0,2}|групп[аыеуой]{1,2}|музе(?:й|я|е|ю|ем)(?:-[а-яё]+)?)$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private readonly NameIndex _names = new();
    private readonly List<(string Id, string Name)> _people = new();
    private readonly List<DraftActor> _drafted = new();
    private readonly List<string> _mentions = new();
    private readonly Dictionary<string, string> _nameOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _kindOf = new(StringComparer.Ordinal);
    private readonly List<string> _named = new();
    private readonly DraftIds _ids;
    private readonly string? _text;

    /// <summary>The resolver of one article's sources; <paramref name="text"/>, the article, names its people in full.</summary>
    public ActorResolver(IEnumerable<KnownActor> known, DraftIds ids, string? text = null)
    {
        _ids = ids;
        _text = text;
        foreach (var actor in known)
        {
            Add(actor.Id, actor.Name, actor.Kind);
            foreach (var alias in actor.Aliases)
            {
                Add(actor.Id, alias, actor.Kind);
            }
        }
    }

    /// <summary>The new actors made so far, in the order they were first named.</summary>
    public IReadOnlyList<DraftActor> Drafted => _drafted;

    /// <summary>
    /// The actors a source names: each party it joins with "and" ("China and Russia"), the two parties named before for
    /// "both parties" (the last two speakers whose names hold "party"), else the one <see cref="Resolve"/> finds, or none.
    /// <paramref name="isName"/> marks a source known to be a body's name, however long.
    /// </summary>
    public List<string> ResolveAll(string source, string? lastSpeaker, IReadOnlyList<string> spokeBefore, bool isName = false)
    {
        var words = SourcePhrase.Of(source);
        if (SourcePhrase.BothOf(words) is { } noun)
        {
            var both = spokeBefore.Reverse().Distinct(StringComparer.Ordinal)
                .Where(id => _nameOf.TryGetValue(id, out var name) && name.IndexOf(noun, StringComparison.OrdinalIgnoreCase) >= 0)
                .Take(2)
                .ToList();
            if (both.Count == 2)
            {
                return both;
            }
        }

        var conjuncts = SourcePhrase.Conjuncts(words);
        var speakers = conjuncts.Count > 1
            ? conjuncts.Select(c => Resolve(string.Join(" ", c), lastSpeaker))
            : new[] { Resolve(source, lastSpeaker, isName) };
        return speakers.Where(id => id is not null).Select(id => id!).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The id of the actor a source names, making a new one when none is known; null for a source that names no one, or
    /// for a long run of words that <paramref name="isName"/> does not mark as a name.
    /// </summary>
    public string? Resolve(string source, string? lastSpeaker, bool isName = false)
    {
        var words = SourcePhrase.Of(source);
        if (words.Count == 0)
        {
            return null;
        }

        if (TitleHolder(words) is { } holder)
        {
            return holder;
        }

        // "— заявил он Nordic Wire": a pronoun with whom it was told is the pronoun's referent, not the outlet.
        if (words.Count > 1 && RussianPronouns.Contains(words[0]) && words.Skip(1).All(IsCapitalised))
        {
            return lastSpeaker;
        }

        // "he said", "the statement said", "a firm it said", "a spokesman told": whoever the clause or the article
        // named last; a spokesman speaks for them.
        // "это опроверг", "в котором попросили", "пообещали выделить", "в её сообщении говорится": a lone lower-case Russian
        // word that names no one (a verb, a pronoun or relative, a message's noun) is whoever the clause or article named last.
        if ((words.Count == 1 && (SpeakerFor(words[0]) || RussianNoOne.Contains(words[0]))) || Pronouns.Contains(words[words.Count - 1]))
        {
            return lastSpeaker;
        }

        // "Спортсменка назвала решение «несправедливым»" after "Сама Воронцова заявила": the person who spoke last.
        if (words.Count == 1 && PersonNouns.Any(noun => NameIndex.Same(noun, words[0].ToLowerInvariant()))
            && lastSpeaker is not null && _kindOf.TryGetValue(lastSpeaker, out var lastKind) && lastKind == Model.ActorKindNames.Person)
        {
            return lastSpeaker;
        }

        if (Known(words) is { } known)
        {
            return known;
        }

        if (Antecedent(words) is { } antecedent)
        {
            return Resolve(antecedent, lastSpeaker);
        }

        // "пресс-службе мэрии Петрозаводска", "пресс-служба аптечной сети «Кубань-Фарма»": a body's press service, named
        // whole by the body it refers back to, is an actor of its own, not a title before the body's name.
        var (title, name) = isName && RussianCases.SameWord(words[0].ToLowerInvariant(), "пресс-служба") ? (new List<string>(), words) : SplitTitle(words);

        // "Премьер-министр Армении": a title of a declared party in another case is the title's holder, named whole.
        if (title.Count > 0 && SourcePhrase.Declared(name, _names) is { Inflected: true })
        {
            (title, name) = (new List<string>(), words);
        }

        // "Глава Марий Эл поручил": a title before a republic's name alone is the office, its holder unnamed, and the speaker
        // is named by the office whole ("глава Марий Эл"), not by the republic.
        if (title.Count == 1 && PartyWords.IsTitle(title[0]) && RussianBodies.IsRepublic(string.Join(" ", name)))
        {
            (title, name) = (new List<string>(), name.Prepend(title[0].ToLowerInvariant()).ToList());
        }

        if (name.Count == 0)
        {
            return null;
        }

        // A long run of words is a clause read as a source, not a name, unless what it refers back to makes it one, or a
        // Russian body's noun opens it ("министерстве природных ресурсов и экологии Калужской области").
        var written = WithAntecedents(name);
        // "Главное управление МЧС России по Кемеровской области": a capitalised adjective may open the body's name before its noun.
        // "Среднесибирского управления по гидрометеорологии и мониторингу окружающей среды": or "по" and its portfolio after it.
        // "Территориальном фонде обязательного медицинского страхования Тюменской области": or an organisation's noun, to the
        // region that ends its name.
        var body = RussianCases.IsCyrillic(name[0][0])
            && (PartyWords.IsGovernment(name[0]) || (name.Count > 1 && IsCapitalised(name[0]) && PartyWords.IsGovernment(name[1])
                && (EndsAName(name) || (name.Count > 3 && name[2] == "по")))
                || (name.Count > 3 && IsCapitalised(name[0]) && RussianCases.IsCyrillic(name[1][0]) && PartyWords.NamesAParty(name[1])
                    && !PartyWords.IsTitleInAnyCase(name[1]) && RussianCueLexicon.RegionGenitives.Contains(name[name.Count - 1])));
        // "Профессор кафедры гигиены Тульского государственного университета Виктор Панов": too long to be a name, but a
        // title opening it and a person's name closing it make the name its speaker and the rest the title.
        if (!isName && !body && name.Count > MaxNameWords && TitledPerson(words, words.Count - 2))
        {
            (title, name) = (words.Take(words.Count - 2).ToList(), words.Skip(words.Count - 2).ToList());
            written = WithAntecedents(name);
        }

        if (!isName && !body && name.Count > MaxNameWords && Words.AtSpaces(written).Length > MaxNameWords)
        {
            return null;
        }

        if (Known(name) is { } byName)
        {
            return byName;
        }

        var kind = ActorKindGuess.Guess(written, title.Count > 0);
        var asWritten = written;
        // "Геннадия Рожкова": a Russian person named as a person is, in the nominative; "музей-заповедник «Кижи»": a body's
        // name in the quotes the article writes it in.
        written = RussianCases.Quoted(written, source);
        if (kind == Model.ActorKindNames.Person && string.Equals(written, asWritten, StringComparison.Ordinal))
        {
            written = PersonAsNamed(written);
        }

        var id = _ids.Make(written, "actor");
        _drafted.Add(new DraftActor(id, written, kind, title.Count > 0 ? string.Join(" ", title) : null));
        Add(id, written, kind);
        if (!string.Equals(asWritten, written, StringComparison.Ordinal))
        {
            Add(id, asWritten, kind);
        }

        return id;
    }

    /// <summary>
    /// A Russian person's name in the nominative (<see cref="RussianCases.PersonNominative"/>), as the article writes it
    /// in full in the nominative elsewhere when it does ("Сергею Шойгу" is "Сергей Шойгу" where the article so names him).
    /// </summary>
    private string PersonAsNamed(string written)
    {
        var nominative = RussianCases.PersonNominative(written);
        return string.Equals(nominative, written, StringComparison.Ordinal) || _text is null
            ? nominative
            : RussianCases.WrittenInNominative(_text, nominative) ?? nominative;
    }

    /// <summary>
    /// "… МЧС России по Кемеровской области", "… Ростехнадзора": a body's name ends in a capitalised word or its region's
    /// noun, not in the lower-case words of a clause ("Уральское управление Ростехнадзора по итогам проверки").
    /// </summary>
    private static bool EndsAName(List<string> name) => IsCapitalised(name[name.Count - 1]) || RussianCueLexicon.RegionGenitives.Contains(name[name.Count - 1]);

    /// <summary>
    /// "по словам министра", "глава компании": a title alone is the person the article gave that title before
    /// ("министр внутренних дел страны Юхани Лааксонен"), the last drafted whose title opens with that title word in any case
    /// (not a body's noun: "the commission" is not "Commission chairwoman Grace Phiri"); null when none.
    /// </summary>
    /// <remarks>
    /// "глава компании" is the last drafted head ("Генеральный директор «Фармалайна» Андрей Щукин"); "представитель АСВ"
    /// the last drafted "Представитель агентства" when the title names no other party by name (not "представитель
    /// Минздрава" after "представитель АСВ Наталья Гринёва").
    /// </remarks>
    private string? TitleHolder(List<string> words)
    {
        var party = words.Count == 2 && IsCapitalised(words[1]) ? Known(words.GetRange(1, 1)) : null;
        // "Глава города отметил": the title opening a sentence is capitalised, and still a title alone.
        var bare = words.Count is 1 or 2 && !words.Skip(1).Any(IsCapitalised);
        if ((!bare && party is null) || !PartyWords.NamesAParty(words[0]))
        {
            return null;
        }

        var word = words[0].ToLowerInvariant();
        var head = HeadNouns.Any(h => NameIndex.Same(h, word));

        // "По словам главы ведомства": the head of a government body, not a company's "Финансовый директор сети".
        var ofGovernment = words.Count == 2 && party is null && PartyWords.IsGovernment(words[1]);
        for (var d = _drafted.Count - 1; d >= 0; d--)
        {
            if (_drafted[d].Title is not { } title || Words.AtSpaces(title) is not { Length: > 0 } parts)
            {
                continue;
            }

            var same = PartyWords.IsTitle(parts[0]) && NameIndex.Same(parts[0].ToLowerInvariant(), word);
            var headed = head && parts.Any(p => HeadTitles.Any(t => NameIndex.Same(t, p.ToLowerInvariant())));
            var ofParty = party is null || parts.Skip(1).All(p => !IsCapitalised(p)) || Known(parts.Skip(1).ToList()) == party;
            // A minister heads a ministry whatever the article calls him after: "главы ведомства".
            var governing = ofGovernment && GovernsABody(parts);
            if ((same || headed || (head && governing)) && ofParty && (!ofGovernment || governing))
            {
                return _drafted[d].Id;
            }
        }

        return null;
    }

    /// <summary>The titles that head a government body by themselves: a minister heads a ministry, a governor a region's government.</summary>
    private static readonly string[] GoverningTitles = { "министр", "губернатор", "мэр", "премьер-министр" };

    /// <summary>
    /// Whether a title heads a government body: a minister's or a governor's ("Министр здравоохранения Краснодарского края"),
    /// or one that names the body ("руководитель управления"); not "Финансовый директор сети".
    /// </summary>
    private static bool GovernsABody(string[] title) =>
        GoverningTitles.Any(t => NameIndex.Same(t, title[0].ToLowerInvariant())) || title.Skip(1).Any(PartyWords.IsGovernment);

    /// <summary>Whether a source is one that speaks for another: "a spokesman", "the statement", "several".</summary>
    public static bool SpeaksForAnother(string source) => SourcePhrase.Of(source) is { Count: 1 } words && SpeakerFor(words[0]);

    /// <summary>Whether a source is some of a party: "several", "others".</summary>
    public static bool PartOfAnother(string source) => SourcePhrase.Of(source) is { Count: 1 } words && Quantifiers.Contains(words[0]);

    /// <summary>"statement", "spokesman", "several": a word that speaks for (or as part of) another party.</summary>
    private static bool SpeakerFor(string word) => MessageNouns.Contains(word) || Spokespeople.Contains(word) || Quantifiers.Contains(word);

    /// <summary>Another name of an actor already resolved: the words an article first wrote it in, when drafted by another.</summary>
    public void AlsoNamed(string id, string name)
    {
        if (_kindOf.TryGetValue(id, out var kind))
        {
            Add(id, name, kind);
        }
    }

    /// <summary>Notes a source the article named, whoever it turns out to be, for a bare noun that refers back to it later.</summary>
    public void Mention(string source)
    {
        if (SourcePhrase.Of(source).Count > 1)
        {
            _mentions.Add(source);
        }
    }

    /// <summary>
    /// The source named before that a bare noun refers back to: "по данным пресс-службы" after "сообщила пресс-служба
    /// правительства", "the spokesperson" after "a spokesperson for the secretary-general" — the last mention that the
    /// noun opens (in any case of a Russian word) and that holds no name, so that what follows the noun says whose; null
    /// for a name, a phrase of several words, or a noun that opens no such mention ("the charity" after "a medical
    /// charity", "the commission" after "Commission chairwoman Grace Phiri" are left as written).
    /// </summary>
    private string? Antecedent(List<string> words)
    {
        if (words.Count != 1 || IsCapitalised(words[0]))
        {
            return null;
        }

        for (var m = _mentions.Count - 1; m >= 0; m--)
        {
            var mention = SourcePhrase.Of(_mentions[m]);
            if (mention.Any(IsCapitalised))
            {
                // "Commission chairwoman Grace Phiri" is a person, whatever noun opens the title.
                continue;
            }

            if (NameIndex.Same(mention[0], words[0]) || NameIndex.Same(words[0], mention[0]))
            {
                return _mentions[m];
            }
        }

        return null;
    }

    /// <summary>
    /// A new actor's name with "the board" written as the name it refers back to: "Sources close to the board" after
    /// "The Ghana Cocoa Board" is "Sources close to the Ghana Cocoa Board" — the last actor named whose name is a proper
    /// name (capitalised words) ending with the noun; the words as written otherwise.
    /// </summary>
    private string WithAntecedents(List<string> name)
    {
        var words = new List<string>();
        for (var i = 0; i < name.Count; i++)
        {
            var antecedent = i > 0 && i + 1 < name.Count && string.Equals(name[i], "the", StringComparison.OrdinalIgnoreCase) && !IsCapitalised(name[i + 1])
                ? _named.LastOrDefault(n => Words.AtSpaces(n) is { Length: > 1 } parts
                    && parts.Skip(1).All(IsCapitalised)
                    && string.Equals(parts[parts.Length - 1], name[i + 1], StringComparison.OrdinalIgnoreCase))
                : null;
            if (antecedent is null && i + 1 < name.Count && string.Equals(name[i], "the", StringComparison.OrdinalIgnoreCase)
                && CompanyNamed(name[i + 1]) is { } company)
            {
                // "The works council at the company’s Dresden plant" after "Chipmaker Veltron": "at Veltron’s Dresden plant".
                words.Add(company + name[i + 1].Substring(name[i + 1].Length - 2));
                i++;
                continue;
            }

            if (antecedent is null)
            {
                words.Add(name[i]);
                continue;
            }

            words.Add("the");
            words.Add(antecedent.StartsWith("The ", StringComparison.Ordinal) ? antecedent.Substring(4) : antecedent);
            i++;
        }

        return string.Join(" ", words);
    }

    /// <summary>
    /// The company "the company’s" refers back to: the capitalised words of the last name that a company's noun
    /// describes ("Chipmaker Veltron", "Dutch carmaker Autoline Group"), without that noun; null for another noun, a
    /// word that is no possessive ("the company said" is its own source), or when no company was named.
    /// </summary>
    private string? CompanyNamed(string possessive)
    {
        if (!(possessive.EndsWith("\u2019s", StringComparison.Ordinal) || possessive.EndsWith("'s", StringComparison.Ordinal))
            || !CompanyNouns.Contains(possessive.Substring(0, possessive.Length - 2)))
        {
            return null;
        }

        for (var n = _named.Count - 1; n >= 0; n--)
        {
            var parts = Words.AtSpaces(_named[n]);
            var proper = parts.Where(p => IsCapitalised(p) && !IsCompanyNoun(p)).ToList();
            if (parts.Any(IsCompanyNoun) && proper.Count > 0)
            {
                return string.Join(" ", proper);
            }
        }

        return null;
    }

    /// <summary>"chipmaker", "carmaker", "firm": a noun that describes a company; a maker of anything is one.</summary>
    private static bool IsCompanyNoun(string word)
    {
        var lower = word.ToLowerInvariant();
        return CompanyNouns.Contains(lower) || lower.EndsWith("maker", StringComparison.Ordinal);
    }

    /// <summary>
    /// The government body, declared or drafted, whose name ends last in <c>text[..before)</c> ("Росавиации" in
    /// "Официальный представитель Росавиации Елена Гончарова"), as written there; null when none is named.
    /// </summary>
    public BodyMention? LastBodyNamed(string text, int before) =>
        NamedIn(text, 0, before)
            .Where(n => _kindOf.TryGetValue(n.Id, out var kind) && kind == Model.ActorKindNames.GovernmentBody)
            .OrderByDescending(n => n.End)
            .Select(n => new BodyMention(text.Substring(n.Start, n.End - n.Start), n.End))
            .FirstOrDefault();

    /// <summary>
    /// The government body named last before <paramref name="before"/> whose name opens with <paramref name="noun"/> in
    /// any case ("прокуратуры Саратовской области" for "прокуратуре"); null when none is.
    /// </summary>
    public BodyMention? LastBodyNamed(string text, int before, string noun) =>
        NamedIn(text, 0, before)
            .Where(n => _kindOf.TryGetValue(n.Id, out var kind) && kind == Model.ActorKindNames.GovernmentBody)
            .Select(n => new BodyMention(text.Substring(n.Start, n.End - n.Start), n.End))
            .Where(b => RussianCases.SameWord(Words.AtSpaces(b.Name)[0].ToLowerInvariant(), noun.ToLowerInvariant()))
            .OrderByDescending(b => b.End)
            .FirstOrDefault();

    /// <summary>Whether the words of <paramref name="source"/> are, whole, a known or drafted name in any case.</summary>
    public bool NamesWhole(string source)
    {
        var phrase = string.Join(" ", SourcePhrase.Of(source));
        return phrase.Length > 0 && _names.Heading(phrase, 0, phrase.Length) is { } match && match.End == phrase.Length;
    }

    /// <summary>Every known or drafted name that stands in <c>text[start..end)</c>, with its actor's id.</summary>
    public IEnumerable<NameMatch> NamedIn(string text, int start, int end) => _names.In(text, start, Math.Min(end, text.Length));

    /// <summary>The actor a source's words name (<see cref="SourcePhrase.Declared"/>), else a known person by surname alone ("Doe" after "Jane Doe").</summary>
    private string? Known(List<string> words)
    {
        if (SourcePhrase.Declared(words, _names) is { } named)
        {
            return named.Id;
        }

        if (words.Count == 1 && char.IsUpper(words[0][0]))
        {
            foreach (var (id, name) in _people)
            {
                var parts = Words.AtSpaces(name);
                if (parts.Length >= 2 && NameIndex.Same(parts[parts.Length - 1], words[0]))
                {
                    return id;
                }
            }
        }

        return null;
    }

    /// <summary>"Defence Minister Jane Doe" → title "Defence Minister", name "Jane Doe"; "the bloc" → no title, "bloc".</summary>
    private static (List<string> Title, List<string> Name) SplitTitle(List<string> words)
    {
        // The capitalised words at the end (with name particles inside) are the name when a title stands before them.
        var start = words.Count;
        while (start > 0 && (IsCapitalised(words[start - 1]) || (start < words.Count && Particles.Contains(words[start - 1]))))
        {
            start--;
        }

        while (start < words.Count && Particles.Contains(words[start]))
        {
            start++;
        }

        // "регионального управления СК России", "прокуратуре Архангельска": an office of the party named after it, or a
        // Russian body's noun before a place with no title before it ("пресс-секретарь министерства Ксения Лаптева"), is a
        // party of its own, named whole; "Начальник отдела … управления Игорь Савельев", a title's office before a
        // person's name, is the person's title.
        // "администрации главы Карелии": a body's noun opening the words in lower case, with no title, names the body whole.
        if (start > 0 && start < words.Count && (!PartyWords.IsOffice(words[start - 1]) || TitledPerson(words, start))
            && !((PartyWords.IsGovernment(words[start - 1]) || (char.IsLower(words[0][0]) && PartyWords.IsGovernment(words[0])))
                && RussianCases.IsCyrillic(words[start - 1][0]) && !words.Take(start).Any(PartyWords.IsTitle)))
        {
            var before = words.Take(start).ToList();
            var nameWords = words.Skip(start).ToList();
            var titled = before.Any(w => PartyWords.IsTitle(w));

            // "chipmaker Veltron", "the company Dragagem Atlântica", "local radio station DYVL": the words before a
            // name describe it.
            // "экологии Новгородской области Алексей Тимофеев", the end of a title set off by a comma: a region named in
            // the genitive is part of what describes the person.
            // "Бывший хранитель музея Тамара Грекова": "бывший" opening the sentence is capitalised only as its first word.
            var described = before.Where((w, i) => !(i + 1 < before.Count && RussianCueLexicon.RegionGenitives.Contains(before[i + 1])))
                .Where((w, i) => !(i == 0 && w.StartsWith("Бывш", StringComparison.Ordinal)))
                .All(w => !IsCapitalised(w));
            // "компании по информационной безопасности Периметр", "сервис Ласточка": a Russian firm named by the noun of its
            // sort, in lower case, and its one-word name is named whole.
            // "службе такси Балт-Такси", "межрегиональном профсоюзе медиков Неотложка": so is a service or a union whose noun
            // stands among those words.
            if (described && !titled && nameWords.Count == 1 && RussianCases.IsCyrillic(nameWords[0][0])
                && (RussianFirmNoun.IsMatch(before[0]) || before.Any(RussianServiceOrUnionNoun.IsMatch)))
            {
                return (new List<string>(), words);
            }

            if (titled || described || before.Last().EndsWith("'s", StringComparison.Ordinal) || before.Last().EndsWith("\u2019s", StringComparison.Ordinal))
            {
                return PersonLast(before, nameWords);
            }
        }

        // "Foreign Minister Jane Doe" is all capitalised: the title words come first.
        var titleEnd = 0;
        while (titleEnd < words.Count - 1
            && (PartyWords.IsTitle(words[titleEnd]) || IsTitleQualifier(words, titleEnd)))
        {
            titleEnd++;
        }

        if (titleEnd > 0 && words.Skip(titleEnd).All(w => IsCapitalised(w) || Particles.Contains(w)) && words.Skip(titleEnd).Any(IsCapitalised)
            && PartyWords.IsTitle(words[titleEnd - 1]))
        {
            return PersonLast(words.Take(titleEnd).ToList(), words.Skip(titleEnd).ToList());
        }

        return (new List<string>(), words);
    }

    /// <summary>
    /// "Вице-президент Федерации лыжных гонок России Сергей Ломакин": after a Russian title, the name is the last two
    /// capitalised words (three with a patronymic, "Иван Петрович Сидоров"); the capitalised words before them end the
    /// title ("… России", "в Дагестане").
    /// </summary>
    private static (List<string> Title, List<string> Name) PersonLast(List<string> title, List<string> name)
    {
        var length = name.Count >= 3 && RussianCases.IsPatronymic(name[name.Count - 2]) ? 3 : 2;
        if (title.Count == 0 || name.Count <= length || !name.All(w => IsCapitalised(w) && RussianCases.IsCyrillic(w[0])))
        {
            return (title, name);
        }

        var split = name.Count - length;
        return (title.Concat(name.Take(split)).ToList(), name.Skip(split).ToList());
    }

    /// <summary>
    /// Whether a title (or a trade's noun, <see cref="Occupation"/>) opens <paramref name="words"/> and its capitalised
    /// words from <paramref name="start"/> end in a person's name: two Russian words, neither an acronym nor the first a
    /// place's adjective ("Игорь Савельев", not "СК России", "Нижнего Новгорода" or "Республики Коми").
    /// </summary>
    private static bool TitledPerson(List<string> words, int start)
    {
        if (!words.Take(start).Any(w => PartyWords.IsTitle(w) || Occupation(w)) || words.Count - start < 2)
        {
            return false;
        }

        var (first, last) = (words[words.Count - 2], words[words.Count - 1]);
        return new[] { first, last }.All(w => IsCapitalised(w) && RussianCases.IsCyrillic(w[0]) && w.Skip(1).Any(char.IsLower))
            && !AdjectiveEndings.Any(e => first.EndsWith(e, StringComparison.Ordinal))
            && !first.StartsWith("Республик", StringComparison.Ordinal);
    }

    /// <summary>
    /// "врач", "гидробиолог", "кардиолог": a Russian noun of a person's trade, which titles the name after it as a title
    /// does; a scholar's noun in "-олог" ("эколог", "социолог"), not "монолог" or "некролог"; an activist of a movement
    /// ("Активистка движения «Красноярск без пробок» Дарья Литвинова"); a lawyer of a body ("Юрист Ассоциации председателей
    /// советов многоквартирных домов Ольга Зуева").
    /// </summary>
    private static bool Occupation(string word)
    {
        var lower = word.ToLowerInvariant();
        // "Экономист Дальневосточного государственного аграрного университета Павел Гринёв": a noun of a trade in "-ист".
        // "По оценке зоолога Института проблем экологии и эволюции РАН Дмитрия Ковалёва", "экономиста …": the noun in the
        // genitive too, after "по оценке", "по словам".
        return RussianCueLexicon.IsTradeNoun(lower);
    }

    /// <summary>The genitive endings of a place's adjective: "Нижнего", "Северной", "Ханты-Мансийского".</summary>
    private static readonly string[] AdjectiveEndings = { "ой", "ого", "его", "ых", "их" };

    /// <summary>A word before a title word that belongs to the title: "Foreign" in "Foreign Minister".</summary>
    private static bool IsTitleQualifier(List<string> words, int i)
    {
        for (var j = i + 1; j < words.Count - 1; j++)
        {
            if (PartyWords.IsTitle(words[j]))
            {
                return true;
            }

            if (!IsCapitalised(words[j]))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsCapitalised(string word) => SourcePhrase.IsCapitalised(word);

    private void Add(string id, string name, string kind)
    {
        _names.Add(name, id);
        _named.Add(name);
        if (!_nameOf.ContainsKey(id))
        {
            _nameOf[id] = name;
            _kindOf[id] = kind;
        }

        if (kind == Model.ActorKindNames.Person)
        {
            _people.Add((id, name.Trim()));
        }
    }
}
