using System.Linq;
using System.Text.RegularExpressions;
using Dataset.Annotations.Text;

namespace Dataset.Annotations.Drafting;

/// <summary>
/// The body a bare Russian noun refers back to: "В компании отвергли обвинения" after "завод «Волжский нефтехим»" is
/// that plant, "сообщили в ведомстве" after "Федеральная антимонопольная служба" that service, "в министерстве" after
/// "МИД России" that ministry, "на сайте суда" after "Центральный районный суд Новосибирска" that court — the last one
/// named before it of the noun's sort, as written there.
/// </summary>
internal static class RussianBodies
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    /// <summary>The stems of a company's nouns, for the bare noun and for the company named with it.</summary>
    private const string CompanyStems = "компани|авиакомпани|агрохолдинг|маркетплейс|"
        + "предприяти|завод|фирм|концерн|холдинг|корпораци|комбинат|перевозчик|авиаперевозчик|туроператор|оператор";

    /// <summary>The stems of the nouns that head a body's name: "служба", "агентство", "инспекция", "управление".</summary>
    private const string BodyStems = "служб|агентств|инспекци|прокуратур|комитет|управлени|фонд";

    /// <summary>"компании", "предприятии", "перевозчика": a company, named by its noun and its name in quotes.</summary>
    private static readonly Regex CompanyNoun = new(@"^(" + CompanyStems + @")[а-яё]{0,3}$", Options);

    /// <summary>
    /// "завод «Волжский нефтехим»", "авиакомпания «Волга Авиа»": the noun as written, then the name; a chain is named by
    /// what it sells and "сеть" ("Аптечная сеть «Кубань-Фарма»"), the noun alone being as often a net or a network. A
    /// name opens with a capital or a digit: "назвала решение перевозчика «ударом по людям»" quotes what was said of it.
    /// </summary>
    private static readonly Regex Company = new(
        @"(?i:((?:" + CompanyStems + @")[а-яё]{0,3}(?:\s+[а-яё]+(?:а|я|и|ов|ей)){0,2}|[а-яё]+(?:ая|ой)\s+сет[ьи]))\s+«([А-ЯЁA-Z0-9][^«»]{0,59})»", Options);

    /// <summary>
    /// "Средневолжский завод автокомпонентов", "Новолипецкий металлургический комбинат": a company named without quotes, by
    /// a place's adjective, the company's noun in the nominative and what it makes in the genitive.
    /// </summary>
    private static readonly Regex NamedCompany = new(
        @"\b(?<place>[А-ЯЁ][а-яё]+(?:ский|цкий|ская|цкая|ское|цкое))(?<adjective>\s+[а-яё]+(?:ый|ий|ой|ая|ое))?"
            + @"\s+(?<noun>завод|комбинат|холдинг|концерн|предприятие|компания|корпорация|фирма)"
            + @"(?<of>(?:\s+(?!области\b)[а-яё]+(?:ов|ев|ей|ения|ства|ых|их|ого|его)){0,2})(?![а-яё])",
        Options);

    /// <summary>The stems of a voice's noun: "пресс-служба", "представитель", "пресс-секретарь".</summary>
    private static readonly string[] VoiceStems = { "пресс-служб", "представител", "пресс-секретар" };

    /// <summary>"пресс-служба", "представитель": who speaks for the body named after it ("пресс-служба перевозчика").</summary>
    private static readonly Regex VoiceNoun = new(@"^(" + string.Join("|", VoiceStems) + @")[а-яё]{0,3}$", Options);

    /// <summary>Whether lower-case text begins with a voice's noun ("пресс-служба", "представителя", "пресс-секретарь").</summary>
    public static bool StartsWithVoiceNoun(string lower) => VoiceStems.Any(stem => lower.StartsWith(stem, System.StringComparison.Ordinal));

    /// <summary>
    /// "Пресс-служба рыболовецкого холдинга «Лазурный улов»": a company's voice, the words that describe the company, its
    /// noun and its name.
    /// </summary>
    private static readonly Regex DescribedCompanyVoice = new(
        @"^(?<voice>(?i:" + string.Join("|", VoiceStems) + @")[а-яё]{0,3})(?:\s+[а-яё]+){1,2}\s+(?<noun>(?:" + CompanyStems + @")[а-яё]{0,3})"
            + @"\s+«(?<name>[^«»]{1,60})»$",
        Options);

    /// <summary>
    /// "Северо-Западное", "Ханты-Мансийского", "Ростов-на-Дону", "Кабардино-Балкарии": a capitalised word, compound at its
    /// hyphens, so that a name is never read from the word after one.
    /// </summary>
    private const string Capitalised = @"(?<![А-ЯЁа-яё-])[А-ЯЁ][а-яё]+(?:-(?:[а-яё]{1,3}-)?[А-ЯЁ][а-яё]+)*";

    /// <summary>"министерстве": a ministry.</summary>
    private static readonly Regex MinistryNoun = new(@"^министерств[а-яё]{0,3}$", Options);

    /// <summary>"ведомстве", "регуляторе": any government body.</summary>
    private static readonly Regex AnyBodyNoun = new(@"^(ведомств|регулятор)[а-яё]{0,3}$", Options);

    /// <summary>
    /// "антимонопольная", "межрегиональное": the endings of the adjectives between a body's first word and its noun, so that
    /// "Шестакова осудила решение комитета" names no committee.
    /// </summary>
    private const string AdjectiveEnding = "(?:ая|яя|ое|ее|ый|ий|ой|ые|ие|ого|его|ую|юю|ых|их|ым|им|ом|ем)";

    /// <summary>"инспекции", "управления": a body of that sort, named before with that noun.</summary>
    private static readonly Regex SortNoun = new(@"^(" + BodyStems + @")[а-яё]{0,3}$", Options);

    /// <summary>
    /// "МИД России", "Министерство транспорта России", "Министерство транспорта и дорожного хозяйства Свердловской
    /// области": what it is of, joined by "и", and a region's noun after its name.
    /// </summary>
    private static readonly Regex Ministry = new(
        @"\bМИД(?:\s+[А-ЯЁ][а-яё]+)?|\bМинистерств[а-яё]{0,3}(?:\s+[а-яё]+){1,3}(?:\s+и(?:\s+[а-яё]+){1,3})?\s+[А-ЯЁ][а-яё]+"
            + @"(?:\s+(?:области|края|округа|республики))?",
        Options);

    /// <summary>
    /// "Министерство здравоохранения области сообщило": a ministry named by what it deals with and its region's bare noun,
    /// which <see cref="OfItsRegion"/> names by the region named before ("Министерство здравоохранения Челябинской области").
    /// </summary>
    private static readonly Regex MinistryOfTheBareRegion = new(@"\bМинистерств[а-яё]{0,3}(?:\s+[а-яё]+){1,3}?(?=\s+(?:области|края)(?![А-ЯЁа-яё]))", Options);

    /// <summary>
    /// "Федеральная антимонопольная служба", "Федеральное агентство по рыболовству", "Росприроднадзор"; a regional office
    /// with its region: "Управление Роспотребнадзора по Дагестану", "Государственная инспекция труда в Челябинской
    /// области", "Следственное управление СК России по Кировской области".
    /// </summary>
    private static readonly Regex Body = new(
        // "По данным краевой прокуратуры": a preposition opening the sentence is capitalised, but opens no body's name.
        @"(?!(?:По|В|Во|На|Из|От|Для|Со|При|За)\s)" + Capitalised + @"(?:\s+[а-яё]+" + AdjectiveEnding + @"){0,2}\s+(?<sort>" + BodyStems + @")[а-яё]{0,3}"
            + @"(?:(?:\s+[а-яё]+)?(?:\s+[А-ЯЁ]{2,}\s+[А-ЯЁ][а-яё]+)?\s+(?:в|по)\s+[А-ЯЁ][а-яё]+\s+(?:област|кра|республик|округ|район)[а-яё]{0,2}"
            // "Территориальный фонд обязательного медицинского страхования Тюменской области": lower-case words to its region.
            + @"|(?:\s+[а-яё]+){1,4}\s+[А-ЯЁ][а-яё]+(?:ой|ого)\s+(?:области|края|округа|республики)"
            + @"|\s+[а-яё]+\s+[А-ЯЁ][а-яё]+|\s+[А-ЯЁ][а-яё]+)?"
            + @"|(?:\b(?<sort>[Уу]правлени)[а-яё]{0,2}\s+)?\bРос[а-яё]+надзор[а-яё]{0,2}"
            + @"(?:\s+по\s+(?:Республике\s+[А-ЯЁ][а-яё]+|[А-ЯЁ][а-яё]+(?:\s+(?:области|краю))?))?"
            + @"|\bБанк[а-яё]{0,2}\s+России|\bЦентробанк[а-яё]{0,2}"
            // "Управление Федеральной антимонопольной службы по Ульяновской области": a federal body's regional office, its
            // region after the federal body's name.
            + @"|\b(?<sort>Управлени)[а-яё]{0,2}\s+[А-ЯЁ][а-яё]+(?:\s+[а-яё]+){1,3}\s+по\s+[А-ЯЁ][а-яё]+\s+(?:област|кра|республик|округ)[а-яё]{0,2}"
            // "Прокуратура Краснодарского края", "Прокуратура Петрозаводска": the noun of its sort opening the name, its region or city after it.
            + @"|\b(?<sort>(?=[А-ЯЁ])(?i:" + BodyStems + @"))[а-яё]{0,3}\s+(?:[А-ЯЁ][а-яё]+(?:ой|ого)\s+(?:области|края|округа|республики)|[А-ЯЁ][а-яё]+)"
            // "Комитет по охране объектов культурного наследия Вологодской области": the noun of its sort opening the name,
            // "по" and what it deals with, then its region.
            + @"|\b(?<sort>(?=[А-ЯЁ])(?i:" + BodyStems + @"))[а-яё]{0,3}\s+по(?:\s+[а-яё]+){1,4}\s+[А-ЯЁ][а-яё]+(?:ой|ого)\s+(?:области|края|округа|республики)"
            // "Карельское УФАС", "Свердловское УМВД": a regional office by its acronym, whose "У" is its "управление".
            + @"|\b[А-ЯЁ][а-яё]+ое\s+(?<office>У)[А-ЯЁ]{2,5}\b",
        Options);

    /// <summary>"по данным следствия": the investigators, the investigative body named before.</summary>
    private static readonly Regex InquiryNoun = new(@"^следстви[а-яё]{0,2}$", Options);

    /// <summary>", которое вело ГСУ ГУ МВД по Свердловской области,": the body that leads an inquiry, named right after it.</summary>
    /// <remarks>
    /// ", которое вело управление СК по Тверской области,": or the Investigative Committee's office by its bare noun, or by its
    /// noun after "следственное" in lower case (", которое вело следственное управление СК по Владимирской области,").
    /// </remarks>
    private static readonly Regex InquiryLeader = new(
        @"^\s*,\s+которое\s+(?:вел[аои]?|ведёт|ведет|ведут)\s+(?<body>(?:[А-ЯЁ]|(?:следственн[а-яё]{2}\s+)?управлени[еяю]\s+СК\s+по\s+[А-ЯЁ])"
            + @"[^,.;:«»]{1,80}?)\s*[,.;]", Options);

    /// <summary>"управление СК по": the Investigative Committee's regional office by its bare noun, which is its investigative directorate.</summary>
    private static readonly Regex CommitteeOffice = new(@"^управлени[еяю]\s+СК\s+(?=по\s)", Options);

    /// <summary>
    /// "По версии следствия, которое вело ГСУ ГУ МВД по Свердловской области, …": the inquiry is the body the relative
    /// clause after it names as leading it, "управление СК по Тверской области" named as the committee's offices are
    /// ("Следственное управление СК России по Тверской области"); null for another source or with no such clause.
    /// </summary>
    public static string? InquiryLedBy(string text, int after, string written) =>
        InquiryNoun.IsMatch(written.Trim().ToLowerInvariant()) && InquiryLeader.Match(text, after, text.Length - after) is { Success: true } led
            ? CommitteeOffice.Replace(led.Groups["body"].Value, "Следственное управление СК России ", 1)
            : null;

    /// <summary>"по данным профсоюза": a trade union.</summary>
    private static readonly Regex UnionNoun = new(@"^профсоюз[а-яё]{0,2}$", Options);

    /// <summary>
    /// "профсоюзной организации больницы № 11", "профсоюз «Защита»": a union named by its noun and what it is of, or
    /// its name in quotes.
    /// </summary>
    private static readonly Regex Union = new(
        @"\b[Пп]рофсоюзн[а-яё]{2,3}\s+организаци[а-яё]{1,2}(?:\s+[а-яё]+)?(?:\s+№\s*\d+)?|\b[Пп]рофсоюз[а-яё]{0,2}\s+«[^«»]{1,60}»",
        Options);

    /// <summary>"департаменте": a regional government's department.</summary>
    private static readonly Regex DepartmentNoun = new(@"^департамент[а-яё]{0,2}$", Options);

    /// <summary>
    /// "департамент строительства Вологодской области", "Департамент лесного хозяйства Томской области": a department, by
    /// what it deals with and its region; not "начальник департамента Сергей Ломакин", where no region follows.
    /// </summary>
    private static readonly Regex Department = new(
        @"(?<![А-ЯЁа-яё])[Дд]епартамент[а-яё]{0,2}(?:\s+[а-яё]+){1,3}\s+[А-ЯЁ][а-яё]+(?:ой\s+(?:области|республики)|ого\s+(?:края|округа))", Options);

    /// <summary>"суда": a court.</summary>
    private static readonly Regex CourtNoun = new(@"^суд[а-яё]{0,2}$", Options);

    /// <summary>"Центральный районный суд Новосибирска", "Арбитражный суд".</summary>
    private static readonly Regex Court = new(Capitalised + @"(?:\s+[а-яё]+){0,3}\s+суд[а-яё]{0,2}(?:\s+" + Capitalised + ")?", Options);

    /// <summary>
    /// "Кировской области", "Пермского края", "Республики Коми", "Еврейской автономной области", "Ханты-Мансийского
    /// автономного округа": a region named in the genitive.
    /// </summary>
    private static readonly Regex Region = new(
        Capitalised + @"(?:ой\s+(?:автономной\s+)?(?:области|республики)|ого\s+(?:автономного\s+)?(?:края|округа))|\bРеспублики\s+[А-ЯЁ][а-яё]+", Options);

    /// <summary>"министерство … региона", "правительства региона": the region the article is about, named before.</summary>
    private static readonly Regex OfTheRegion = new(@"\bрегиона$", Options);

    /// <summary>"министерство … республики": a ministry of the republic the article is about, named before.</summary>
    private static readonly Regex OfTheRepublic = new(@"\bреспублики$", Options);

    /// <summary>Whether a source is a ministry "республики", which <see cref="WithRegion"/> names by the republic named before.</summary>
    public static bool IsOfTheRepublic(string written) =>
        Words.AtSpaces(written.Trim()) is { Length: > 1 } words && MinistryNoun.IsMatch(words[0].ToLowerInvariant()) && OfTheRepublic.IsMatch(written.Trim());

    /// <summary>
    /// The republics' short names in any case ("Карелии", "Дагестана", "Коми"), with their official names after
    /// "Республика" ("Республики Карелия", "по Республике Дагестан"); not after "Республики" itself.
    /// </summary>
    private static readonly Regex ShortRepublic = new(
        @"(?<![А-ЯЁа-яё])(?<!Республик[а-яё]{1,2}\s)(?<short>Карели[яиюей]|Коми|Татарстан[ауеом]?|Башкортостан[ауеом]?|Башкири[яиюей]|Дагестан[ауеом]?"
            + @"|Бурят(?:ия|ии|ию|ией)|Хакаси[яиюей]|Адыге[яиюей]|Калмыки[яиюей]|Ингушети[яиюей]|Мордови[яиюей]|Чуваши[яиюей]|Удмурти[яиюей]"
            + @"|Марий\s+Эл)(?![А-ЯЁа-яё])",
        Options);

    /// <summary>The official names the republics' short names stand for: "Башкирия" is "Башкортостан".</summary>
    private static readonly (string Stem, string Name)[] Republics =
    {
        ("Карели", "Карелия"), ("Коми", "Коми"), ("Татарстан", "Татарстан"), ("Башкортостан", "Башкортостан"), ("Башкири", "Башкортостан"),
        ("Дагестан", "Дагестан"), ("Бурят", "Бурятия"), ("Хакаси", "Хакасия"), ("Адыге", "Адыгея"), ("Калмыки", "Калмыкия"),
        ("Ингушети", "Ингушетия"), ("Мордови", "Мордовия"), ("Чуваши", "Чувашия"), ("Удмурти", "Удмуртия"),
        ("Марий", "Марий Эл"),
    };

    /// <summary>"Марий Эл", "Чувашии", "Татарстана": the words are, whole, a republic's short name in any case.</summary>
    public static bool IsRepublic(string words) => ShortRepublic.Match(words) is { Success: true } m && m.Index == 0 && m.Length == words.Length;

    /// <summary>
    /// "регионального министерства …", "областной прокуратуры": a body of the region the article is about. Not before an
    /// institution's noun, whose own name holds the adjective: "областной центр медицины катастроф", "областная больница"
    /// are so named, not "… Мурманской области".
    /// </summary>
    private static readonly Regex Regional = new(
        @"^(?:регионал|областн|краев)[а-яё]{1,6}\s+(?!(?:центр|больниц|клиник|госпитал|театр|музе|библиотек|филармони)[а-яё]{0,3}(?![а-яё]))(?=[а-яё])",
        Options);

    /// <summary>"министерства здравоохранения края", "пресс-служба прокуратуры края": a body of the region, by its bare noun.</summary>
    private static readonly Regex OfTheBareRegion = new(@"(?<=[а-яё]\s)(?<noun>края|области)$", Options);

    /// <summary>"по Ставропольскому краю", "по Воронежской области": a region named in the dative, after "по".</summary>
    private static readonly Regex DativeRegion = new(@"(?<![А-ЯЁа-яё])по\s+(?<adjective>[А-ЯЁ][а-яё]+)(?:ому\s+(?<noun>краю)|ой\s+(?<noun>области))", Options);

    /// <summary>"прокуратуре города", "администрации города": a body of the city the article is about.</summary>
    private static readonly Regex OfTheCity = new(@"\bгорода$", Options);

    /// <summary>"городской администрации", "городская администрация": the city's administration, by its adjective.</summary>
    private static readonly Regex CityAdministration = new(@"^городск[а-яё]{1,3}\s+администраци[а-яё]{1,2}$", Options);

    /// <summary>"АРХАНГЕЛЬСК, 6 октября": the city of a dateline, in capitals at a line's start.</summary>
    private static readonly Regex Dateline = new(@"(?m)^([А-ЯЁ][А-ЯЁ-]{2,}),\s", Options);

    /// <summary>«Мигом», «Хилок-Лес»: a name in quotes.</summary>
    private static readonly Regex QuotedName = new(@"«([^«»]{1,60})»", Options);

    /// <summary>"института «Севмостпроект»": a name in quotes after the noun that says what it is.</summary>
    private static readonly Regex NounAndQuotedName = new(@"(?<![А-ЯЁа-яё])([а-яё]{3,})\s+«([^«»]{1,60})»", Options);

    /// <summary>
    /// "Музей-заповедник А. С. Пушкина «Михайловское»": a noun that says what the body is, as the first word of a compound
    /// noun too and capitalised where it opens a sentence, then the person it is named after (initials and a surname in
    /// the genitive), then its name in quotes.
    /// </summary>
    private static readonly Regex DedicatedNounAndQuotedName = new(
        @"(?<![А-ЯЁа-яё-])([А-ЯЁа-яё][а-яё]{2,})(?:-[а-яё]{3,})?\s+(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+\s+«([^«»]{1,60})»", Options);

    /// <summary>The name of the body that <paramref name="noun"/> refers back to, the last named in <c>text[..before)</c>; null when none is.</summary>
    public static string? Antecedent(string text, int before, string noun) => Of(text, before, noun, namedBody: null)?.Name;

    /// <summary>
    /// The body <paramref name="noun"/> refers back to: a company by its noun ("в компании"), a ministry, a court, a body
    /// of the noun's sort ("по данным инспекции" after "Государственная инспекция труда в Челябинской области"), or for
    /// "ведомство" any government body — the one named last, including <paramref name="namedBody"/>, a declared or drafted
    /// body the caller found in the text ("Росавиации"); null when none is named.
    /// </summary>
    public static BodyMention? Of(string text, int before, string noun, BodyMention? namedBody) =>
        WithComplement(text, before, OfItsSort(text, before, noun, namedBody) ?? LastWithHead(text, before, noun));

    /// <summary>
    /// "Федеральным агентством" of "с Федеральным агентством морского и речного транспорта": a body found by its sort
    /// run on to the end of its complement (<see cref="ComplementEnd"/>), when its name stands so in the text.
    /// </summary>
    private static BodyMention? WithComplement(string text, int before, BodyMention? body)
    {
        // "«Южные линии»": a name in quotes is whole.
        if (body is null || body.End > before || body.End < body.Name.Length || body.Name.EndsWith("\u00BB", System.StringComparison.Ordinal)
            || string.CompareOrdinal(text, body.End - body.Name.Length, body.Name, 0, body.Name.Length) != 0)
        {
            return body;
        }

        var end = ComplementEnd(text.Substring(0, before), body.End);
        return end > body.End ? body with { Name = body.Name + text.Substring(body.End, end - body.End), End = end } : body;
    }

    /// <summary>"в министерстве", "суда": the body of a sort this class knows, named before; null when none is.</summary>
    private static BodyMention? OfItsSort(string text, int before, string noun, BodyMention? namedBody)
    {
        var lower = noun.ToLowerInvariant();
        if (CompanyNoun.IsMatch(lower))
        {
            // "В компании" after "туроператора «Меридиан»": the name in its quotation marks.
            return Later(Last(Company, text, before, match => "«" + match.Groups[2].Value + "»"), Last(NamedCompany, text, before));
        }

        if (MinistryNoun.IsMatch(lower))
        {
            return Later(Last(Ministry, text, before), OfItsRegion(text, Last(MinistryOfTheBareRegion, text, before)));
        }

        if (DepartmentNoun.IsMatch(lower))
        {
            return Last(Department, text, before);
        }

        if (CourtNoun.IsMatch(lower))
        {
            return Last(Court, text, before);
        }

        if (SortNoun.Match(lower) is { Success: true } sort)
        {
            // "на сайте управления" after "Управление Роспотребнадзора по Чувашии": the noun opening the name, capitalised.
            // "на сайте управления" after "Карельское УФАС": an office's acronym opens with its noun's letter.
            // "Начальник управления Лариса Хохлова": a title before the noun opens a person's title, not a body's name.
            var ofSort = OfItsRegion(text, Last(Body, text, before, match => match.Value, match => (string.Equals(
                match.Groups["sort"].Value, sort.Groups[1].Value, System.StringComparison.OrdinalIgnoreCase)
                || (match.Groups["office"].Success && sort.Groups[1].Value == "управлени")) && !PartyWords.IsTitle(Words.AtSpaces(match.Value)[0])));

            // "В прокуратуре добавили" after "говорится в сообщении прокуратуры Саратовской области": a declared or drafted
            // body whose name opens with the noun of that sort in lower case, named later.
            var opensWithSort = namedBody is not null
                && Words.AtSpaces(namedBody.Name)[0].StartsWith(sort.Groups[1].Value, System.StringComparison.OrdinalIgnoreCase);
            return Later(ofSort, opensWithSort ? namedBody : null);
        }

        if (InquiryNoun.IsMatch(lower))
        {
            return Last(Body, text, before, match => match.Value, match => match.Value.StartsWith("Следствен", System.StringComparison.Ordinal));
        }

        if (UnionNoun.IsMatch(lower))
        {
            return Last(Union, text, before) is { } union ? union with { Name = OfTheNamedCompany(union.Name, text, union.End) } : null;
        }

        if (!AnyBodyNoun.IsMatch(lower))
        {
            // "По оценке института" after "специалисты проектного института «Севмостпроект»": the name the same noun
            // stood before, in any case, in its quotation marks.
            // "сообщили в музее" after "Музей-заповедник А. С. Пушкина «Михайловское»": the name after the one it is named after.
            return Later(
                Last(NounAndQuotedName, text, before, match => "«" + match.Groups[2].Value + "»", match => RussianCases.SameWord(match.Groups[1].Value, lower)),
                Last(DedicatedNounAndQuotedName, text, before, match => "«" + match.Groups[2].Value + "»",
                    match => RussianCases.SameWord(match.Groups[1].Value, lower)));
        }

        // Any body: a ministry or another, whichever was named last; a body's voice ("пресс-служба управления") is none.
        var voice = namedBody is not null && VoiceNoun.IsMatch(Words.AtSpaces(namedBody.Name)[0].ToLowerInvariant());
        return new[] { Last(Ministry, text, before), OfItsRegion(text, Last(Body, text, before)), voice ? null : namedBody }
            .Where(m => m is not null)
            .OrderByDescending(m => m!.End)
            .ThenByDescending(m => m!.Name.Length)
            .FirstOrDefault();
    }

    /// <summary>
    /// One word of a body's name after its head noun: a word in the genitive ("здравоохранения", "Саратовской",
    /// "России"), "и" before another, "по" and the place or matter in the dative ("по Саратовской области", "по
    /// Краснодарскому краю"), an abbreviation ("МЧС", "ОМС"), a word in brackets ("крестьянских (фермерских) хозяйств")
    /// or a name in quotes; not a verb ("сообщили"), a pronoun or
    /// a word of time ("пока", "года").
    /// </summary>
    private static readonly Regex ComplementWord = new(
        @"\G[ \u00A0](?:«[^«»\n]{1,60}»|№\s?\d+|\([а-яё]+\)|[А-ЯЁ]{2,}[А-ЯЁа-яё0-9-]*(?![А-ЯЁа-яё])"
            + @"|по\s+(?:[А-ЯЁа-яё-]+(?:ой|ому|ему|ей)\s+){0,3}(?:[А-ЯЁ][а-яё-]+|[а-яё]{3,}(?:и|у|ю|е))(?![А-ЯЁа-яё-])"
            + @"|и(?=\s+[а-яё]{3,}(?:ого|его|ой|ей|ых|их|ии|ия|ства|ния|ов|ев)(?![а-яё]))"
            + @"|в\s+(?:[А-ЯЁ][а-яё]+(?:ой\s+области|ом\s+крае|ой\s+республике)|Республике\s+[А-ЯЁ][а-яё]+)(?![А-ЯЁа-яё-])"
            // "России", "Ростов-на-Дону", "Республики Карелия", "Российской Федерации", "Рязанской области" (a region's adjective
            // takes its noun, which ends as a verb may); not "Елена Гурьянова" after "при мэрии"
            // nor "Сергей Ломакин" after "начальник департамента".
            // "Ассоциации ювелиров Поволжья Юрий Лавров": a land named by a prefix and "-ье" ("Поволжья", "Приморья",
            // "Подмосковья", "Забайкалья"), in the genitive, is the name's even before a person's name.
            + @"|(?:По|При|Под|За)[а-яё]{3,}ья(?![А-ЯЁа-яё-])"
            // "музей имени В. И. Сурикова": "имени" and the initials and surname of whom the body is named after.
            + @"|имени(?:[ \u00A0]?[А-ЯЁ]\.){1,2}[ \u00A0]?[А-ЯЁ][а-яё]+(?![А-ЯЁа-яё-])"
            + @"|Республик[аиеу]\s+[А-ЯЁ][а-яё]+(?![А-ЯЁа-яё-])|[А-ЯЁ][а-яё]{3,}(?:ой|ого|его|ых|их)(?:[ \u00A0]области)?(?![А-ЯЁа-яё-])"
            + @"|[А-ЯЁ][а-яё]+(?:-[а-яё]+-[А-ЯЁ][а-яё]+)?(?![А-ЯЁа-яё-])(?![ \u00A0][А-ЯЁ][а-яё])"
            + @"|(?!(?:его|её|ее|их|того|этого|года|дня|было|была|были|этой|своей|своего|пока|тогда|когда|всегда|сегодня|вчера|завтра|она|они)(?![а-яё]))"
            + @"[а-яё-]{2,}(?<!ли|ла|ло|ся|сь|ть|ти)(?<=[а-яё]{2}(?:а|я|ы|и|ов|ев|ей|ий|ств|ого|его|ой|ых|их))(?![А-ЯЁа-яё-]))",
        Options);

    /// <summary>
    /// "Главном ", "территориальным ": an adjective just before a body's noun, in any case; not "данным" of "По данным
    /// краевой прокуратуры", the noun of whose word it is.
    /// </summary>
    private static readonly Regex AdjectiveBefore = new(
        @"(?<![А-ЯЁа-яё-])(?!(?:данным|данных|этом|этой|этого|этому|"
            + @"своем|своём|своей|своего|нашем|нашей|каждом|каждой|самом|самой|всем|всей|котор(?:ый|ая|ое|ые|ого|ой|ому|ом|ую|ым|ых)|"
            + @"как(?:ой|ая|ое|ие|ого|ому|ом|ую|им|их))\s)"
            + @"[А-ЯЁа-яё-]{3,}(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ей|ую|юю|ою|ею)[ \u00A0]$",
        Options);

    /// <summary>"Главное ", "территориальный ": adjectives in the nominative.</summary>
    private static readonly Regex NominativeAdjective = new(@"^(?:[А-ЯЁа-яё-]+(?:ый|ий|ой|ая|яя|ое|ее)[ \u00A0])+$", Options);

    /// <summary>A word, for the words of a body's noun in the text.</summary>
    private static readonly Regex AnyWord = new(@"(?<![А-ЯЁа-яё-])[А-ЯЁа-яё-]+", Options);

    /// <summary>
    /// Where the words after a body's head noun that ends at <paramref name="end"/> end: the genitive complement, "по"
    /// and a place, abbreviations and a name in quotes ("… управлении| МЧС по Саратовской области|").
    /// </summary>
    public static int ComplementEnd(string text, int end)
    {
        for (var words = 0; words < 10 && ComplementWord.Match(text, end) is { Success: true } word; words++)
        {
            end = word.Index + word.Length;
        }

        return end;
    }

    /// <summary>Where the adjectives, up to three, just before a body's noun that starts at <paramref name="start"/> start.</summary>
    private static int AdjectivesStart(string text, int start)
    {
        for (var words = 0; words < 3 && AdjectiveBefore.Match(text.Substring(System.Math.Max(0, start - 40), System.Math.Min(start, 40))) is
            { Success: true } adjective; words++)
        {
            start -= adjective.Length;
        }

        return start;
    }

    /// <summary>
    /// A body's name cut short by the reading: "пресс-службе Краснодарского" of "в пресс-службе Краснодарского краевого
    /// суда", "территориальном" of "в территориальном фонде ОМС", run on to the end of its head noun's complement
    /// (<see cref="ComplementEnd"/>); null for a source that does not open with a body's adjectives and noun or is whole.
    /// </summary>
    public static string? WholeName(string text, int start, string written)
    {
        var end = start + written.TrimEnd().Length;
        var words = AnyWord.Matches(text.Substring(start, end - start)).Cast<Match>().ToList();
        if (words.Count == 0 || words.Count > 4 || words[0].Index != written.Length - written.TrimStart().Length)
        {
            return null;
        }

        var head = words.FindIndex(w => RussianCases.BodyHead(w.Value) is not null);
        var headEnd = head >= 0 ? start + words[head].Index + words[head].Length : -1;
        if (head < 0 && words.All(w => AdjectiveBefore.IsMatch(w.Value + " ")))
        {
            // "территориальном": the adjectives run on to the noun they qualify.
            var at = end;
            for (var more = 0; more < 3 && headEnd < 0 && AnyWord.Match(text, at) is { Success: true } next && next.Index == at + 1 && text[at] == ' '; more++)
            {
                if (RussianCases.BodyHead(next.Value) is not null)
                {
                    headEnd = next.Index + next.Length;
                }
                else if (!AdjectiveBefore.IsMatch(next.Value + " "))
                {
                    break;
                }

                at = next.Index + next.Length;
            }
        }

        if (headEnd < 0 || (head > 0 && words.Take(head).Any(w => !AdjectiveBefore.IsMatch(w.Value + " "))))
        {
            return null;
        }

        var whole = ComplementEnd(text, headEnd);
        var opens = start + words[0].Index;
        return whole > end ? text.Substring(opens, whole - opens) : null;
    }

    /// <summary>
    /// "комитета", "в фонде": the body named last before with that noun, in any case, with its adjectives and its
    /// complement ("Территориальным фондом ОМС"), in the nominative ("Территориальный фонд ОМС"); null for a noun that
    /// heads no body, a body's voice, or when no body with that noun was named beyond the noun alone.
    /// </summary>
    private static BodyMention? LastWithHead(string text, int before, string noun)
    {
        if (RussianCases.BodyHead(noun.Trim()) is not { } head || head.Nominative.Length != head.Noun.Length || head.Noun == "пресс-служба")
        {
            return null;
        }

        var prior = text.Substring(0, before);
        BodyMention? last = null;
        foreach (Match word in AnyWord.Matches(prior))
        {
            if (RussianCases.BodyHead(word.Value) is not { } found || found.Noun != head.Noun || found.Nominative.Length != found.Noun.Length)
            {
                continue;
            }

            // "рублей мэрия": a word before the noun is its adjective only in the noun's case.
            var start = AdjectivesStart(prior, word.Index);
            var end = ComplementEnd(prior, word.Index + word.Length);
            var agrees = start == word.Index || NominativeAdjective.IsMatch(prior.Substring(start, word.Index - start)) == (word.Value == found.Nominative);
            if (agrees && (start < word.Index || end > word.Index + word.Length))
            {
                last = new BodyMention(RussianCases.Nominative(prior.Substring(start, end - start)), end);
            }
        }

        return last;
    }

    /// <summary>"Государственная жилищная инспекция области": a body's bare region right after its name.</summary>
    private static readonly Regex BareRegionAfter = new(@"\G\s+(?<noun>области|края)(?![А-ЯЁа-яё])", Options);

    /// <summary>
    /// "Государственная жилищная инспекция области начала проверку" after "по Воронежской области": a body named with the
    /// bare noun of its region is of the region of that noun named last ("… инспекция Воронежской области"), else the
    /// dateline's (<see cref="RegionNamed"/>); the body as matched when no region's noun follows it or none is named.
    /// </summary>
    private static BodyMention? OfItsRegion(string text, BodyMention? body)
    {
        if (body is null || BareRegionAfter.Match(text, body.End) is not { Success: true } bare
            || RegionNamed(text, body.End - body.Name.Length, bare.Groups["noun"].Value) is not { } region)
        {
            return body;
        }

        return body with { Name = body.Name + " " + region, End = bare.Index + bare.Length };
    }

    /// <summary>
    /// "пресс-служба перевозчика" after "Авиакомпания «Саянские авиалинии»": who speaks for a company named before by
    /// its noun and its name in quotes, written with that noun and name ("пресс-служба авиакомпании «Саянские
    /// авиалинии»"); null for another voice or noun, or when no company was named. "пресс-служба агентства" is left as
    /// written: a body's own name, unlike a name in quotes, does not stand after a noun unchanged.
    /// </summary>
    public static string? VoiceOfCompany(string text, int before, string voice, string noun)
    {
        if (!VoiceNoun.IsMatch(voice.ToLowerInvariant()) || !CompanyNoun.IsMatch(noun.ToLowerInvariant()))
        {
            return null;
        }

        return Later(
                Last(Company, text, before, match => Genitive(match.Groups[1].Value) + " «" + match.Groups[2].Value + "»"),
                Last(NamedCompany, text, before, NamedCompanyGenitive)) is { } company
            ? voice + " " + company.Name
            : null;
    }

    /// <summary>
    /// "профсоюзной организации завода" after "Средневолжский завод автокомпонентов": a union of a bare company's noun is
    /// of the company named before without quotes, so named ("профсоюзной организации Средневолжского завода
    /// автокомпонентов"); the name as written otherwise.
    /// </summary>
    private static string OfTheNamedCompany(string union, string text, int before)
    {
        var words = Words.AtSpaces(union);
        return words.Length > 1 && CompanyNoun.IsMatch(words[words.Length - 1].ToLowerInvariant())
            && Last(NamedCompany, text, before, NamedCompanyGenitive) is { } company
            && RussianCases.SameWord(words[words.Length - 1], Genitive(company.Noun!))
            ? string.Join(" ", words.Take(words.Length - 1)) + " " + company.Name
            : union;
    }

    /// <summary>"Средневолжского завода автокомпонентов": a company named without quotes, in the genitive.</summary>
    private static string NamedCompanyGenitive(Match match)
    {
        var adjective = match.Groups["adjective"].Success ? " " + AdjectiveGenitive(match.Groups["adjective"].Value.Trim()) : string.Empty;
        return AdjectiveGenitive(match.Groups["place"].Value) + adjective + " " + Genitive(match.Groups["noun"].Value) + match.Groups["of"].Value;
    }

    /// <summary>"Средневолжский" → "Средневолжского", "металлургический" → "металлургического", "Уральская" → "Уральской".</summary>
    private static string AdjectiveGenitive(string adjective)
    {
        var stem = adjective.Substring(0, adjective.Length - 2);
        var ending = adjective.Substring(adjective.Length - 2);
        var hard = "кгх".IndexOf(stem[stem.Length - 1]) >= 0 || ending != "ий";
        return ending == "ая" ? stem + "ой" : stem + (hard ? "ого" : "его");
    }

    /// <summary>Whichever of two mentions ends later; either when the other is null.</summary>
    private static BodyMention? Later(BodyMention? a, BodyMention? b) => a is null ? b : b is null ? a : (b.End > a.End ? b : a);

    /// <summary>", компании «Верхневолжские пригородные линии»": a company named by its noun and name, set off after a source.</summary>
    private static readonly Regex ApposedCompany = new(@"^\s*,\s+(?<noun>(?:" + CompanyStems + @")[а-яё]{0,3})\s+«(?<name>[А-ЯЁA-Z0-9][^«»]{0,59})»", Options);

    /// <summary>
    /// "пресс-служба перевозчика, компании «Верхневолжские пригородные линии»": who speaks for the company the words
    /// after the source name, written with that noun and name ("пресс-служба компании «Верхневолжские пригородные
    /// линии»"); null for another voice or noun, or when no company is set off after it ("пресс-служба перевозчика,
    /// которая …").
    /// </summary>
    public static string? VoiceOfApposedCompany(string text, int after, string voice, string noun) =>
        VoiceNoun.IsMatch(voice.ToLowerInvariant()) && CompanyNoun.IsMatch(noun.ToLowerInvariant())
            && ApposedCompany.Match(text, after, text.Length - after) is { Success: true } apposed
            ? voice + " " + apposed.Groups["noun"].Value + " «" + apposed.Groups["name"].Value + "»"
            : null;

    /// <summary>"активисты", "члены": some of a group, who speak for it.</summary>
    private static readonly Regex MembersNoun = new(@"^(?:активист|член|участник|сторонник)[а-яё]{0,3}$", Options);

    /// <summary>"сайте", "странице": a site, whose owner reports what it publishes.</summary>
    private static readonly Regex SiteNoun = new(@"^(?:сайте|странице|портале)$", Options);

    /// <summary>"на её ", "на его ": the pronoun of a site's owner, just before the site.</summary>
    private static readonly Regex OwnersPronoun = new(@"(?<![А-ЯЁа-яё])на\s+(?:её|ее|его|их)\s+$", Options);

    /// <summary>
    /// "Активисты движения требуют" after "Координатор движения «Сохраним Копыловский бор»": members of a group speak
    /// for the group their noun names, the last named before by that noun and its name in quotes ("движения «Сохраним
    /// Копыловский бор»"); null for another source, or when no such group was named.
    /// </summary>
    public static string? GroupOfMembers(string text, int before, string members, string noun)
    {
        var lower = noun.ToLowerInvariant();
        return MembersNoun.IsMatch(members.ToLowerInvariant())
            && Last(NounAndQuotedName, text, before, match => match.Groups[1].Value + " «" + match.Groups[2].Value + "»",
                match => RussianCases.SameWord(match.Groups[1].Value, lower)) is { } group
            ? group.Name
            : null;
    }

    /// <summary>
    /// "Прокуратура Томской области начала проверку, сообщается на её сайте": the site's owner is the body the pronoun
    /// stands for, the government body named last (as "на сайте ведомства"); null for another source or none named. The
    /// reading takes "на её" for where it was said, so the source is the site alone, the pronoun just before it.
    /// </summary>
    public static string? OwnerOfSite(string text, int before, string written, BodyMention? namedBody) =>
        SiteNoun.IsMatch(written.Trim()) && OwnersPronoun.IsMatch(text.Substring(System.Math.Max(0, before - 12), System.Math.Min(before, 12)))
            ? Of(text, before, "ведомства", namedBody)?.Name
            : null;

    /// <summary>
    /// "пресс-служба министерства" after "Министерство здравоохранения Башкортостана": who speaks for the ministry named
    /// last, written with that ministry's name in the genitive ("пресс-служба Министерства здравоохранения
    /// Башкортостана"), an actor of its own; null for another voice or noun, or when no ministry was named.
    /// </summary>
    public static string? VoiceOfMinistry(string text, int before, string voice, string noun)
    {
        if (!VoiceNoun.IsMatch(voice.ToLowerInvariant()) || !MinistryNoun.IsMatch(noun.ToLowerInvariant()) || Last(Ministry, text, before) is not { } ministry)
        {
            return null;
        }

        // "Министерство здравоохранения …", "Министерстве …": the ministry's noun in the genitive; what follows it is already.
        var name = ministry.Name;
        var first = Words.AtSpaces(name)[0];
        return voice + " " + (first.StartsWith("Министерств", System.StringComparison.Ordinal) ? "Министерства" + name.Substring(first.Length) : name);
    }

    /// <summary>
    /// "пресс-служба суда" after "Коминтерновский районный суд Воронежа": who speaks for the court named last, written with
    /// that court's name in the genitive ("пресс-служба Коминтерновского районного суда Воронежа"), an actor of its own;
    /// null for another voice or noun, or when no court was named.
    /// </summary>
    public static string? VoiceOfCourt(string text, int before, string voice, string noun)
    {
        if (!VoiceNoun.IsMatch(voice.ToLowerInvariant()) || !CourtNoun.IsMatch(noun.ToLowerInvariant()) || Last(Court, text, before) is not { } court)
        {
            return null;
        }

        var words = Words.AtSpaces(court.Name);
        var courtAt = System.Array.FindIndex(words, w => CourtNoun.IsMatch(w));
        var genitive = words.Select((w, i) => i == courtAt ? "суда"
            : i < courtAt && Regex.IsMatch(w, "(?:ый|ий|ой|ая)$", Options) ? AdjectiveGenitive(w)
            : w);
        return voice + " " + string.Join(" ", genitive);
    }

    /// <summary>
    /// A company's voice named as <see cref="VoiceOfCompany"/> names it, by the company's noun and name without the
    /// words that describe it: "Пресс-служба рыболовецкого холдинга «Лазурный улов»" is "Пресс-служба холдинга «Лазурный
    /// улов»", the voice "пресс-служба холдинга" refers back to; null for another source ("пресс-служба холдинга «Лазурный
    /// улов»" itself, "пресс-служба Уральского управления").
    /// </summary>
    public static string? VoiceOfDescribedCompany(string written) =>
        DescribedCompanyVoice.Match(written.Trim()) is { Success: true } match
            ? match.Groups["voice"].Value + " " + match.Groups["noun"].Value + " «" + match.Groups["name"].Value + "»"
            : null;

    /// <summary>
    /// A name that ends "региона" with the region named last before <paramref name="before"/> in its place:
    /// "министерство энергетики … региона" after "Слободском Кировской области" is "… Кировской области"; the name as
    /// written when it does not end so or no region was named.
    /// </summary>
    public static string WithRegion(string name, string text, int before)
    {
        if (OfTheRegion.Match(name) is { Success: true } region && Last(Region, text, before) is { } named)
        {
            return name.Substring(0, region.Index) + named.Name;
        }

        // "министерстве здравоохранения республики" after "в Карелии": a republic's ministry is of the republic named last,
        // by its official name ("… Республики Карелия"), as ministries are named; "правительство республики" is left as written.
        if (MinistryNoun.IsMatch(Words.AtSpaces(name)[0].ToLowerInvariant()) && OfTheRepublic.Match(name) is { Success: true } republic
            && Last(ShortRepublic, text, before, OfficialName) is { } namedRepublic)
        {
            return name.Substring(0, republic.Index) + "Республики " + namedRepublic.Name;
        }

        // "регионального министерства природных ресурсов" after "Власти Забайкальского края": "министерства природных
        // ресурсов Забайкальского края".
        if (Regional.Match(name) is { Success: true } regional && Last(Region, text, before) is { } region2)
        {
            return name.Substring(regional.Length) + " " + region2.Name;
        }

        // "краевом министерстве здравоохранения" with no region named: the krai of the dateline's city, which a krai is
        // named after ("областной администрации" is left as written).
        if (Regional.Match(name) is { Success: true } adjective && adjective.Value.StartsWith("краев", System.StringComparison.Ordinal)
            && RegionOfDateline(text, before, "края") is { } datelineRegion)
        {
            return name.Substring(adjective.Length) + " " + datelineRegion;
        }

        // "министерства здравоохранения края" after "Управление Роспотребнадзора по Ставропольскому краю": the region of
        // that noun named last, in the genitive ("… Ставропольского края"), else the region of the dateline's city.
        if (OfTheBareRegion.Match(name) is { Success: true } bare && RegionNamed(text, before, bare.Groups["noun"].Value) is { } bareRegion)
        {
            return name.Substring(0, bare.Index) + bareRegion;
        }

        // "По данным городской администрации": the city's administration is that of the dateline's city, named so
        // ("администрации Оренбурга"); "областной администрации" is not.
        if (CityAdministration.IsMatch(name) && CityOf(text, before) is { } administeredCity)
        {
            return Words.AtSpaces(name)[1] + " " + administeredCity;
        }

        // "в пресс-службе мэрии": a mayoralty is the mayoralty of the dateline's city, named so.
        if (Words.AtSpaces(name) is { Length: > 0 } words && words[words.Length - 1].StartsWith("мэри", System.StringComparison.Ordinal)
            && CityOf(text, before) is { } mayorsCity)
        {
            return name + " " + mayorsCity;
        }

        // "глава города" is a title, whose holder the resolver finds; "прокуратуре города" a body.
        return OfTheCity.Match(name) is { Success: true } city && !PartyWords.IsTitle(Words.AtSpaces(name)[0]) && CityOf(text, before) is { } genitive
            ? name.Substring(0, city.Index) + genitive
            : name;
    }

    /// <summary>
    /// The region of <paramref name="noun"/> ("края", "области") named last before <paramref name="before"/>, in the
    /// genitive ("Кировской области", "по Ставропольскому краю" as "Ставропольского края"), else the dateline's; null when none.
    /// </summary>
    private static string? RegionNamed(string text, int before, string noun)
    {
        var genitive = Last(Region, text, before, m => m.Value, m => m.Value.EndsWith(" " + noun, System.StringComparison.Ordinal));
        var dative = Last(DativeRegion, text, before, m => RegionGenitive(m.Groups["adjective"].Value, noun),
            m => (m.Groups["noun"].Value == "краю") == (noun == "края"));
        return Later(genitive, dative)?.Name ?? RegionOfDateline(text, before, noun);
    }

    /// <summary>
    /// "Красноярского края", "Воронежской области": the region named after the dateline's city, for a city whose name ends
    /// in a consonant ("КРАСНОЯРСК", "ВОРОНЕЖ"); null with no dateline, no noun or another city's name.
    /// </summary>
    private static string? RegionOfDateline(string text, int before, string noun)
    {
        if (DatelineCity(text, before) is not { } city || city[city.Length - 1] == '-' || !RussianCases.IsConsonant(city[city.Length - 1]))
        {
            return null;
        }

        return RegionGenitive(city.EndsWith("ск", System.StringComparison.Ordinal) ? city : city + "ск", noun);
    }

    /// <summary>"Ставропольск" and "края": "Ставропольского края"; with "области", "… ой области".</summary>
    private static string RegionGenitive(string adjectiveStem, string noun) => adjectiveStem + (noun == "края" ? "ого края" : "ой области");

    /// <summary>The official name of the republic a short name stands for ("Карелии" → "Карелия").</summary>
    private static string OfficialName(Match match) =>
        Republics.First(r => match.Groups["short"].Value.StartsWith(r.Stem, System.StringComparison.Ordinal)).Name;

    /// <summary>
    /// «Мигоме» after «Мигом»: a name in quotes as first written in the case that is shortest, the nominative of most
    /// names ("Мигом", not "Мигому" or "Мигоме"); null when no earlier name in quotes is a form of it.
    /// </summary>
    public static string? QuotedNameAsFirstWritten(string text, int before, string name)
    {
        string? shortest = null;
        var firm = (string?)null;
        foreach (Match match in QuotedName.Matches(text.Substring(0, before)))
        {
            var earlier = match.Groups[1].Value;
            if (SameName(earlier, name) && (shortest is null || earlier.Length < shortest.Length))
            {
                shortest = earlier;
                var sort = FirmBeforeName.Match(text.Substring(0, match.Index));
                firm = sort.Success ? sort.Groups["firm"].Value : null;
            }
        }

        // "сервиса доставки продуктов «Корзинка»": a firm first written after the noun of its sort is named with it.
        // "«Нефрос-Север»": a name alone in the quotes it is written in.
        return shortest is null ? null : firm is not null ? firm + " «" + shortest + "»" : "«" + shortest + "»";
    }

    /// <summary>
    /// "сервиса доставки продуктов ": the noun of a firm's sort and up to three lower-case words, right before its name;
    /// "строительная группа ": a group of companies, by its adjective and "группа".
    /// </summary>
    private static readonly Regex FirmBeforeName = new(
        @"(?<![А-ЯЁа-яё])(?<firm>(?:компани[яиеюй]|сервис[аеуом]{0,2}|фирм[аыеуой]{1,2})(?:\s+[а-яё]+){0,3}|[а-яё]+(?:ая|ой|ую)\s+групп[аыеуой]{1,2})\s+$",
        Options);

    /// <summary>"управления СК по Воронежской области": the Investigative Committee's letters before the region its office serves.</summary>
    private static readonly Regex CommitteeLetters = new(@"(?<![А-ЯЁа-яё])СК(?=\s+по\s+[А-ЯЁ])", Options);

    /// <summary>
    /// "следственного управления СК по Воронежской области": "СК" is the Investigative Committee of Russia, written as its
    /// offices' names write it ("… СК России по Воронежской области"); null for a source without those letters so placed.
    /// </summary>
    /// <remarks>
    /// "управлении СК по Ивановской области": the committee's regional office by its bare noun, with no adjective before
    /// it, is named as the article writes it, with no "России" it does not write.
    /// </remarks>
    public static string? WithCommitteeOfRussia(string written) =>
        !CommitteeLetters.IsMatch(written) ? null
        : BareCommitteeOffice.IsMatch(written.Trim()) ? written.Trim()
        : CommitteeLetters.Replace(written, "СК России", 1);

    /// <summary>"управлении СК по", "Управление СК по": the committee's regional office by its bare noun, in any case, opening a source.</summary>
    private static readonly Regex BareCommitteeOffice = new(@"^[Уу]правлени[еяюи]\s+СК\s+(?=по\s)", Options);

    /// <summary>"университете", "вуза": a university, by its noun.</summary>
    private static readonly Regex UniversityNoun = new(@"^(?:университет|вуз)[а-яё]{0,2}$", Options);

    /// <summary>"Томский инженерно-экономический университет", "Южного федерального университета": a university named by its adjectives.</summary>
    private static readonly Regex University = new(
        @"(?<![А-ЯЁа-яё-])(?<adjectives>[А-ЯЁ][а-яё-]+(?:ий|ый|ой|ого|его)(?:\s+[а-яё-]+(?:ий|ый|ой|ого|его)){0,3})\s+(?<noun>университета?)(?![А-ЯЁа-яё])",
        Options);

    /// <summary>
    /// "В университете отвергли …", "в пресс-службе вуза", "Студенческая профсоюзная организация университета" after
    /// "Томский инженерно-экономический университет": the bare noun of a university, alone or ending the source, is the
    /// university named last before, as first written when alone and in the genitive after other words ("пресс-службе
    /// Томского инженерно-экономического университета"); null for another source ("Председатель совета университета
    /// Кирилл Носов") or when no university was named.
    /// </summary>
    public static string? OfTheUniversity(string text, int before, string written)
    {
        var words = Words.AtSpaces(written.Trim());
        if (words.Length == 0 || !UniversityNoun.IsMatch(words[words.Length - 1]) || words.Skip(1).Any(w => w.Length == 0 || !char.IsLower(w[0]))
            || Last(University, text, before, match => match.Value) is not { } university)
        {
            return null;
        }

        if (words.Length == 1)
        {
            return university.Name;
        }

        var match = University.Match(university.Name);
        var genitive = match.Groups["noun"].Value == "университет"
            ? string.Join(" ", Words.AtSpaces(match.Groups["adjectives"].Value).Select(AdjectiveGenitive)) + " университета"
            : university.Name;
        return string.Join(" ", words.Take(words.Length - 1)) + " " + genitive;
    }

    /// <summary>"Сомов": a surname alone.</summary>
    private static readonly Regex Surname = new(@"^[А-ЯЁ][а-яё]{2,}$", Options);

    /// <summary>
    /// "главу округа Андрея Сомова", "владельца фабрики «Ивтекс» Геннадия Рожкова": a first name and a surname within a
    /// sentence, after a lower-case word, a comma or a name in quotes that ends the title before it.
    /// </summary>
    private static readonly Regex FullName = new(
        @"(?<=[а-яё,»]\s)(?<first>[А-ЯЁ][а-яё]{2,})\s+(?<last>[А-ЯЁ][а-яё]{2,})(?![А-ЯЁа-яё-])(?!\s+[А-ЯЁ])", Options);

    /// <summary>
    /// "Сомов вину не признал" after "приговорил бывшего главу округа Андрея Сомова": a surname alone is the person named
    /// before by first name and that surname, in any case, as there written; null for another source or when none was.
    /// </summary>
    public static string? FullNameBefore(string text, int before, string written)
    {
        var surname = written.Trim();
        if (!Surname.IsMatch(surname))
        {
            return null;
        }

        return FullName.Matches(text.Substring(0, before)).Cast<Match>()
            .Where(m => NameIndex.Same(surname, m.Groups["last"].Value))
            .Select(m => m.Value)
            .LastOrDefault();
    }

    /// <summary>"России" ending a body's name: the federation's short name.</summary>
    private static readonly Regex OfRussia = new(@"(?<![А-ЯЁа-яё])России$", Options);

    /// <summary>
    /// "Министерстве науки и высшего образования России" as "… Российской Федерации", the federation's full name for its
    /// short one ending a name; null for a name that does not end so.
    /// </summary>
    public static string? WithTheFederation(string written) =>
        OfRussia.IsMatch(written.Trim()) ? OfRussia.Replace(written.Trim(), "Российской Федерации") : null;

    /// <summary>"Госавтоинспекции Краснодара": a capitalised word and the place after it, in the genitive.</summary>
    private static readonly Regex NameAndPlace = new(@"(?<![А-ЯЁа-яё-])(?<name>[А-ЯЁ][а-яё]{3,})\s+(?<place>[А-ЯЁ][а-яё]+[аяиы])(?![А-ЯЁа-яё])", Options);

    /// <summary>
    /// "В Госавтоинспекции предупредили" after "По данным Госавтоинспекции Краснодара": a body named by one capitalised word
    /// is the body named before by that word, in any case, and the place it serves (as first written); null when none was.
    /// </summary>
    public static string? NamedBeforeWithPlace(string text, int before, string name)
    {
        foreach (Match match in NameAndPlace.Matches(text.Substring(0, before)))
        {
            if (RussianCases.SameWord(match.Groups["name"].Value, name) && !RussianCases.SameWord(match.Groups["place"].Value, name))
            {
                return match.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// The city of the article's dateline ("АРХАНГЕЛЬСК, 6 октября") in the genitive as the text before writes it
    /// ("Власти Архангельска"), else as its dateline writes it in a name's case; null with no dateline.
    /// </summary>
    private static string? CityOf(string text, int before)
    {
        if (DatelineCity(text, before) is not { } city)
        {
            return null;
        }

        var stem = RussianCases.IsConsonant(city[city.Length - 1]) ? city : city.Substring(0, city.Length - 1);
        foreach (var genitive in new[] { city + "а", city + "я", stem + "ы", stem + "и", stem + "я" })
        {
            if (Regex.IsMatch(text.Substring(0, before), @"(?<![А-ЯЁа-яё])" + Regex.Escape(genitive) + @"(?![А-ЯЁа-яё])", Options))
            {
                return genitive;
            }
        }

        // "ЙОШКАР-ОЛА" with no genitive in the text: a city's name ending in "а" takes "ы" in the genitive ("Йошкар-Олы"),
        // "и" after a hushing consonant or "к", "г", "х" ("Вологды", "Вязьмы").
        if (city.EndsWith("а", System.StringComparison.Ordinal) && city.Length > 3)
        {
            return stem + (RussianCases.TakesI(stem[stem.Length - 1]) ? "и" : "ы");
        }

        return city;
    }

    /// <summary>The dateline's city as a name ("АРХАНГЕЛЬСК" → "Архангельск"), when the dateline comes before <paramref name="before"/>.</summary>
    private static string? DatelineCity(string text, int before)
    {
        if (Dateline.Match(text) is not { Success: true } dateline || dateline.Index >= before)
        {
            return null;
        }

        // "ЙОШКАР-ОЛА" → "Йошкар-Ола", "РОСТОВ-НА-ДОНУ" → "Ростов-на-Дону": each part of a hyphenated name is capitalised but
        // a preposition's.
        var parts = dateline.Groups[1].Value.ToLowerInvariant().Split('-');
        return string.Join("-", parts.Select((p, n) => n > 0 && p.Length <= 2 ? p : char.ToUpperInvariant(p[0]) + p.Substring(1)));
    }

    /// <summary>Whether two names in quotes are one name in two cases, word for word (<see cref="RussianCases.SameWord"/>).</summary>
    private static bool SameName(string a, string b)
    {
        var first = Words.AtSpaces(a);
        var second = Words.AtSpaces(b);
        return first.Length == second.Length && first.Zip(second, (x, y) => RussianCases.SameWord(x, y) || SamePluralAdjective(x, y)).All(same => same);
    }

    /// <summary>The endings of a plural adjective: "Ангарские распределительные", "в Ангарских распределительных".</summary>
    private static readonly string[] PluralAdjectiveEndings = { "ыми", "ими", "ые", "ие", "ых", "их", "ым", "им" };

    /// <summary>Whether two words are one plural adjective in two cases ("распределительные", "распределительных").</summary>
    private static bool SamePluralAdjective(string a, string b) =>
        PluralAdjectiveStem(a) is { } stem && string.Equals(stem, PluralAdjectiveStem(b), System.StringComparison.OrdinalIgnoreCase);

    private static string? PluralAdjectiveStem(string word) =>
        PluralAdjectiveEndings.FirstOrDefault(e => word.Length > e.Length + 2 && word.EndsWith(e, System.StringComparison.OrdinalIgnoreCase)) is { } ending
            ? word.Substring(0, word.Length - ending.Length)
            : null;

    /// <summary>
    /// The genitive of a company's noun written in the nominative ("авиакомпания" → "авиакомпании", "завод" → "завода"),
    /// in lower case, as it stands after "пресс-служба"; a noun in another case as written.
    /// </summary>
    private static string Genitive(string noun)
    {
        var lower = noun.ToLowerInvariant();
        if (lower.EndsWith(" сеть", System.StringComparison.Ordinal))
        {
            // "аптечная сеть" → "аптечной сети": the chain's adjective agrees with its noun.
            var adjective = lower.Substring(0, lower.Length - " сеть".Length);
            return (adjective.EndsWith("ая", System.StringComparison.Ordinal) ? adjective.Substring(0, adjective.Length - 2) + "ой" : adjective) + " сети";
        }

        return lower.EndsWith("ия", System.StringComparison.Ordinal) ? lower.Substring(0, lower.Length - 1) + "и"
            : lower.EndsWith("ие", System.StringComparison.Ordinal) ? lower.Substring(0, lower.Length - 1) + "я"
            : "аеиоуыэюяйь".IndexOf(lower[lower.Length - 1]) < 0 ? lower + "а"
            : lower;
    }

    private static BodyMention? Last(Regex pattern, string text, int before) => Last(pattern, text, before, m => m.Value);

    private static BodyMention? Last(Regex pattern, string text, int before, System.Func<Match, string> name, System.Func<Match, bool>? wanted = null)
    {
        BodyMention? last = null;
        foreach (Match match in pattern.Matches(text.Substring(0, before)))
        {
            if (wanted is null || wanted(match))
            {
                last = new BodyMention(name(match), match.Index + match.Length) { Noun = match.Groups["noun"].Success ? match.Groups["noun"].Value : null };
            }
        }

        return last;
    }
}

/// <summary>A body named in the text: its name as a speaker's ("Саянские авиалинии") and where the mention ends.</summary>
internal sealed record BodyMention(string Name, int End)
{
    /// <summary>The company's noun as written ("завод"), for a company named without quotes; null otherwise.</summary>
    public string? Noun { get; init; }
}
