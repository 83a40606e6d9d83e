using System.Collections.Generic;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Text.Cues;

/// <summary>
/// Finds the attribution cues of a Russian sentence and the source of each: a reporting verb in any form
/// (<see cref="RussianCueLexicon"/>) with its subject before it ("Захаревич заявила", "В компании заявили") or after
/// it when it opens its clause («…», — заявил министр; "как сообщает агентство"); "по словам X", "по данным X";
/// "отказался от комментариев"; "выразил обеспокоенность"; "в заявлении". Word order is free, so the source is read
/// to the clause's edge rather than by the verb's form.
/// </summary>
internal static class RussianCues
{
    private const int MaxSourceWords = 12;
    private const int MaxSourceWordsAfter = 8;

    /// <summary>How many lower-case words a name after its verb holds before its next capitalised one ("иностранных дел России").</summary>
    private const int NameGap = 3;

    /// <summary>How many tokens after "назвал" what it names runs: "назвал продление закрытия финской границы недружественным шагом".</summary>
    private const int NamedWords = 7;

    private static readonly WordSet AccordingNouns = new(
        "словам", "данным", "информации", "мнению", "оценке", "оценкам", "сообщению", "подсчетам", "подсчётам", "сведениям",
        // "По версии следствия, …": what a side holds happened is its account, as "по данным" is.
        "версии");

    /// <summary>"по его словам", "по их данным": a possessive standing for the source named before.</summary>
    private static readonly WordSet Possessives = new("его", "её", "ее", "их");

    private static readonly WordSet ClauseWords = new(
        "что", "чтобы", "который", "которая", "которое", "которые", "как", "если", "когда", "где", "а", "но", "однако", "хотя", "пока");

    private static readonly WordSet Prepositions = new(
        "в", "во", "на", "о", "об", "по", "для", "с", "со", "из", "к", "ко", "у", "от", "за", "при", "перед", "после", "до", "через", "без");

    /// <summary>Words between a subject and its verb: "Захаревич также заявила", "он вновь подчеркнул".</summary>
    private static readonly WordSet Adverbs = new(
        "не", "уже", "также", "тоже", "ранее", "вновь", "снова", "еще", "ещё", "затем", "позже", "официально", "публично",
        "неоднократно", "прямо", "резко", "сегодня", "вчера", "тогда", "позднее", "потом", "впоследствии");

    /// <summary>"на сайте суда", "на странице министерства": where a report is published, whose owner is its source.</summary>
    private static readonly WordSet Sites = new("сайте", "странице", "портале");

    /// <summary>"своей", "свою", "своих": the reflexive possessive, which refers back to the subject and is never it.</summary>
    private static readonly WordSet Reflexives = new(
        "свой", "своя", "своё", "свое", "свои", "своего", "своей", "своих", "своему", "своим", "своими", "свою", "своём", "своем");

    /// <summary>"вину": guilt in the accusative, the object of admitting or denying it.</summary>
    private static readonly WordSet Guilt = new("вину");

    /// <summary>"упрёки", "обвинения", "претензии": the reproaches a verb of denial takes as its object.</summary>
    private static readonly WordSet Reproaches = new("упрёки", "упреки", "обвинения", "обвинение", "претензии");

    /// <summary>"отверг сообщения о конфликте": reports and rumours denied, the object after the verb.</summary>
    private static readonly WordSet Reports = new("сообщения", "слухи", "информацию");

    /// <summary>"один из", "одна из": one of those the words after "из" name, the person named after them.</summary>
    private static readonly WordSet OneOf = new("один", "одна", "одно", "одни");

    /// <summary>"мать одного из", "дочь одной из": one of many in the genitive, after the noun that relates the person to him.</summary>
    private static readonly WordSet OneOfGenitive = new("одного", "одной", "одних");

    /// <summary>"эти", "это": a demonstrative that opens the verb's object before the place it was said in ("Эти обвинения в департаменте").</summary>
    private static readonly WordSet Demonstratives = new("эти", "это", "этот", "эту", "эта");

    /// <summary>"было заявлено", "сообщено": a report in the passive, made by no one named before its verb.</summary>
    private static readonly WordSet PassiveReports = new(
        "заявлено", "сообщено", "отмечено", "подчеркнуто", "подчёркнуто", "сказано", "указано", "уточнено", "объявлено");

    /// <summary>"по Ярославской области", "по Пермскому краю": the dative nouns of a region a body's office serves.</summary>
    private static readonly WordSet RegionNouns = new("области", "краю", "округу", "республике");

    private static readonly WordSet Auxiliaries = new("было", "будет", "были");

    /// <summary>Whom a source told, between its verb and itself: "— сказал журналистам директор".</summary>
    /// <summary>"напротив", "однако": a word set off by commas that weighs its clause against what came before.</summary>
    private static readonly WordSet Parentheticals = new("напротив", "однако", "впрочем", "наоборот");

    private static readonly WordSet Audience = new(
        "журналистам", "репортерам", "репортёрам", "корреспонденту", "корреспондентам", "агентству", "изданию", "телеканалу", "радиостанции",
        "газете", "депутатам");

    private static readonly WordSet Weekdays = new(
        "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье");

    /// <summary>"выразил обеспокоенность", "выразил опасение, что …": the nouns of a concern voiced, fear among them.</summary>
    private static readonly WordSet Concerns = new(
        "обеспокоенность", "озабоченность", "тревогу", "беспокойство", "сожаление", "возмущение", "недовольство", "протест", "опасение", "опасения");

    private static readonly WordSet Support = new("поддержку", "солидарность", "надежду", "уверенность", "благодарность");

    /// <summary>"где", "куда", "откуда": the relative words of place that open a clause set off by commas as "который" does.</summary>
    private static readonly WordSet PlaceRelatives = new("где", "куда", "откуда");

    private static readonly WordSet MessageNouns = new("заявлении", "интервью", "сообщении", "обращении", "публикации", "комментарии");

    /// <summary>"выразил обеспокоенность": the verb of concern that names it only with a noun of concern after it.</summary>
    private const string ConcernVoiced = "вырази";

    /// <summary>
    /// "обратился к губернатору с просьбой", "направила запрос с требованием": a request addressed to someone, whose act the
    /// noun after "с" names.
    /// </summary>
    private static readonly StemSet Addressing = new("обратил", "обраща", "направил", "направля");

    private static readonly Dictionary<string, string> AddressedActs = new(System.StringComparer.OrdinalIgnoreCase)
    {
        ["просьбой"] = SpeechActs.Request,
        ["требованием"] = SpeechActs.Demand,
        ["призывом"] = SpeechActs.Urge,
    };

    /// <summary>"плакаты с надписями «…»": words written for others to read, quoted as those who held them wrote them.</summary>
    private static readonly WordSet Inscriptions = new("надписью", "надписями", "лозунгом", "лозунгами");

    /// <summary>"согласились", "соглашается": agreeing, which "не" before it makes a denial of what follows.</summary>
    private static readonly StemSet Agreeing = new("согласил", "согласит", "соглаша");

    /// <summary>"комитет по транспорту", "департамент по делам молодёжи": the nouns of a body named by what it deals with.</summary>
    private static readonly StemSet PortfolioBodies = new("комитет", "департамент", "комисси", "управлени", "отдел");

    /// <summary>"Среднесибирского", "Уральское": a place's adjective, in any case, as it opens a body's name.</summary>
    private static readonly System.Text.RegularExpressions.Regex PlaceAdjective = new(
        "^[а-яё]+(?:ск|цк)(?:ий|ое|ая|ого|ому|ом|ой|ую)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>"по итогам проверки", "по телефону": what "по" opens after a verb's subject when it is no body's portfolio.</summary>
    private static readonly WordSet NoPortfolio = new(
        "итогам", "итогу", "результатам", "телефону", "поводу", "факту", "случаю", "просьбе", "требованию", "решению", "словам",
        "данным", "информации", "мнению", "оценке", "оценкам", "сообщению", "сведениям", "видеосвязи", "почте");

    /// <summary>"не стали комментировать", "комментировать не станет": choosing not to, which with commenting refuses it.</summary>
    private static readonly WordSet WouldNot = new("стал", "стала", "стало", "стали", "станет", "станут");

    /// <summary>"прокомментировали", "комментировал": the past's endings.</summary>
    private static readonly string[] PastEndings = { "л", "ла", "ло", "ли" };

    /// <summary>"раскрывать", "раскрыть", "разглашать": disclosing, whose infinitive by a refusal refuses to comment.</summary>
    private static readonly StemSet Disclosing = new("раскры", "разглаш", "разгласи");

    /// <summary>"комментировать": the infinitive's ending.</summary>
    private static readonly string[] InfinitiveEndings = { "ть" };

    /// <summary>"оправданным", "ошибочными", "излишними", "мягким": the instrumental of an adjective that judges what it follows.</summary>
    private static readonly string[] JudgingEndings = { "ым", "ыми", "ими", "им" };

    /// <summary>"памятниками", "развалинами": the instrumental plural of a noun, which after "считают дома" says what they are held to be.</summary>
    private static readonly string[] NounInstrumentalEndings = { "ами", "ями" };

    /// <summary>"причиной", "причинами": the cause a thing is held to be ("считает наиболее вероятной причиной отказ").</summary>
    private static readonly WordSet CausesNamed = new("причиной", "причинами");

    /// <summary>"вечерами", "руками": an instrumental of time or means, which says when or how, not what a thing is held to be.</summary>
    private static readonly WordSet HowOrWhen = new(
        "вечерами", "утрами", "ночами", "днями", "часами", "неделями", "месяцами", "годами", "руками", "силами", "вручную");

    /// <summary>
    /// "сочли наказание слишком мягким", "счёл решение ошибочным": deeming, the perfective of "считать", which judges what
    /// it names as "считает" does, before "что" or with the judging adjective after its object.
    /// </summary>
    private static readonly WordSet Deemed = new("счёл", "счел", "сочла", "сочло", "сочли", "сочтёт", "сочтет", "сочтут");

    /// <summary>"слишком мягкими", "чрезмерно жёстким": words of degree, which before a judging adjective say how far a thing is judged.</summary>
    private static readonly WordSet Degrees = new("слишком", "чересчур", "излишне", "чрезмерно", "недостаточно", "вполне", "крайне");

    /// <summary>"пришедшие", "работающий", "собравшиеся": an active participle, which sets off a clause after its noun.</summary>
    private static readonly string[] ParticipleEndings =
    {
        "вший", "вшая", "вшее", "вшие", "вших", "дший", "дшая", "дшие", "ющий", "ющая", "ющие", "ущий", "ущая", "ущие",
        "ящий", "ящая", "ящие", "ащий", "ащая", "ащие", "вшиеся", "ющиеся", "ущиеся", "ящиеся", "ащиеся",
    };

    /// <summary>"перестали отвечать", "прекратил говорить": stopping, whose infinitive after it reports nothing said.</summary>
    private static readonly StemSet Stopping = new("переста", "прекрати", "прекраща");

    /// <summary>The infinitive's endings, plain and reflexive: "отвечать", "отказываться".</summary>
    private static readonly string[] InfinitiveOrReflexiveEndings = { "ть", "ться" };

    /// <summary>"Пьеса рассказывает о …", "Фильм рассказывает …": works whose telling is a plot, not speech.</summary>
    private static readonly WordSet Works = new(
        "пьеса", "спектакль", "постановка", "фильм", "сериал", "книга", "роман", "повесть", "рассказ", "картина", "опера", "мюзикл", "песня");

    /// <summary>"уверен, что", "убеждены, что": a view stated as one's certainty, a short adjective where a verb would stand.</summary>
    private static readonly WordSet Convictions = new(
        "уверен", "уверена", "уверены", "убежден", "убеждён", "убеждена", "убеждены");

    public static void Find(string text, IReadOnlyList<Token> tokens, List<Cue> cues)
    {
        var reader = new Reader(text, tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && !tokens[i].InQuote && reader.CueAt(i, cues) is { } cue)
            {
                cues.Add(cue);
                i = cue.End - 1;
            }
        }

        for (var i = 0; cues.Count == 0 && i + 1 < tokens.Count; i++)
        {
            if (!tokens[i].InQuote && (reader.Is(i, "в") || reader.Is(i, "во")) && reader.IsIn(i + 1, MessageNouns))
            {
                var (start, end) = reader.SourceBefore(i);
                cues.Add(new Cue(i, i + 2, CueKind.InStatement, CueLexicon.NeutralAct, true, start, end, false));
            }
        }
    }

    private readonly struct Reader
    {
        private readonly string _text;
        private readonly IReadOnlyList<Token> _tokens;

        public Reader(string text, IReadOnlyList<Token> tokens)
        {
            _text = text;
            _tokens = tokens;
        }

        public Cue? CueAt(int i, List<Cue> cues)
        {
            if (Is(i, "по") && IsIn(i + 1, AccordingNouns))
            {
                var (start, end) = SourceAfter(i + 2, accordingTo: true);
                return end > start ? new Cue(i, i + 2, CueKind.AccordingTo, CueLexicon.NeutralAct, true, start, end, false) : null;
            }

            if (Is(i, "по") && IsIn(i + 1, Possessives) && IsIn(i + 2, AccordingNouns))
            {
                // "Зайцева рассказала, что …, а договоры, по её словам, заключались …": inside what a source named in the
                // sentence says, the possessive is that source going on, not a statement of its own.
                if (cues.Count > 0 && cues[cues.Count - 1] is { Kind: CueKind.Verb, HasSource: true, ContentBefore: false })
                {
                    return null;
                }

                return new Cue(i, i + 3, CueKind.AccordingTo, CueLexicon.NeutralAct, true, i + 1, i + 2, false);
            }

            // "в министерстве было заявлено, что …": a passive report, its source the body it was made in when one is named.
            if (IsIn(i, PassiveReports) && QuoteOrThatFollows(i))
            {
                var (start, end) = PassiveSource(i);
                return new Cue(i, i + 1, CueKind.Passive, CueLexicon.NeutralAct, true, start, end, false);
            }

            // "Он обратился к губернатору области с просьбой отложить …": an address whose request names the act.
            if (IsIn(i, Addressing) && AddressedNoun(i) is { } noun)
            {
                var (addressStart, addressEnd, addressBefore) = SourceOf(i, cues);
                return new Cue(i, noun + 1, CueKind.Verb, AddressedActs[Word(noun)], false, addressStart, addressEnd, addressBefore);
            }

            // "Участники пикета держали плакаты с надписями «…»": the words they wrote, theirs as the subject of the clause.
            if (IsIn(i, Inscriptions) && i + 1 < _tokens.Count && _tokens[i + 1].Kind == TokenKind.Quote && SubjectOfPast(i) is var (heldStart, heldEnd)
                && heldEnd > heldStart)
            {
                return new Cue(i, i + 1, CueKind.Verb, CueLexicon.NeutralAct, true, heldStart, heldEnd, false);
            }

            // "В компании не согласились с тем, что сроки сорваны": disagreeing with what was said denies it.
            if (Is(i - 1, "не") && IsIn(i, Agreeing) && QuoteOrThatFollows(i))
            {
                var (deniedStart, deniedEnd, deniedBefore) = SourceOf(i - 1, cues);
                return new Cue(i - 1, i + 1, CueKind.Verb, SpeechActs.Deny, false, deniedStart, deniedEnd, deniedBefore);
            }

            // "В компании с решением не согласились": the decision disagreed with, after "с" right before "не", is denied when
            // nothing more follows the verb; the source stands before it.
            if (Is(i - 1, "не") && IsIn(i, Agreeing) && i > 2 && (Is(i - 3, "с") || Is(i - 3, "со")) && LowerWord(i - 2)
                && (i + 1 >= _tokens.Count || !_tokens[i + 1].IsWord)
                && SourceOf(i - 3, cues) is var (withStart, withEnd, withBefore) && withEnd > withStart && withEnd <= i - 3)
            {
                return new Cue(i - 3, i + 1, CueKind.Verb, SpeechActs.Deny, false, withStart, withEnd, withBefore);
            }

            // "Лысенко уверен, что решение сети оправданно": what the source is sure of is its view, the act read from it.
            if (IsIn(i, Convictions) && i + 2 < _tokens.Count && _tokens[i + 1].Kind == TokenKind.Comma && Is(i + 2, "что"))
            {
                var (sureStart, sureEnd, sureBefore) = SourceOf(i, cues);
                return new Cue(i, i + 1, CueKind.Verb, CueLexicon.NeutralAct, true, sureStart, sureEnd, sureBefore);
            }

            // "В Рособрнадзоре на вопрос агентства, может ли …, отвечать не стали": not choosing to answer what was asked refuses
            // to comment the same way, its source the body after the "в" that opens the clause before the request.
            if (AnswerInfinitiveAt(i) && Is(i + 1, "не") && IsIn(i + 2, WouldNot) && RequestBefore(i) is { } asked
                && PlaceOpeningTheClause(asked) is var (answerStart, answerEnd) && answerEnd > answerStart)
            {
                return new Cue(i, i + 3, CueKind.Verb, SpeechActs.DeclineComment, false, answerStart, answerEnd, false);
            }

            // "В министерстве ситуацию комментировать не стали": not choosing to comment is a refusal, its source the body
            // after the "в" that opens the clause.
            if (Is(i, "не") && IsIn(i + 1, WouldNot) && (CommentInfinitiveAt(i - 1) || CommentInfinitiveAt(i + 2)))
            {
                var first = CommentInfinitiveAt(i - 1) ? i - 1 : i;
                var (refusedStart, refusedEnd, refusedBefore) = PlaceOpeningTheClause(first) is var (placeStart, placeEnd) && placeEnd > placeStart
                    ? (placeStart, placeEnd, false)
                    : SourceOf(first, cues);
                return new Cue(first, first == i ? i + 3 : i + 2, CueKind.Verb, SpeechActs.DeclineComment, false,
                    refusedStart, refusedEnd, refusedBefore);
            }

            // "В университете это предложение пока не прокомментировали": a past of commenting, negated, refuses to comment; its
            // source the body after the "в" that opens the clause, as with "комментировать не стали".
            if (Is(i, "не") && i + 1 < _tokens.Count && _tokens[i + 1].IsWord && (StartsWith(i + 1, "прокомментир") || StartsWith(i + 1, "комментир"))
                && RussianForms.EndsAfterRoot(_text, _tokens[i + 1], PastEndings, minRoot: 6))
            {
                var (silentStart, silentEnd, silentBefore) = PlaceOpeningTheClause(i) is var (placeStart, placeEnd) && placeEnd > placeStart
                    ? (placeStart, placeEnd, false)
                    : SourceOf(i, cues);
                return new Cue(i, i + 2, CueKind.Verb, SpeechActs.DeclineComment, false, silentStart, silentEnd, silentBefore);
            }

            // "Как следует из картотеки суда", "…, следует из материалов дела": what a document shows is attributed to it.
            if (Is(i, "следует") && Is(i + 1, "из") && i > 0 && (Is(i - 1, "как") || _tokens[i - 1].Kind == TokenKind.Comma))
            {
                var (shownStart, shownEnd) = SourceAfter(i + 2);
                return new Cue(i, i + 2, CueKind.Verb, CueLexicon.NeutralAct, true, shownStart, shownEnd, _tokens[i - 1].Kind == TokenKind.Comma);
            }

            // "Объединение болельщиков выступило в поддержку игроков": coming out in support of someone voices support.
            if (StartsWith(i, "выступ") && (Is(i + 1, "в") || Is(i + 1, "во")) && Is(i + 2, "поддержку"))
            {
                var (backStart, backEnd, backBefore) = SourceOf(i, cues);
                return new Cue(i, i + 3, CueKind.Verb, SpeechActs.Support, false, backStart, backEnd, backBefore);
            }

            // "Потерпевшие сочли наказание слишком мягким": deeming a deed so judges it, as "считает … оправданным" does.
            if (IsIn(i, Deemed) && (JudgedAs(i) || QuoteOrThatFollows(i) || JudgedByDegree(i)))
            {
                var (deemedStart, deemedEnd, deemedBefore) = SourceOf(i, cues);

                // "В прокуратуре, в свою очередь, сочли …": the aside set off by commas stands between the verb and the body
                // after the "в" that opens the clause, which is the source.
                if (AsideBefore(i) is { } aside && PlaceOpeningTheClause(aside) is var (asideStart, asideEnd) && asideEnd > asideStart)
                {
                    (deemedStart, deemedEnd, deemedBefore) = (asideStart, asideEnd, false);
                }

                // "Потерпевшие, пришедшие на оглашение, сочли наказание мягким": what follows is what is judged, so the
                // subject stands before the words set off between commas.
                if (deemedBefore && JudgedAs(i) && RelativeClauseOpening(SkipTimeWords(i - 1, -1), participle: true) is { } setOff
                    && SourceBefore(setOff) is var (subjectStart, subjectEnd) && subjectEnd > subjectStart)
                {
                    (deemedStart, deemedEnd, deemedBefore) = (subjectStart, subjectEnd, false);
                }

                return new Cue(i, i + 1, CueKind.Verb, SpeechActs.Assess, false, deemedStart, deemedEnd, deemedBefore);
            }

            if (RussianCueLexicon.Find(_text, _tokens[i]) is not { } word)
            {
                return null;
            }

            // "посоветовалась с юристом": consulting someone, the reflexive of advising, urges nothing.
            if (word.Lemma == "посоветова" && (EndsWith(i, "ся") || EndsWith(i, "сь")))
            {
                return null;
            }

            // "как того требует Трудовой кодекс": what a rule requires, not a demand anyone made.
            if (Is(i - 1, "того") && Is(i - 2, "как"))
            {
                return null;
            }

            // "телефоны компании перестали отвечать": a reporting verb's infinitive after stopping tells that nothing was said.
            if (IsIn(i - 1, Stopping) && RussianForms.EndsAfterRoot(_text, _tokens[i], InfinitiveOrReflexiveEndings, minRoot: 2))
            {
                return null;
            }

            var act = word.Act;
            var end2 = i + 1;
            switch (act)
            {
                case SpeechActs.DeclineComment:
                    if ((CommentNear(i) ?? CommentOpeningTheClause(i)) is not { } comment)
                    {
                        return null;
                    }

                    end2 = System.Math.Max(end2, comment + 1);
                    break;
                case SpeechActs.ExpressConcern when word.Lemma == ConcernVoiced:
                    if (IsIn(i + 1, Concerns) || IsIn(i + 2, Concerns))
                    {
                        break;
                    }

                    if (!(IsIn(i + 1, Support) || IsIn(i + 2, Support)))
                    {
                        return null;
                    }

                    act = SpeechActs.Support;
                    break;
            }

            // "назвали наказание слишком мягким": calling a deed too much of anything, an adjective in the instrumental after
            // "слишком", finds fault with it as a pejorative does.
            if (word.Ambiguous && StartsWith(i, "наз") && (Named(i, RussianCueLexicon.Pejoratives) || NamedTooMuch(i)))
            {
                // "назвал решение «недружественным шагом»", "назвал продление … недружественным шагом": calling a deed names a condemnation.
                act = SpeechActs.Condemn;
            }
            else if (word.Ambiguous && StartsWith(i, "наз") && Named(i, RussianCueLexicon.Dismissals))
            {
                // "назвали претензии родителей необоснованными": calling a claim unfounded denies it.
                act = SpeechActs.Deny;
            }
            else if (word.Ambiguous && StartsWith(i, "счит") && JudgedAs(i))
            {
                // "считает повышение оправданным": a judgement of a deed, read as one whatever it holds.
            }
            else if (word.Ambiguous && !QuoteOrThatFollows(i))
            {
                return null;
            }

            // "от комментариев отказались": the source stands before the comment; "От комментариев о … в компании отказались":
            // the place named after "в" right before the verb, when the comment opens the clause.
            var (sourceStart, sourceEnd, contentBefore) = SourceOf(act == SpeechActs.DeclineComment && end2 == i + 1 ? CommentStart(i) : i, cues);
            if (act == SpeechActs.DeclineComment && end2 == i + 1 && CommentNear(i) is null && PlaceBeforeVerb(i) is { } place)
            {
                (sourceStart, sourceEnd, contentBefore) = (place, i, false);
            }
            // "В Астрахани осудили браконьеров, …", "Бывшего директора … осудили за растрату": people "осудили" with no one named
            // as the subject were convicted, not condemned.
            if (act == SpeechActs.Condemn && StartsWith(i, "осуд") && IsPlural(i) && Convicted(i, sourceStart, sourceEnd))
            {
                return null;
            }

            // "Пьеса рассказывает о сельской учительнице": a work that tells a story, its subject before the verb, reports its
            // plot, not what anyone said.
            if (StartsWith(i, "рассказ") && sourceEnd > sourceStart && sourceEnd == i && sourceEnd - sourceStart <= 2 && IsIn(sourceEnd - 1, Works))
            {
                return null;
            }

            return new Cue(i, end2, CueKind.Verb, act, act == CueLexicon.NeutralAct, sourceStart, sourceEnd, contentBefore);
        }

        /// <summary>
        /// The source of the verb at <paramref name="i"/> (<see cref="SourceRead"/>); when what is read there is one lower-case
        /// word that names no one (<see cref="RussianNoOne"/>: "это опроверг", "отвергла утверждения", "пообещали выделить"),
        /// the subject the clause opens with (<see cref="ClauseSubject"/>) instead, when there is one.
        /// </summary>
        private (int Start, int End, bool ContentBefore) SourceOf(int i, List<Cue> cues)
        {
            var read = SourceRead(i, cues);
            return read.End == read.Start + 1 && LowerWord(read.Start) && RussianNoOne.Contains(Word(read.Start))
                && ClauseSubject(i, read.Start, cues) is var (start, end)
                ? (start, end, false)
                : read;
        }

        /// <summary>
        /// The subject of the clause the verb at <paramref name="verb"/> stands in, when the word read as its source (at
        /// <paramref name="word"/>) names no one: after "но", "и" or "а" the subject of the cue before ("признала, что …, но
        /// отвергла утверждения"); before a phrase set off by commas (a participle's, an apposition, an age) the name that
        /// opens the clause ("Геннадий Лукин, руководивший им до прошлой весны, это опроверг"); null when none. ("в котором
        /// попросили" is the subject of the clause it hangs on by <see cref="AgreeingVerbBefore"/>.)
        /// </summary>
        private (int Start, int End)? ClauseSubject(int verb, int word, List<Cue> cues)
        {
            var edge = word < verb ? word - 1 : SkipTimeWords(verb - 1, -1);
            if ((Is(edge, "но") || Is(edge, "и") || Is(edge, "а")) && cues.Count > 0 && cues[cues.Count - 1].First < edge)
            {
                // "признал, что пассажиров следовало предупредить …, но отверг": the comma closes the "что" clause, so the verb
                // joins the one that opened it, not a verb of what was said.
                var joined = cues[cues.Count - 1];
                if (cues.Count > 1 && _tokens[edge - 1].Kind == TokenKind.Comma && ThatBetween(cues[cues.Count - 2].End, joined.First))
                {
                    joined = cues[cues.Count - 2];
                }

                // "признал, что …, но отвергли сообщения": two pasts that disagree have two subjects.
                var disagree = Agreement(verb) is { } agreement && PastEnding(joined.First) is { } before && agreement != before;
                return joined.HasSource && !disagree ? (joined.SourceStart, joined.SourceEnd) : null;
            }

            return edge > 0 && _tokens[edge].Kind == TokenKind.Comma && RelativeClauseOpening(edge, participle: true) is { } opening
                && SourceBefore(opening) is var (start, end) && end > start
                ? (start, end)
                : null;
        }

        /// <summary>The subject before the verb, else the one after it; a verb joined by "и" shares the cue before.</summary>
        private (int Start, int End, bool ContentBefore) SourceRead(int i, List<Cue> cues)
        {
            var last = SkipTimeWords(i - 1, -1);
            // "утечку подтвердили, но заявили, что …": "но" right after a verb with nothing after it joins the two as "и" does.
            // "подтвердила, что …, но назвала цифры завышенными": or a naming verb after the "что" clause the verb before opened,
            // which the comma closes, when the two agree in the past ("утверждает, что руководство знало, но не сообщало" does not).
            // "поддержала решение, но потребовала прописать …": or a verb after the first verb's object, the two agreeing in the past.
            // "подтвердили, что …, но о планах на участок говорить отказались": what the verb is about, opened by "о" after "но"
            // and maybe closed by an infinitive, stands between "но" and the verb, which shares the subject as above.
            // "говорить отказались": the cue may open with the infinitive, and the verb after it agrees.
            var agreeing = Infinitive(i) && i + 1 < _tokens.Count && LowerWord(i + 1) ? i + 1 : i;
            var topicBut = cues.Count > 0 && ButAfterThat(cues[cues.Count - 1], agreeing, topic: true) ? TopicAfterBut(last) : null;
            var topic = topicBut is not null;
            last = topicBut ?? last;
            var butAfterVerb = Is(last, "но") && cues.Count > 0 && last > 0 && _tokens[last - 1].Kind == TokenKind.Comma
                && (topic || cues[cues.Count - 1].End == last - 1 || ButAfterThat(cues[cues.Count - 1], i)
                    || ButAfterObject(cues[cues.Count - 1], i, last - 1));
            if ((Is(last, "и") || butAfterVerb) && cues.Count > 0)
            {
                // "Комаров заявил, что предприятие не добавляло …, и потребовал": the comma closes the "что" clause, so "и" joins
                // the verb to the one that opened it, not to a verb of what was said.
                var joined = cues[cues.Count - 1];
                if (cues.Count > 1 && last > 0 && _tokens[last - 1].Kind == TokenKind.Comma && ThatBetween(cues[cues.Count - 2].End, joined.First))
                {
                    joined = cues[cues.Count - 2];
                }

                // "осудила решение, назвав его «…», и заявила": a gerund between has no subject of its own, so "и" joins the
                // verb to the last cue before that has one.
                for (var c = cues.Count - 2; joined.SourceEnd == joined.SourceStart && c >= 0; c--)
                {
                    joined = cues[c];
                }

                return (joined.SourceStart, joined.SourceEnd, false);
            }

            // "сообщили, что …, а обвинения активистов назвали голословными": the lower-case words between "а" and "назвали",
            // an instrumental that judges right after it, are what it names; the verb has the subject of the cue before.
            if (cues.Count > 0 && (StartsWith(i, "назва") || StartsWith(i, "называ")) && IsPlural(i) && NamedObjectAfterA(i, last) && JudgedRightAfter(i))
            {
                var namer = cues[cues.Count - 1];
                return (namer.SourceStart, namer.SourceEnd, false);
            }

            // "Губернатор … провёл совещание и поручил выделить …": a verb joined to another that reports nothing has its subject.
            if (Is(last, "и") && JoinedVerb(last, i) is { } before && SourceBefore(before) is var (subjectStart, subjectEnd) && subjectEnd > subjectStart)
            {
                return (subjectStart, subjectEnd, false);
            }

            var (start, end) = SourceBefore(i);

            // "Музыканты опубликовали открытое письмо губернатору, в котором попросили …": a relative word after its preposition
            // refers to the noun before the comma and is no source; the verb has the subject of the past-tense verb before that
            // comma which agrees with it.
            if (end == start + 1 && start >= 2 && StartsWith(start, "котор") && IsIn(start - 1, Prepositions)
                && _tokens[start - 2].Kind == TokenKind.Comma && AgreeingVerbBefore(start - 2, i) is { } main
                && SourceBefore(main) is var (mainStart, mainEnd) && mainEnd > mainStart)
            {
                return (mainStart, mainEnd, false);
            }

            // "Весной на неё пожаловалось в прокуратуру … региональное движение «Родительский контроль»": a pronoun after a
            // preposition right before a singular verb is its object; the subject is the body named in quotes closing the sentence.
            if (end > start && end == i && IsIn(end - 1, ObjectPronouns) && IsIn(end - 2, Prepositions) && !IsPlural(i)
                && BodyClosingTheSentence(i) is var (bodyStart, bodyEnd))
            {
                return (bodyStart, bodyEnd, false);
            }

            if (end > start)
            {
                // "Поставщик, компания «МедЛайн Трейд», обвинения отвергла": lower-case words after a name in quotes set off by
                // commas are the verb's object, and the name is its subject.
                return ObjectAfterApposedName(start, end) is var (apposedStart, apposedEnd) ? (apposedStart, apposedEnd, false) : (start, end, false);
            }

            // "Активисты движения «Ростов пешеходный», напротив, поддержали …": a word set off by commas that weighs the clause
            // against what came before stands between the subject and its verb.
            if (last > 1 && _tokens[last].Kind == TokenKind.Comma && IsIn(last - 1, Parentheticals) && _tokens[last - 2].Kind == TokenKind.Comma
                && SourceBefore(last - 2) is var (setOffStart, setOffEnd) && setOffEnd > setOffStart)
            {
                return (setOffStart, setOffEnd, false);
            }

            // "Второй по величине оператор в городе, сервис «Ласточка», от комментариев отказался": the name in quotes set off
            // by commas before the verb is its subject.
            if (last > 0 && _tokens[last].Kind == TokenKind.Comma && QuotedNameEndingAt(last - 1) is { } quoted
                && ApposedName(last, quoted) is var (apposedNameStart, apposedNameEnd))
            {
                return (apposedNameStart, apposedNameEnd, false);
            }

            // "Его организатор, мать двух гребцов Ирина Лукьянова, потребовала": a person's name after a few lower-case words of
            // her title, set off by commas before the verb, is its subject.
            if (last > 2 && _tokens[last].Kind == TokenKind.Comma && IsCapitalised(last - 1) && IsCapitalised(last - 2)
                && ApposedName(last, last - 2) is var (apposedPersonStart, apposedPersonEnd))
            {
                return (apposedPersonStart, apposedPersonEnd, false);
            }

            // "Пресс-служба холдинга «Лазурный улов», одного из крупнейших добытчиков, назвала обвинения «абсурдными»": what
            // follows "назвал" is what it names, never its source, which stands before the words set off between commas.
            if (StartsWith(i, "назва") || StartsWith(i, "называ"))
            {
                return RelativeClauseOpening(last) is { } apposed && SourceBefore(apposed) is var (apposedStart, apposedEnd) && apposedEnd > apposedStart
                    ? (apposedStart, apposedEnd, false)
                    : (0, 0, false);
            }

            // «…», — заявил министр; …, сообщил источник: the content comes first, the source after the verb.
            var contentBefore = last > 0 && _tokens[last].IsBoundary;
            var from = SkipTimeWords(i + 1, 1);
            while (IsIn(from, Audience) || (!IsPlural(i) && PlaceBefore(from)))
            {
                from = SkipTimeWords(from + (IsIn(from, Audience) ? 1 : 2), 1);
            }

            // "…, говорится в сообщении на сайте управления", "говорится в заявлении ведомства": the message is where it
            // was said, its author after it.
            if ((Is(from, "в") || Is(from, "во")) && IsIn(from + 1, MessageNouns))
            {
                from += 2;
            }

            // "Как сообщается на сайте суда": what a site publishes, its owner reports.
            if (Is(from, "на") && IsIn(from + 1, Sites))
            {
                from += 2;
            }

            // "…, сообщили в ведомстве": a plural verb with no subject speaks for the body it names after "в".
            if ((Is(from, "в") || Is(from, "во")) && IsPlural(i) && !IsIn(from + 1, MessageNouns))
            {
                from++;
            }

            var (afterStart, afterEnd) = SourceAfter(from);

            // "объявила организатор фестиваля, автономная некоммерческая организация «Ярославская филармоническая инициатива»": a
            // role in lower case, then set off by a comma and closing the sentence, the party that holds it named in quotes.
            if (afterEnd > afterStart && AllLower(afterStart, afterEnd) && ApposedNameAfter(afterEnd) is var (holderStart, holderEnd))
            {
                return (holderStart, holderEnd, contentBefore);
            }

            // "Токарь Алексей Жуков, который работает на заводе 22 года, рассказал, что …": with no source after the verb,
            // the subject stands before the relative clause that separates it from its verb, and whom it was told to
            // ("В компании «Тандем Софт», которую …, агентству сказали").
            var closing = IsIn(last, Audience) ? SkipTimeWords(last - 1, -1) : last;
            if (afterEnd == afterStart && RelativeClauseOpening(closing) is { } opening && SourceBefore(opening) is var (relativeStart, relativeEnd)
                && relativeEnd > relativeStart)
            {
                return (relativeStart, relativeEnd, false);
            }

            // "Компания «Сибнефтегеология», которая заказывает институту анализ образцов, поддержала учёных": lower-case words
            // after the verb are its object when a name in quotes, then a relative clause, stands before it.
            if (afterEnd > afterStart && AllLower(afterStart, afterEnd) && NamedBeforeRelativeClause(last) is var (namedStart, namedEnd))
            {
                return (namedStart, namedEnd, false);
            }

            return (afterStart, afterEnd, contentBefore);
        }

        /// <summary>"обратился к губернатору области с просьбой": the request's noun after "с" within the verb's clause; null when none.</summary>
        private int? AddressedNoun(int i)
        {
            for (var j = i + 1; j + 1 < _tokens.Count && j <= i + NamedWords; j++)
            {
                if (_tokens[j].IsBoundary)
                {
                    return null;
                }

                if ((Is(j, "с") || Is(j, "со")) && _tokens[j + 1].IsWord && AddressedActs.ContainsKey(Word(j + 1)))
                {
                    return j + 1;
                }
            }

            return null;
        }

        /// <summary>"Участники пикета держали плакаты с надписями": the subject before the clause's past-tense verb, else nothing.</summary>
        private (int Start, int End) SubjectOfPast(int i)
        {
            for (var k = i - 1; k >= 0 && i - k <= NamedWords; k--)
            {
                if (_tokens[k].IsBoundary)
                {
                    return (0, 0);
                }

                if (LowerWord(k) && PastEnding(k) is not null)
                {
                    return SourceBefore(k);
                }
            }

            return (0, 0);
        }

        /// <summary>The past-tense verb before the comma at <paramref name="comma"/>, in its clause, that agrees with <paramref name="verb"/>.</summary>
        private int? AgreeingVerbBefore(int comma, int verb)
        {
            if (PastEnding(verb) is not { } agreement)
            {
                return null;
            }

            for (var k = comma - 1; k >= 0 && comma - k <= MaxSourceWords && !_tokens[k].IsBoundary; k--)
            {
                if (LowerWord(k) && PastEnding(k) == agreement)
                {
                    return k;
                }
            }

            return null;
        }

        /// <summary>
        /// The past-tense verb of the clause before "и" (at <paramref name="and"/>) that agrees with the past-tense verb at
        /// <paramref name="verb"/>, so shares its subject: "провёл … и поручил", "обсудил … и попросил" — not "дел"
        /// in "Министерство иностранных дел и Минобороны заявили"; null when none.
        /// </summary>
        private int? JoinedVerb(int and, int verb)
        {
            if (PastEnding(verb) is not { } agreement)
            {
                return null;
            }

            for (var k = and - 1; k >= 0 && and - k <= MaxSourceWords; k--)
            {
                if (!_tokens[k].IsWord || IsIn(k, ClauseWords))
                {
                    return null;
                }

                if (char.IsLower(_text[_tokens[k].Start]) && PastEnding(k) == agreement)
                {
                    return k;
                }
            }

            return null;
        }

        /// <summary>
        /// The ending that gives a past-tense verb's gender or number ("л", "ла", "ло", "ли"), the reflexive set apart;
        /// null for another word.
        /// </summary>
        private string? PastEnding(int i)
        {
            if (!RussianForms.IsPast(_text, _tokens[i]))
            {
                return null;
            }

            var word = _text.Substring(_tokens[i].Start, _tokens[i].End - _tokens[i].Start).ToLowerInvariant();
            var reflexive = word.EndsWith("ся", System.StringComparison.Ordinal) || word.EndsWith("сь", System.StringComparison.Ordinal);
            word = reflexive ? word.Substring(0, word.Length - 2) : word;
            return word.EndsWith("л", System.StringComparison.Ordinal) ? "л" : word.Substring(word.Length - 2);
        }

        /// <summary>The words before <paramref name="i"/> back to the clause's edge, without a leading preposition ("В компании").</summary>
        public (int Start, int End) SourceBefore(int i)
        {
            var last = SkipTimeWords(i - 1, -1);

            // "В Министерстве транспорта России агентству сообщили": whom it was told to stands before the verb and is no source.
            if (last > 0 && IsIn(last, Audience))
            {
                last = SkipTimeWords(last - 1, -1);
            }

            var start = last + 1;
            var j = last;
            while (j >= 0 && start - j <= MaxSourceWords)
            {
                if (QuotedNameEndingAt(j) is { } open)
                {
                    j = open - 1;
                    start = open;
                    continue;
                }

                // "В министерстве курортов, туризма и олимпийского наследия Краснодарского края на запрос …": a body's fields,
                // listed after its noun and closed by "и", are one name; the comma inside the list does not end the place.
                if (ListedField(j, last))
                {
                    j--;
                    continue;
                }

                // "В МВД по Республике Северная Осетия — Алания сообщили": a republic's name of two parts joined by a dash is one
                // name; the dash inside it does not end the place.
                if (RepublicsDash(j, last))
                {
                    j--;
                    continue;
                }

                if (!(_tokens[j].IsWord || _tokens[j].Kind == TokenKind.Hyphen) || IsIn(j, ClauseWords) || _tokens[j].InQuote)
                {
                    break;
                }

                start = j;
                j--;
            }

            // "В компании заявили", "Тогда в регуляторе заявили": the place opens after its preposition and an adverb of time before it;
            // "…, и заявили": a conjunction joins the verb to the clause before and names no one.
            var placed = false;
            while (start <= last && (IsIn(start, Prepositions) || Is(start, "и") || (IsIn(start, Adverbs) && IsIn(start + 1, Prepositions))))
            {
                placed |= Is(start, "в") || Is(start, "во");
                start++;
            }

            // "Эти обвинения в департаменте отвергли": the verb's object, opened by a demonstrative, may stand before the place
            // after "в", which is the source.
            if (!placed && IsIn(start, Demonstratives) && ObjectThenPlace(start + 1, last) is { } place)
            {
                start = place;
                placed = true;
            }

            // "В компании «Южный курортный холдинг», которой принадлежит санаторий, на запрос агентства не ответили": what was
            // asked of it is no source; the place stands before the relative clause that separates it from the request.
            if (!placed && start > 1 && Is(start - 1, "на") && IsRequest(start) && RelativeClauseOpening(start - 2) is { } relative)
            {
                return SourceBefore(relative);
            }

            // "В компании «Сибфармтрейд», выигравшей аукцион на поставку, обвинения в срыве контракта опровергли": the verb's
            // object, lower-case words after a relative or participial clause, is no source; the body after the "в" that opens
            // the sentence's clause before the clause is.
            if (!placed && start <= last && start > 1 && AllLower(start, last + 1) && RelativeClauseOpening(start - 1, participle: true) is { } clause
                && SourceBefore(clause) is var (bodyStart, bodyEnd) && bodyEnd > bodyStart && bodyStart > 0
                && (Is(bodyStart - 1, "в") || Is(bodyStart - 1, "во")) && (bodyStart < 2 || !_tokens[bodyStart - 2].IsWord))
            {
                return (bodyStart, bodyEnd);
            }

            // "В службе такси «Балт-Такси», куда перешли несколько водителей, от комментариев отказались": nothing but the relative
            // clause stands between the comment declined and the body that declined it, named before the clause.
            // A noun and a name in quotes set off by the commas ("Крупнейший заказчик «Уралсофта», банк «Исеть-Капитал», от
            // комментариев отказался") is no relative clause but the subject named again, which the verb's reader takes.
            if (start > last && Is(i, "от") && i + 1 < _tokens.Count && StartsWith(i + 1, "коммент") && RelativeClauseOpening(last) is { } setOff
                && !(QuotedNameEndingAt(last - 1) is { } apposedQuote && ApposedName(last, apposedQuote) is not null))
            {
                return SourceBefore(setOff);
            }

            // "В Росрыболовстве на запрос агентства … не ответили": a body named in one word, the place the verb was said in,
            // ends where a preposition after it opens what was asked; "по" goes on with a body's region ("в УМВД по
            // Ярославской области"), and a lower-case place may go on with its object ("В «Бастионе-Р» вину за опоздание").
            if (placed && start < last && IsCapitalised(start) && IsIn(start + 1, Prepositions) && !Is(start + 1, "по"))
            {
                last = start;
            }

            // "в мэрии на запрос агентства не ответили", "в Министерстве здравоохранения России на запрос агентства …": the
            // place, however long, ends where "на запрос" opens what was asked of it.
            for (var k = start + 1; placed && k < last; k++)
            {
                if (Is(k, "на") && IsRequest(k + 1))
                {
                    last = k - 1;
                    break;
                }
            }

            // "Один из подсудимых, 19-летний студент Кирилл Бабкин, вину признал": guilt alone after a comma is the verb's
            // object, and its subject is the person set off by the commas before it.
            if (!placed && start == last && start > 1 && IsIn(start, Guilt) && _tokens[start - 1].Kind == TokenKind.Comma
                && SourceBefore(start - 1) is var (apposedStart, apposedEnd) && apposedEnd > apposedStart
                && IsCapitalised(apposedEnd - 1) && IsCapitalised(apposedEnd - 2))
            {
                return (apposedStart, apposedEnd);
            }

            // "Дорохова вину не признала": guilt is what is admitted or denied, the verb's object, never part of its subject (a
            // place after "в" goes on with it, as below).
            // "В минсельхозе республики упрёки отвергли": reproaches, accusations and claims right after a lower-case place
            // after "в" are what is denied, the verb's object, and end the place (not after a demonstrative, "эти обвинения").
            for (var k = start + 1; k <= last; k++)
            {
                if ((!placed && IsIn(k, Guilt)) || (placed && IsIn(k, Reproaches) && LowerWord(k - 1) && !IsIn(k - 1, Demonstratives)))
                {
                    last = k - 1;
                    break;
                }
            }

            // "Компания своей вины не признаёт": "свой" refers back to the subject and opens the verb's object, so the source
            // ends before it; with no subject before it in the clause, the subject is the name set off by dashes before
            // ("Поставщик двигателей — нижегородская компания «Волгадизель» — своей вины в задержке не признаёт").
            for (var k = start; k <= last; k++)
            {
                if (!StartsWith(k, "сво") || !IsIn(k, Reflexives))
                {
                    continue;
                }

                if (k > start)
                {
                    last = k - 1;
                    break;
                }

                return k > 1 && _tokens[k - 1].Kind == TokenKind.Dash ? SourceBefore(k - 1) : (0, 0);
            }

            return start <= last ? (start, NameEnd(start, last) + 1) : (0, 0);
        }

        /// <summary>
        /// Whether the comma at <paramref name="comma"/> lists a body's fields: one to three lower-case words after it, up to
        /// <paramref name="last"/>, close the list with "и", and one to three lower-case words before it go back to a body's
        /// noun ("министерстве") after "в" or "во" that opens the clause.
        /// </summary>
        private bool ListedField(int comma, int last)
        {
            if (_tokens[comma].Kind != TokenKind.Comma)
            {
                return false;
            }

            var and = comma + 1;
            while (and < last && and - comma <= 3 && LowerWord(and) && !Is(and, "и") && !IsIn(and, ClauseWords) && !IsIn(and, Prepositions))
            {
                and++;
            }

            if (and == comma + 1 || and >= last || !Is(and, "и"))
            {
                return false;
            }

            for (var k = comma - 1; k >= 1 && comma - k <= 3 && LowerWord(k) && !IsIn(k, ClauseWords); k--)
            {
                if ((Is(k - 1, "в") || Is(k - 1, "во")) && (k < 2 || !_tokens[k - 2].IsWord) && k < comma - 1 && RussianCases.BodyHead(Word(k)) is not null)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// "Поставщик, компания «МедЛайн Трейд», обвинения", "сеть, «Степь-Ойл», на запрос агентства": the name in quotes, with
        /// the lower-case words before it or alone, set off by commas right before the one to three lower-case words from
        /// <paramref name="start"/> to <paramref name="end"/> (after "на" too), which are the verb's object; null otherwise.
        /// </summary>
        private (int Start, int End)? ObjectAfterApposedName(int start, int end)
        {
            var open = start > 0 && Is(start - 1, "на") ? start - 1 : start;

            // "«Тульский дом», на запрос агентства о ремонте крыш не ответила": a request after "на" runs on with what it was
            // about, prepositions and all.
            var request = open < start && IsRequest(start);
            if (open < 3 || _tokens[open - 1].Kind != TokenKind.Comma || (end - start > 3 && !request))
            {
                return null;
            }

            for (var k = start; k < end; k++)
            {
                if (!LowerWord(k) || (IsIn(k, Prepositions) && !request) || IsIn(k, ClauseWords))
                {
                    return null;
                }
            }

            // "Компания «Алтайавтотранс», которая обслуживает 11 маршрутов, нововведение поддержала": or after a relative clause
            // that follows a name in quotes, the name before the clause being the subject.
            if (QuotedNameEndingAt(open - 2) is not { } quoted)
            {
                return open == start && NamedBeforeRelativeClause(open - 1) is var (namedStart, namedEnd) ? (namedStart, namedEnd) : null;
            }

            return ApposedName(open - 1, quoted) ?? (quoted > 0 && _tokens[quoted - 1].Kind == TokenKind.Comma ? (quoted, open - 1) : null);
        }

        /// <summary>
        /// ", сервис «Ласточка»,": the noun and the name in quotes (opening at <paramref name="open"/>) between the comma at
        /// <paramref name="comma"/> and the one before it, a few lower-case words before the name; null otherwise.
        /// </summary>
        private (int Start, int End)? ApposedName(int comma, int open)
        {
            var k = open - 1;
            while (k > 0 && open - k <= 3 && LowerWord(k) && !IsIn(k, Prepositions) && !IsIn(k, ClauseWords))
            {
                k--;
            }

            return k < open - 1 && _tokens[k].Kind == TokenKind.Comma ? (k + 1, comma) : null;
        }

        /// <summary>
        /// "Компания «Алтайавтотранс», которая обслуживает 11 маршрутов,": the subject ending in a name in quotes before the
        /// relative clause opened by "котор…" and closed by the comma at <paramref name="comma"/>; null otherwise.
        /// </summary>
        private (int Start, int End)? NamedBeforeRelativeClause(int comma)
        {
            if (RelativeClauseOpening(comma) is not { } opening || !StartsWith(opening + 1, "котор") || QuotedNameEndingAt(opening - 1) is null)
            {
                return null;
            }

            var (start, end) = SourceBefore(opening);
            return end > start ? (start, end) : null;
        }

        /// <summary>
        /// The comma that opens the relative clause closed by the comma at <paramref name="comma"/> ("…, который работает
        /// на заводе 22 года,"), or the apposition after a name ("«Лазурный улов», одного из крупнейших добытчиков краба,"),
        /// when it holds no other boundary; null otherwise.
        /// </summary>
        private int? RelativeClauseOpening(int comma, bool participle = false)
        {
            if (comma < 0 || _tokens[comma].Kind != TokenKind.Comma)
            {
                return null;
            }

            for (var k = comma - 1; k > 0 && comma - k <= MaxSourceWords; k--)
            {
                // "которую в «Корзинке» назвали подрядчиком": a name in quotes inside the clause closes none of it.
                if (QuotedNameEndingAt(k) is { } quoted)
                {
                    k = quoted;
                    continue;
                }

                // "через который, по данным следствия, проходила часть ставок,": a source set off by commas inside the clause
                // closes none of it.
                if (SetOffSource(k) is { } opening)
                {
                    k = opening;
                    continue;
                }

                if (_tokens[k].IsBoundary)
                {
                    // "Пациенты больницы, с которыми побеседовал корреспондент, говорят": the relative word may follow its preposition;
                    // with <paramref name="participle"/>, "Потерпевшие, пришедшие на оглашение приговора,": a participle sets off the same.
                    // "Администрация района, где находится посёлок," opens one by "где", "куда" or "откуда" as by "который".
                    var relative = StartsWith(k + 1, "котор") || IsIn(k + 1, PlaceRelatives)
                        || (IsIn(k + 1, Prepositions) && k + 2 < comma && StartsWith(k + 2, "котор"))
                        || (participle && LowerWord(k + 1) && RussianForms.EndsAfterRoot(_text, _tokens[k + 1], ParticipleEndings, minRoot: 3));
                    return _tokens[k].Kind == TokenKind.Comma && k > 0 && (relative || EndsName(k - 1)) ? k : null;
                }
            }

            return null;
        }

        /// <summary>
        /// ", по данным следствия,": the comma that opens a source after "по" set off by commas, the one at <paramref name="comma"/>
        /// closing it; null otherwise.
        /// </summary>
        private int? SetOffSource(int comma)
        {
            if (_tokens[comma].Kind != TokenKind.Comma)
            {
                return null;
            }

            for (var k = comma - 1; k > 2 && comma - k <= MaxSourceWords && (_tokens[k].IsWord || _tokens[k].Kind == TokenKind.Comma); k--)
            {
                if (_tokens[k].Kind == TokenKind.Comma)
                {
                    return Is(k + 1, "по") && IsIn(k + 2, AccordingNouns) && k + 3 < comma ? k : null;
                }
            }

            return null;
        }

        /// <summary>
        /// "Олег Мельников вину не признал": the last token of a source that ends in a person's name (two capitalised
        /// words), before the lower-case words of the verb's object; <paramref name="last"/> when none ends it
        /// ("пресс-служба прокуратуры Новосибирской области", one capitalised word, goes on to the verb).
        /// </summary>
        private int NameEnd(int start, int last)
        {
            for (var k = last; k > start; k--)
            {
                if (!_tokens[k].IsWord || !char.IsLower(_text[_tokens[k].Start]))
                {
                    return k < last && IsCapitalised(k) && IsCapitalised(k - 1) ? k : last;
                }
            }

            return last;
        }

        /// <summary>Whether the token at <paramref name="i"/> ends a name: a capitalised word or the closing mark of a name in quotes.</summary>
        private bool EndsName(int i) => IsCapitalised(i) || QuotedNameEndingAt(i) is not null;

        private bool IsCapitalised(int i) => i >= 0 && i < _tokens.Count && _tokens[i].IsWord && char.IsUpper(_text[_tokens[i].Start]);

        /// <summary>
        /// "— заявил в суде государственный обвинитель …": where it was said, one lower-case word after "в" or "на", with the
        /// source after it.
        /// </summary>
        private bool PlaceBefore(int from) =>
            (Is(from, "в") || Is(from, "во") || Is(from, "на"))
                && from + 2 < _tokens.Count
                && _tokens[from + 1].IsWord
                && char.IsLower(_text[_tokens[from + 1].Start])
                && !IsIn(from + 1, Sites)
                && _tokens[from + 2].IsWord
                && !IsIn(from + 2, Prepositions)
                && !IsIn(from + 2, ClauseWords);

        /// <summary>"в министерстве было заявлено": the words after "в" before the passive, or nothing when no "в" opens them.</summary>
        private (int Start, int End) PassiveSource(int i)
        {
            var last = i - 1;
            while (IsIn(last, Auxiliaries) || IsIn(last, Adverbs))
            {
                last--;
            }

            // "в пресс-службе компании было заявлено": a hyphenated word counts once, and the body may be named in quotes; a
            // longer place is a body's name when a party's noun opens it ("в министерстве природных ресурсов и экологии
            // Калужской области было заявлено"), not "в ходе заседания комиссии по делам молодёжи".
            for (var (j, words) = (last, 0); j >= 0 && words <= MaxSourceWords; j--)
            {
                if (Is(j, "в") || Is(j, "во"))
                {
                    return j < last && (words <= NameGap || PartyWords.NamesAParty(Word(j + 1))) ? (j + 1, last + 1) : (0, 0);
                }

                if (_tokens[j].Kind is TokenKind.Hyphen or TokenKind.Quote)
                {
                    continue;
                }

                if (!_tokens[j].IsWord || IsIn(j, ClauseWords))
                {
                    break;
                }

                words += j > 0 && _tokens[j - 1].Kind == TokenKind.Hyphen ? 0 : 1;
            }

            return (0, 0);
        }

        /// <summary>
        /// A noun phrase from <paramref name="from"/>: up to a boundary, a preposition or "что", or the first lower-case word after
        /// a name; <paramref name="accordingTo"/> when it follows "по данным", "по словам".
        /// </summary>
        private (int Start, int End) SourceAfter(int from, bool accordingTo = false)
        {
            var end = from;
            var named = false;
            var limit = MaxSourceWordsAfter;
            while (end < _tokens.Count && end - from < limit)
            {
                if (QuotedNameStartingAt(end) is { } close)
                {
                    // "«Ленская паромная линия»", "«Право на образование»": a name in quotes counts as one word of the source.
                    limit += close - end;
                    end = close + 1;
                    named = true;
                    continue;
                }

                // "в управлении МВД России по Ярославской области": a body's office runs to the region it serves.
                if (named && Is(end, "по") && RegionEnd(end + 1) is { } regionEnd)
                {
                    end = regionEnd;
                    continue;
                }

                // "прокуратуры Новосибирской области": a region's noun after its capitalised adjective ends the name.
                if (named && IsIn(end, RussianCueLexicon.RegionGenitives) && end > from && IsCapitalised(end - 1))
                {
                    end++;
                    continue;
                }

                // "заместитель главы Красноярска по транспорту и строительству Олег Мартынов": after a title and the place it is
                // of, "по" opens the title's portfolio, which runs to its holder's name (not "министр Петров по телефону").
                if (named && Is(end, "по") && end - 2 > from && LowerWord(end - 2) && PartyWords.IsTitle(Word(from)) && HolderAfter(end + 1) is { } holder)
                {
                    limit += holder - end;
                    end = holder;
                    continue;
                }

                // "По оценке эксперта по безопасности подъёмных сооружений Глеба Тарасова": a title in any case, then "по" and
                // its field of a few lower-case words, runs to its holder's name.
                if (end == from + 1 && LowerWord(from) && PartyWords.IsTitleInAnyCase(Word(from)) && Is(end, "по") && HolderAfter(end + 1) is { } expert)
                {
                    limit += expert - end;
                    end = expert;
                    continue;
                }

                // "По оценке зоолога Института проблем экологии и эволюции РАН Дмитрия Ковалёва": after "по оценке", "по словам", a
                // title or a scholar's noun in the genitive, then the capitalised body it is of, runs through the body's name ("и"
                // and all) to the holder's name that ends the clause.
                if (accordingTo && end == from + 1 && Scholar(from)
                    && IsCapitalised(end) && HolderEndingTheClause(end) is { } holderEnd)
                {
                    end = holderEnd;
                    break;
                }

                // "рассказала агентству мать одного из пострадавших мальчиков Елена Шевцова": a lower-case noun of kin or trade, then
                // "одного из", "одной из" and those it is one of, describes the person whose name follows; it is no name itself.
                if (end == from + 2 && LowerWord(from) && IsIn(from + 1, OneOfGenitive) && Is(end, "из") && HolderAfter(end + 1) is { } kin)
                {
                    limit += kin - end;
                    end = kin;
                    continue;
                }

                // "рассказала одна из авторов обращения Дарья Никитина": one of those named after "из", then the person's name.
                // "сообщил один из организаторов акции, владелец трёх пунктов Денис Шутов": or those, then his title set off by a comma.
                if (end == from + 1 && IsIn(from, OneOf) && Is(end, "из") && (HolderAfter(end + 1) ?? HolderAfterApposedTitle(end + 1)) is { } one)
                {
                    limit += one - end;
                    end = one;
                    continue;
                }

                // "рассказала агентству отдыхающая из Тамбова Наталья Руденко": a person described by a noun and the place she is
                // from, then her name, is the person her name names; so with her age before the noun ("58-летняя пациентка из …").
                if (((end == from + 1 && LowerWord(from)) || AgedNoun(from, end)) && Is(end, "из") && IsCapitalised(end + 1) && IsCapitalised(end + 2)
                    && IsCapitalised(end + 3) && !IsCapitalised(end + 4))
                {
                    from = end + 2;
                    end = from;
                    continue;
                }

                // "рассказала агентству хозяйка гостевого дома в Листвянке Валентина Сурикова", "фермер из Рыльского района Николай
                // Бурцев": a person described by a few lower-case words and the place where she lives or works (after "из", "в" or
                // "на", a capitalised word first), then her name ending the clause, is the person her name names.
                if (!accordingTo && end > from && end - from <= NameGap && AllLower(from, end)
                    && (Is(end, "из") || Is(end, "в") || Is(end, "на")) && NameAfterPlace(end + 1) is { } person)
                {
                    from = person;
                    end = person + 2;
                    break;
                }

                // "сказала агентству ученица вечерней школы № 5 Дарья Мезенцева": a person described by a few lower-case words and
                // the number of the school or body she is of, then her name ending the clause, is the person her name names.
                if (!accordingTo && end > from && end - from <= NameGap && AllLower(from, end) && NumberSignThenNumber(end)
                    && end + 3 < _tokens.Count && IsCapitalised(end + 2) && IsCapitalised(end + 3) && (end + 4 >= _tokens.Count || !_tokens[end + 4].IsWord))
                {
                    from = end + 2;
                    end = from + 2;
                    break;
                }

                // "сообщили в компании по информационной безопасности «Периметр»": a company's noun, then "по" and its field in
                // a few lower-case words, runs to the name in quotes that ends it.
                if (end == from + 1 && LowerWord(from) && Is(end, "по") && FieldThenName(end + 1) is { } fieldName)
                {
                    end = fieldName + 1;
                    break;
                }

                // "в региональной ассоциации родителей детей с диабетом «Сладкое детство»": a body described by a few lower-case
                // words, then a preposition and up to three more, runs to the name in quotes that ends the clause.
                if (end > from && end - from <= NameGap + 1 && AllLower(from, end) && IsIn(end, Prepositions) && !Is(end, "по")
                    && FieldThenName(end + 1) is { } describedName && (describedName + 1 >= _tokens.Count || _tokens[describedName + 1].IsBoundary))
                {
                    end = describedName + 1;
                    break;
                }

                // "сообщил комитет по транспорту администрации города": a body's noun, then "по" and what it deals with, in
                // lower case to the clause's edge.
                if (end == from + 1 && IsIn(from, PortfolioBodies) && LowerWord(from) && Is(end, "по") && PortfolioEnd(end + 1) is { } portfolio)
                {
                    end = portfolio;
                    break;
                }

                // "По данным Среднесибирского управления по гидрометеорологии и мониторингу окружающей среды": a body named by a
                // place's adjective and its noun, then "по" and its portfolio in lower case to the clause's edge (read so after
                // "по данным" only).
                if (accordingTo && end == from + 1 && IsCapitalised(from) && PlaceAdjective.IsMatch(Word(from).ToLowerInvariant())
                    && IsIn(end, PortfolioBodies) && LowerWord(end)
                    && Is(end + 1, "по") && PortfolioEnd(end + 2) is { } bodysPortfolio)
                {
                    end = bodysPortfolio;
                    break;
                }

                // "сообщила Байкальская межрегиональная природоохранная прокуратура": a body named by a capitalised adjective, then
                // lower-case adjectives and the body's noun that close the clause, runs to that noun.
                if (named && end == from + 1 && IsCapitalised(from) && IsAdjective(from)
                    && BodysNounClosing(end) is { } bodyEnd)
                {
                    end = bodyEnd;
                    break;
                }

                // "в пресс-службе Краснодарского краевого суда": after a capitalised adjective of the name in another case, lower-case
                // adjectives and the body's noun that close the clause run to that noun; "в Территориальном фонде обязательного
                // медицинского страхования Тюменской области": the body's noun right after it runs on through lower-case words
                // to the capitalised word that ends the name.
                if (named && end > from && IsCapitalised(end - 1) && IsObliqueAdjective(end - 1) && LowerWord(end))
                {
                    if (PartyWords.NamesAParty(Word(end)) && (end + 1 >= _tokens.Count || !_tokens[end + 1].IsWord))
                    {
                        end++;
                        break;
                    }

                    if (BodysNounClosing(end) is { } closing)
                    {
                        end = closing;
                        break;
                    }

                    if (PartyWords.NamesAParty(Word(end)) && CapitalAfterLowerWords(end + 1, NameGap + 2) is { } capital)
                    {
                        end = capital;
                        continue;
                    }
                }

                // "По данным Союза производителей продуктов питания Ульяновской области": a body's capitalised noun, then up to five
                // lower-case words and the region that ends its name.
                if (end == from + 1 && IsCapitalised(from) && PartyWords.NamesAParty(Word(from)) && !PartyWords.IsTitleInAnyCase(Word(from))
                    && LowerWord(end) && CapitalAfterLowerWords(end, NameGap + 2) is { } region && IsIn(region + 1, RussianCueLexicon.RegionGenitives))
                {
                    end = region;
                    continue;
                }

                // "рассказал агентству пациент центра, 56-летний житель Северодвинска Виктор Ершов": what the person is in a few
                // lower-case words, then set off by a comma who he is (his age first, maybe) and his name ending the clause, is
                // the person his name names.
                if (!accordingTo && end > from && end - from <= NameGap && AllLower(from, end) && _tokens[end].Kind == TokenKind.Comma
                    && NameAfterApposedNoun(end + 1) is { } described)
                {
                    from = described;
                    end = described + 2;
                    break;
                }

                // "рассказала она агентству": whom it was told to ends the source after the verb.
                if (end > from && IsIn(end, Audience))
                {
                    break;
                }

                var token = _tokens[end];
                // "директор предприятия по экологии Константин Рябов", "начальник отдела … центра по гидрометеорологии
                // Наталья Цыренова": "по" inside a title, before the name it ends in — not after a name ("Петров по телефону").
                var inTitle = Is(end, "по") && (!named || LowerWord(end - 1)) && NameGoesOn(end + 1);
                if (!(token.IsWord || token.Kind == TokenKind.Hyphen) || (IsIn(end, Prepositions) && !inTitle) || IsIn(end, ClauseWords)
                    || (named && !inTitle && token.IsWord && char.IsLower(_text[token.Start]) && _tokens[end - 1].Kind != TokenKind.Hyphen
                        && !NameGoesOn(end)))
                {
                    break;
                }

                // The "по" of a title is no word of the name's count.
                limit += inTitle ? 1 : 0;
                named |= token.IsWord && char.IsUpper(_text[token.Start]);
                end++;
            }

            return (from, end);
        }

        /// <summary>
        /// "транспорту администрации города": the index after the lower-case words of a body's portfolio that run to the clause's
        /// edge; null when another word, a preposition or a capital comes first, or the portfolio is "по итогам проверки".
        /// </summary>
        private int? PortfolioEnd(int from)
        {
            if (IsIn(from, NoPortfolio))
            {
                return null;
            }

            var k = from;
            while (k < _tokens.Count && k - from < MaxSourceWordsAfter && LowerWord(k) && !IsIn(k, Prepositions) && !IsIn(k, ClauseWords))
            {
                k++;
            }

            return k > from && (k == _tokens.Count || _tokens[k].IsBoundary) ? k : null;
        }

        /// <summary>
        /// "Ассоциация рыбопромышленников Севера", "Министерство иностранных дел России": lower-case words inside a name,
        /// up to the capitalised word that ends it, not "министр Ерлан Сатпаев журналистам в Астане".
        /// </summary>
        private bool NameGoesOn(int from)
        {
            for (var (k, words) = (from, 0); k < _tokens.Count && words < NameGap; k++)
            {
                // "центра по гидрометеорологии Наталья": "по" after a lower-case word of the name goes on with it.
                var titlePo = k > from && Is(k, "по") && LowerWord(k - 1);
                if (!_tokens[k].IsWord || (IsIn(k, Prepositions) && !titlePo) || IsIn(k, ClauseWords))
                {
                    return false;
                }

                if (char.IsUpper(_text[_tokens[k].Start]))
                {
                    return true;
                }

                words += titlePo ? 0 : 1;
            }

            return false;
        }

        /// <summary>"58-летняя пациентка": an age in years and a lower-case noun, the tokens from <paramref name="from"/> to <paramref name="end"/>.</summary>
        private bool AgedNoun(int from, int end) => end == from + 4 && AgeAt(from) && LowerWord(from + 3);

        /// <summary>"58-летняя", "23-летний": an age in years, its three tokens from <paramref name="from"/>.</summary>
        private bool AgeAt(int from) =>
            from >= 0 && from + 2 < _tokens.Count && _tokens[from].IsWord && char.IsDigit(Word(from)[0]) && char.IsDigit(Word(from)[Word(from).Length - 1])
            && _tokens[from + 1].Kind == TokenKind.Hyphen && LowerWord(from + 2) && Word(from + 2).StartsWith("летн", System.StringComparison.Ordinal);

        private string Word(int i) => i >= 0 && i < _tokens.Count ? _text.Substring(_tokens[i].Start, _tokens[i].End - _tokens[i].Start) : string.Empty;

        /// <summary>
        /// "56-летний житель Северодвинска Виктор Ершов", "пенсионер Виктор Ершов": the first of the two capitalised words of a
        /// person's name that end the clause after a lower-case noun (the age before it, maybe) and the place it is of; null
        /// otherwise ("который …", "Иван Петров" with no noun before it).
        /// </summary>
        private int? NameAfterApposedNoun(int from)
        {
            // "23-летний Денис Рахимов": the age alone before the name ending the clause.
            if (AgedName(from) is { } aged)
            {
                return aged;
            }

            var noun = AgedNoun(from, from + 4) ? from + 3 : from;
            if (!LowerWord(noun) || IsIn(noun, Prepositions) || IsIn(noun, ClauseWords))
            {
                return null;
            }

            if (IsCapitalised(noun + 1) && NameAfterPlace(noun + 1) is { } afterPlace)
            {
                return afterPlace;
            }

            // "заслуженный артист России Юрий Лапин": the country or place the title is of, capitalised, then the name ending the
            // clause (not a patronymic, "Иван Петрович Сидоров").
            if (HolderAfter(noun) is { } placed && placed + 3 < _tokens.Count && IsCapitalised(placed + 2) && !_tokens[placed + 3].IsWord
                && PersonsName(placed + 1) && !RussianCases.IsPatronymic(Word(placed + 1)))
            {
                return placed + 1;
            }

            return HolderAfter(noun) is { } name && (name + 2 >= _tokens.Count || !_tokens[name + 2].IsWord) ? name : null;
        }

        /// <summary>"23-летний Денис Рахимов": the first of the two capitalised words of the name ending the clause after the age.</summary>
        private int? AgedName(int from) =>
            from + 4 < _tokens.Count && AgeAt(from) && PersonsName(from + 3) && (from + 5 >= _tokens.Count || !_tokens[from + 5].IsWord)
                ? from + 3
                : null;

        /// <summary>Whether the words at <paramref name="i"/> and after it are two Cyrillic words capitalised as a person's name.</summary>
        private bool PersonsName(int i) =>
            IsCapitalised(i) && IsCapitalised(i + 1) && RussianCases.IsCyrillic(Word(i)[0]) && LowerAfterFirst(Word(i)) && LowerAfterFirst(Word(i + 1));

        /// <summary>
        /// "транспорту и строительству Олег Мартынов": the first of the two capitalised words of a person's name after a
        /// title's portfolio of a few lower-case words; null when no name ends it ("телефону", "вопросам Красноярска").
        /// </summary>
        private int? HolderAfter(int from)
        {
            for (var k = from; k < _tokens.Count && k - from <= NameGap + 1; k++)
            {
                if (IsCapitalised(k))
                {
                    return k > from && IsCapitalised(k + 1) ? k : null;
                }

                if (!LowerWord(k) || (IsIn(k, Prepositions) && !Is(k, "по")) || IsIn(k, ClauseWords))
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>The dash at <paramref name="j"/> inside a republic's name of two capitalised parts ("Республике Северная Осетия — Алания").</summary>
        private bool RepublicsDash(int j, int last) =>
            j >= 2 && j < last && _tokens[j].Kind == TokenKind.Dash && IsCapitalised(j - 1) && IsCapitalised(j + 1)
                && (StartsWith(j - 2, "Республик") || (j >= 3 && StartsWith(j - 3, "Республик")));

        /// <summary>"№ 5": a number sign at <paramref name="i"/>, then a number.</summary>
        private bool NumberSignThenNumber(int i) =>
            i + 1 < _tokens.Count && _text[_tokens[i].Start] == '№' && _tokens[i].End - _tokens[i].Start == 1 && char.IsDigit(_text[_tokens[i + 1].Start]);

        /// <summary>"зоолога", "экономиста": a scholar's noun in "-олог" or a trade's in "-ист" in the genitive (not "монолога").</summary>
        private bool Scholar(int i) =>
            LowerWord(i) && ((Word(i).EndsWith("олога", System.StringComparison.Ordinal) && RussianCueLexicon.IsScholarNoun(Word(i)))
                || (Word(i).EndsWith("иста", System.StringComparison.Ordinal) && RussianCueLexicon.IsTradeNoun(Word(i))));

        /// <summary>
        /// "Института проблем экологии и эволюции РАН Дмитрия Ковалёва,": the index of the comma or end that closes a body's name
        /// of words only (from a capitalised one) and the two capitalised words of its holder's name after a capitalised word
        /// that ends the body's name; null otherwise.
        /// </summary>
        private int? HolderEndingTheClause(int from)
        {
            for (var k = from; k < _tokens.Count && k - from <= MaxSourceWordsAfter + 2; k++)
            {
                if (_tokens[k].IsWord && !IsIn(k, Prepositions))
                {
                    continue;
                }

                return _tokens[k].Kind == TokenKind.Comma && k - 3 > from && IsCapitalised(k - 1) && IsCapitalised(k - 2) && IsCapitalised(k - 3)
                    && RussianCases.IsCyrillic(Word(k - 2)[0]) && LowerAfterFirst(Word(k - 2)) && LowerAfterFirst(Word(k - 1))
                    ? k
                    : null;
            }

            return null;
        }

        /// <summary>Whether every letter of <paramref name="word"/> after its first is lower-case ("Ковалёва", not "РАН").</summary>
        private static bool LowerAfterFirst(string word)
        {
            for (var k = 1; k < word.Length; k++)
            {
                if (!char.IsLower(word[k]))
                {
                    return false;
                }
            }

            return word.Length > 1;
        }

        /// <summary>
        /// "обвинения в департаменте": the first word of the place after "в" that ends the source at <paramref name="last"/>, after
        /// up to two lower-case words of the verb's object; null for other words ("эти люди из Москвы").
        /// </summary>
        private int? ObjectThenPlace(int from, int last)
        {
            for (var k = from; k <= from + 2 && k < last; k++)
            {
                if (Is(k, "в") || Is(k, "во"))
                {
                    return LowerWord(k + 1) ? k + 1 : null;
                }

                if (!LowerWord(k) || IsIn(k, Prepositions))
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>
        /// "организаторов акции, владелец трёх пунктов Денис Шутов": the first of the two capitalised words of a person's name
        /// after a few lower-case words, a comma and what the person is in lower case (<see cref="HolderAfter"/>); null when no
        /// comma follows those words or no name ends what follows it ("организаторов акции, которые …").
        /// </summary>
        private int? HolderAfterApposedTitle(int from)
        {
            for (var k = from; k < _tokens.Count && k - from <= NameGap; k++)
            {
                if (_tokens[k].Kind == TokenKind.Comma)
                {
                    return k > from && LowerWord(k + 1) ? HolderAfter(k + 1) : null;
                }

                if (!LowerWord(k) || IsIn(k, Prepositions) || IsIn(k, ClauseWords))
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>
        /// "Листвянке Валентина Сурикова", "Волжской набережной Олег Сидорин": the first of the two capitalised words of a person's
        /// name that end the clause after a place of one to three words, its first capitalised or a street's noun ("проспекте
        /// Мира Тимофей Кравченко"); null for anything else.
        /// </summary>
        private int? NameAfterPlace(int from)
        {
            // "фельдшер из села Чаваньга Николай Ершов": a settlement's noun, in lower case before its name, as a street's.
            if ((!IsCapitalised(from) && !IsIn(from, StreetNouns) && !IsIn(from, SettlementNouns)) || IsIn(from, Prepositions))
            {
                return null;
            }

            // "рыбак из села Ильинка Камызякского района Владимир Сухов": the settlement's name may go on with its district's,
            // region's or territory's in the genitive, an adjective and its noun.
            var reach = from + NameGap;
            if (IsIn(from, SettlementNouns) && IsCapitalised(from + 1) && IsCapitalised(from + 2) && IsIn(from + 3, DistrictNouns))
            {
                reach += 2;
            }

            for (var k = from + 1; k <= reach && k + 1 < _tokens.Count; k++)
            {
                if (!_tokens[k].IsWord || IsIn(k, Prepositions) || IsIn(k, ClauseWords))
                {
                    return null;
                }

                // "в посёлке Валентина Сурикова": a settlement's noun needs its name before the person's.
                if (IsCapitalised(k) && IsCapitalised(k + 1) && (k + 2 >= _tokens.Count || !_tokens[k + 2].IsWord))
                {
                    return (k + 2 >= _tokens.Count || _tokens[k + 2].Kind != TokenKind.Hyphen) && (k > from + 1 || !IsIn(from, SettlementNouns)) ? k : null;
                }
            }

            return null;
        }

        /// <summary>
        /// ", автономная некоммерческая организация «Ярославская филармоническая инициатива»." at the comma <paramref name="comma"/>:
        /// one to three lower-case words and a name in quotes that close the sentence; null for anything else.
        /// </summary>
        private (int Start, int End)? ApposedNameAfter(int comma)
        {
            if (comma >= _tokens.Count || _tokens[comma].Kind != TokenKind.Comma)
            {
                return null;
            }

            for (var k = comma + 1; k <= comma + 1 + NameGap && k < _tokens.Count; k++)
            {
                if (QuotedNameStartingAt(k) is { } close)
                {
                    return k > comma + 1 && (close + 1 >= _tokens.Count || !_tokens[close + 1].IsWord && _tokens[close + 1].Kind != TokenKind.Comma)
                        ? (comma + 1, close + 1)
                        : null;
                }

                if (!LowerWord(k) || IsIn(k, Prepositions) || IsIn(k, ClauseWords))
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>"проспекте Мира", "улице Ленина": the nouns of a street, in lower case before its name, after "на".</summary>
        private static readonly WordSet StreetNouns = new("улице", "проспекте", "площади", "переулке", "бульваре", "шоссе", "набережной");

        /// <summary>"Камызякского района", "Омской области": the nouns, in the genitive, of what a settlement lies in.</summary>
        private static readonly WordSet DistrictNouns = new("района", "области", "края", "округа");

        /// <summary>"села Чаваньга", "в посёлке Лесном": the nouns of a settlement, in lower case before its name, after "из" or "в".</summary>
        private static readonly WordSet SettlementNouns = new(
            "села", "селе", "деревни", "деревне", "посёлка", "поселка", "посёлке", "поселке", "станицы", "станице", "хутора", "хуторе");

        /// <summary>The nominative endings of an adjective: "Байкальская", "Иркутский", "Областное".</summary>
        private static readonly string[] AdjectiveEndings = { "ая", "ый", "ий", "ой", "ое", "ые", "ие" };

        /// <summary>The endings of an adjective in another case than the nominative: "Краснодарского", "Территориальном".</summary>
        private static readonly string[] ObliqueAdjectiveEndings = { "ого", "его", "ому", "ему", "ом", "ем", "ой", "ей", "ых", "их" };

        private bool IsObliqueAdjective(int i)
        {
            var word = Word(i);
            return System.Array.Exists(ObliqueAdjectiveEndings, e => word.EndsWith(e, System.StringComparison.Ordinal));
        }

        /// <summary>
        /// "обязательного медицинского страхования Тюменской": the index of the capitalised word after one to
        /// <paramref name="most"/> lower-case words from <paramref name="from"/>, no preposition or clause word among them; null otherwise.
        /// </summary>
        private int? CapitalAfterLowerWords(int from, int most)
        {
            for (var k = from; k < _tokens.Count && k - from <= most; k++)
            {
                if (IsCapitalised(k))
                {
                    return k > from ? k : null;
                }

                if (!LowerWord(k) || IsIn(k, Prepositions) || IsIn(k, ClauseWords))
                {
                    return null;
                }
            }

            return null;
        }

        private bool IsAdjective(int i)
        {
            var word = Word(i);
            return System.Array.Exists(AdjectiveEndings, e => word.EndsWith(e, System.StringComparison.Ordinal));
        }

        /// <summary>
        /// "межрегиональная природоохранная прокуратура.": the index after one to three lower-case words from
        /// <paramref name="from"/>, the last a body's noun that closes the clause; null for anything else.
        /// </summary>
        private int? BodysNounClosing(int from)
        {
            for (var k = from; k < _tokens.Count && k < from + NameGap; k++)
            {
                if (!LowerWord(k) || IsIn(k, Prepositions) || IsIn(k, ClauseWords))
                {
                    return null;
                }

                if (k > from && PartyWords.NamesAParty(Word(k)) && (k + 1 >= _tokens.Count || !_tokens[k + 1].IsWord))
                {
                    return k + 1;
                }
            }

            return null;
        }

        /// <summary>Whether the tokens from <paramref name="from"/> to <paramref name="end"/> are all words in lower case.</summary>
        private bool AllLower(int from, int end)
        {
            for (var k = from; k < end; k++)
            {
                if (!LowerWord(k))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether the token at <paramref name="i"/> is a word in lower case.</summary>
        private bool LowerWord(int i) => i >= 0 && i < _tokens.Count && _tokens[i].IsWord && char.IsLower(_text[_tokens[i].Start]);

        /// <summary>
        /// "Ярославской области", "Пермскому краю", "Республике Коми": a region after "по", in the dative; the index after
        /// it, or null for anything else ("по телефону").
        /// </summary>
        private int? RegionEnd(int from)
        {
            if (from + 1 >= _tokens.Count || !IsCapitalised(from) || !_tokens[from + 1].IsWord)
            {
                return null;
            }

            if (IsIn(from + 1, RegionNouns))
            {
                return from + 2;
            }

            return Is(from, "Республике") && IsCapitalised(from + 1) ? from + 2 : null;
        }

        /// <summary>«Казинформ», «Газэкспорт-Юг»: a quote of a name (up to three words) read as part of a source; the index of its opening mark.</summary>
        private int? QuotedNameEndingAt(int j)
        {
            if (j < 0 || _tokens[j].Kind != TokenKind.Quote)
            {
                return null;
            }

            for (var k = j - 1; k >= 0 && k >= j - 6; k--)
            {
                if (_tokens[k].Kind == TokenKind.Quote)
                {
                    return k < j - 1 && k + 1 < _tokens.Count && char.IsUpper(_text[_tokens[k + 1].Start]) ? k : null;
                }

                if (!(_tokens[k].IsWord || _tokens[k].Kind == TokenKind.Hyphen))
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>
        /// "информационной безопасности «Периметр»": up to three lower-case words, then a name in quotes; the index of the
        /// quote that closes it, else null.
        /// </summary>
        private int? FieldThenName(int from)
        {
            var k = from;
            while (k < _tokens.Count && k - from < 3 && LowerWord(k) && !IsIn(k, Prepositions) && !IsIn(k, ClauseWords))
            {
                k++;
            }

            return k > from ? QuotedNameStartingAt(k) : null;
        }

        private int? QuotedNameStartingAt(int j)
        {
            if (j >= _tokens.Count || _tokens[j].Kind != TokenKind.Quote || j + 1 >= _tokens.Count || !char.IsUpper(_text[_tokens[j + 1].Start]))
            {
                return null;
            }

            for (var k = j + 1; k < _tokens.Count && k <= j + 6; k++)
            {
                if (_tokens[k].Kind == TokenKind.Quote)
                {
                    return k > j + 1 ? k : null;
                }

                if (!(_tokens[k].IsWord || _tokens[k].Kind == TokenKind.Hyphen))
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>
        /// The first token from <paramref name="i"/>, going by <paramref name="step"/> (-1 back, 1 forward), that is not
        /// an adverb or "в четверг": "Лаптев в среду заявил", "сообщила в среду Ассоциация". -1 when none is left before.
        /// </summary>
        private int SkipTimeWords(int i, int step)
        {
            while (i >= 0 && i < _tokens.Count)
            {
                // "пока не ответили": "пока" before "не" is "not yet", no clause's opening.
                if (IsIn(i, Adverbs) || (Is(i, "пока") && Is(i + 1, "не")))
                {
                    i += step;
                }
                else if (IsWeekdayPhrase(step > 0 ? i : i - 1))
                {
                    i += 2 * step;
                }
                else
                {
                    break;
                }
            }

            return i;
        }

        /// <summary>"в среду", "во вторник" starting at <paramref name="at"/>.</summary>
        private bool IsWeekdayPhrase(int at) => at >= 0 && (Is(at, "в") || Is(at, "во")) && IsIn(at + 1, Weekdays);

        /// <summary>"сообщили", "заявили", "отказались": a past plural, whose subject may be the body named after it.</summary>
        private bool IsPlural(int i) =>
            _tokens[i].End - _tokens[i].Start > 3
                && (string.CompareOrdinal(_text, _tokens[i].End - 2, "ли", 0, 2) == 0 || string.CompareOrdinal(_text, _tokens[i].End - 4, "лись", 0, 4) == 0);

        /// <summary>
        /// "региональное движение «Родительский контроль»." after the verb at <paramref name="i"/>: a body's noun in the
        /// nominative and up to two adjectives in the nominative before it, then its name in quotes closing the sentence, with
        /// no punctuation between the verb and it; null otherwise.
        /// </summary>
        private (int Start, int End)? BodyClosingTheSentence(int i)
        {
            var stop = i + 1;
            while (stop < _tokens.Count && _tokens[stop].Kind != TokenKind.Stop)
            {
                stop++;
            }

            if (QuotedNameEndingAt(stop - 1) is not { } open || open <= i + 2 || !LowerWord(open - 1)
                || RussianCases.BodyHead(Word(open - 1)) is not { } head || !string.Equals(head.Nominative, Word(open - 1), System.StringComparison.Ordinal))
            {
                return null;
            }

            var start = open - 1;
            while (start - 1 > i && open - start <= 2 && LowerWord(start - 1) && NominativeAdjective(Word(start - 1)))
            {
                start--;
            }

            for (var k = i + 1; k < start; k++)
            {
                if (!_tokens[k].IsWord)
                {
                    return null;
                }
            }

            return (start, stop);
        }

        /// <summary>"региональное", "общественный", "новая": an adjective's ending in the nominative.</summary>
        private static bool NominativeAdjective(string word) =>
            word.Length > 4 && (word.EndsWith("ое", System.StringComparison.Ordinal) || word.EndsWith("ый", System.StringComparison.Ordinal)
                || word.EndsWith("ий", System.StringComparison.Ordinal) || word.EndsWith("ая", System.StringComparison.Ordinal)
                || word.EndsWith("ые", System.StringComparison.Ordinal));

        /// <summary>
        /// "В Астрахани осудили браконьеров", "Бывшего директора … осудили": the plural verb at <paramref name="i"/> with people
        /// as its object (in the accusative, which for people is the genitive: "браконьеров", "бывшего директора") and no
        /// subject, only a town (of one or two capitalised words) after "в" or those people put first.
        /// </summary>
        private bool Convicted(int i, int sourceStart, int sourceEnd)
        {
            if (sourceEnd > sourceStart && PersonsAccusative(sourceStart))
            {
                return true;
            }

            // "В Нижнем Новгороде осудили организаторов …": a town's name may be two capitalised words.
            var town = (sourceEnd == sourceStart + 1 || sourceEnd == sourceStart + 2) && (Is(sourceStart - 1, "в") || Is(sourceStart - 1, "во"))
                && IsCapitalised(sourceStart) && RussianCases.BodyHead(Word(sourceStart)) is null
                && IsCapitalised(sourceEnd - 1) && RussianCases.BodyHead(Word(sourceEnd - 1)) is null;
            // "В Казани сотрудников коллекторского агентства осудили за поджог": people in the accusative put first after the town.
            var first = town || (sourceEnd > sourceStart + 1 && (Is(sourceStart - 1, "в") || Is(sourceStart - 1, "во")) && IsCapitalised(sourceStart)
                && RussianCases.BodyHead(Word(sourceStart)) is null) ? sourceStart + 1 : sourceStart;
            if (sourceEnd > first + 1 && PeopleAccusative(first))
            {
                return true;
            }

            // "В Калининграде осудили группу, вывозившую янтарь-сырец": one in the accusative, told by a past participle of a deed.
            return (sourceEnd == sourceStart || town)
                && (PersonsAccusative(i + 1) || PeopleAccusative(i + 1) || DescribedByDeed(i + 1));
        }

        /// <summary>"группу, вывозившую …": a lower-case noun in "-у" or "-ю", a comma, then a past active participle agreeing with it.</summary>
        private bool DescribedByDeed(int k) =>
            LowerWord(k) && (Word(k).EndsWith("у", System.StringComparison.Ordinal) || Word(k).EndsWith("ю", System.StringComparison.Ordinal))
                && k + 2 < _tokens.Count && _tokens[k + 1].Kind == TokenKind.Comma && LowerWord(k + 2)
                && (Word(k + 2).EndsWith("вшую", System.StringComparison.Ordinal) || Word(k + 2).EndsWith("шую", System.StringComparison.Ordinal));

        /// <summary>"бывшего директора", "Бывшего директора": an adjective in "-ого" or "-его", then a noun in "-а" or "-я".</summary>
        private bool PersonsAccusative(int k) =>
            k + 1 < _tokens.Count && _tokens[k].IsWord && _tokens[k + 1].IsWord && LowerWord(k + 1)
                && (Word(k).EndsWith("ого", System.StringComparison.Ordinal) || Word(k).EndsWith("его", System.StringComparison.Ordinal))
                && (Word(k + 1).EndsWith("а", System.StringComparison.Ordinal) || Word(k + 1).EndsWith("я", System.StringComparison.Ordinal));

        /// <summary>"браконьеров", "чиновников": a plural noun of people in the accusative, which is their genitive in "-ов" or "-ев".</summary>
        private bool PeopleAccusative(int k) =>
            LowerWord(k) && Word(k).Length > 5
                && (Word(k).EndsWith("ов", System.StringComparison.Ordinal) || Word(k).EndsWith("ев", System.StringComparison.Ordinal));

        /// <summary>"на неё", "к нему", "о них": a personal pronoun after a preposition, the verb's object.</summary>
        private static readonly WordSet ObjectPronouns = new("неё", "нее", "него", "них", "ней", "нему", "ним", "нём", "нем", "нею", "ними");

        /// <summary>"запрос", "вопросы", "звонки": what was asked of a source ("на звонки агентства не ответили").</summary>
        private bool IsRequest(int i) => StartsWith(i, "запрос") || StartsWith(i, "вопрос") || StartsWith(i, "звонк");

        /// <summary>The first token of the comment phrase before a verb ("от комментариев отказались"), else the verb.</summary>
        private int CommentStart(int i) => CommentNear(i) is { } comment && comment < i ? (Is(comment - 1, "от") ? comment - 1 : comment) : i;

        /// <summary>"отказался от комментариев", "от комментариев отказались", "отказался комментировать": the comment's token.</summary>
        private int? CommentNear(int i)
        {
            for (var j = System.Math.Max(0, i - 3); j < _tokens.Count && j <= i + 3; j++)
            {
                if (j != i && _tokens[j].IsWord && StartsWith(j, "коммент"))
                {
                    return j;
                }

                // "Подробности проверки там раскрывать отказались", "отказался раскрыть детали": refusing to disclose refuses to comment.
                if (j != i && _tokens[j].IsWord && IsIn(j, Disclosing) && RussianForms.EndsAfterRoot(_text, _tokens[j], InfinitiveEndings, minRoot: 3))
                {
                    return j;
                }

                // "от интервью агентству отказался", "отказался дать интервью": refusing an interview refuses to comment;
                // "В интервью агентству он отказался от льгот" refuses something else.
                if (j != i && Is(j, "интервью") && j > 0 && (Is(j - 1, "от") || StartsWith(j - 1, "дать") || StartsWith(j - 1, "давать")))
                {
                    return j;
                }
            }

            return null;
        }

        /// <summary>
        /// Whether <paramref name="cue"/> opens a "что" clause right after its verb and that verb agrees in the past with the
        /// naming verb at <paramref name="verb"/> ("подтвердила, что …, но назвала"), or with a verb that opens a "что" clause
        /// of its own ("отметила, что …, но подчеркнула, что …"), or with a verb an infinitive follows ("признал, что …, но
        /// пообещал закончить"), or with a verb whose object, reports or reproaches, follows it and is never its subject
        /// ("признал, что …, но отверг сообщения о конфликте"; "отверг", "опроверг" agree as a masculine past), so that the two
        /// share the cue's subject.
        /// </summary>
        private bool ButAfterThat(Cue cue, int verb, bool topic = false) =>
            (topic || StartsWith(verb, "назва") || StartsWith(verb, "называ") || ThatRightAfter(verb) || Infinitive(verb + 1)
                || (verb + 1 < _tokens.Count && (IsIn(verb + 1, Reproaches) || IsIn(verb + 1, Reports))))
                && !cue.ContentBefore && cue.Kind == CueKind.Verb
                && ThatBetween(cue.End, System.Math.Min(verb, cue.End + 2)) && Agreement(verb) is { } agreement && PastEnding(cue.First) == agreement;

        /// <summary>The past's ending of the verb at <paramref name="i"/>, a masculine "отверг", "опроверг" read as "-л".</summary>
        private string? Agreement(int i) =>
            PastEnding(i) ?? (LowerWord(i) && Word(i).EndsWith("верг", System.StringComparison.Ordinal) ? "л" : null);

        /// <summary>
        /// Whether only the object of <paramref name="cue"/>'s verb, one to three lower-case words, stands between it and the
        /// comma at <paramref name="comma"/>, and that verb agrees in the past with the verb at <paramref name="verb"/>
        /// ("поддержала решение, но потребовала"), so that the two share the cue's subject.
        /// </summary>
        private bool ButAfterObject(Cue cue, int verb, int comma)
        {
            if (cue.Kind != CueKind.Verb || cue.ContentBefore || comma <= cue.End || comma - cue.End > 3)
            {
                return false;
            }

            for (var k = cue.End; k < comma; k++)
            {
                if (!LowerWord(k) || Is(k, "что") || IsIn(k, ClauseWords) || IsIn(k, Prepositions))
                {
                    return false;
                }
            }

            return PastEnding(verb) is { } agreement && PastEnding(cue.First) == agreement;
        }

        /// <summary>
        /// "…, но о планах на участок говорить": the index of "но" after a comma when only what a verb is about, "о" or "об" and
        /// one to five lower-case words, maybe then an infinitive ending at <paramref name="last"/>, stands after it; else null.
        /// </summary>
        private int? TopicAfterBut(int last)
        {
            var k = last;
            if (k > 0 && Infinitive(k))
            {
                k--;
            }

            var words = 0;
            while (k > 0 && words < 5 && LowerWord(k) && !Is(k, "о") && !Is(k, "об") && !IsIn(k, ClauseWords))
            {
                k--;
                words++;
            }

            return words > 0 && k > 1 && (Is(k, "о") || Is(k, "об")) && Is(k - 1, "но") && _tokens[k - 2].Kind == TokenKind.Comma ? k - 1 : null;
        }

        /// <summary>Whether the word at <paramref name="k"/> is a lower-case infinitive: "говорить", "идти".</summary>
        private bool Infinitive(int k) =>
            LowerWord(k) && (Word(k).EndsWith("ть", System.StringComparison.Ordinal) || Word(k).EndsWith("ти", System.StringComparison.Ordinal));

        /// <summary>Whether a comma and "что" follow the verb at <paramref name="verb"/> ("подчеркнула, что").</summary>
        private bool ThatRightAfter(int verb) =>
            verb + 2 < _tokens.Count && _tokens[verb + 1].Kind == TokenKind.Comma && Is(verb + 2, "что");

        /// <summary>Whether "что" stands among the tokens from <paramref name="from"/> up to <paramref name="to"/>.</summary>
        private bool ThatBetween(int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (Is(k, "что"))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The "на" of "на вопрос", "на запрос" among the ten tokens before <paramref name="i"/>, else null.</summary>
        private int? RequestBefore(int i)
        {
            for (var k = i - 1; k > 0 && k >= i - 10; k--)
            {
                if (Is(k, "на") && IsRequest(k + 1))
                {
                    return k;
                }
            }

            return null;
        }

        /// <summary>"отвечать", "ответить": an infinitive of answering at <paramref name="j"/>.</summary>
        private bool AnswerInfinitiveAt(int j) =>
            LowerWord(j) && (StartsWith(j, "отвеча") || StartsWith(j, "ответи"))
                && RussianForms.EndsAfterRoot(_text, _tokens[j], InfinitiveEndings, minRoot: 1);

        /// <summary>"комментировать", "комментироваться": the infinitive of commenting at <paramref name="j"/>.</summary>
        private bool CommentInfinitiveAt(int j) =>
            j >= 0 && j < _tokens.Count && _tokens[j].IsWord && StartsWith(j, "комментир")
                && RussianForms.EndsAfterRoot(_text, _tokens[j], InfinitiveEndings, minRoot: 1);

        /// <summary>
        /// "Министерстве спорта России" in "В Министерстве спорта России ситуацию комментировать не стали": when "в" opens the
        /// clause, the body after it, run on over lower-case words only while a capitalised one comes next, else nothing.
        /// </summary>
        private (int Start, int End) PlaceOpeningTheClause(int first)
        {
            var k = first - 1;
            while (k > 0 && !_tokens[k - 1].IsBoundary)
            {
                k--;
            }

            if (k < 0 || k + 1 >= first || !(Is(k, "в") || Is(k, "во")))
            {
                return (0, 0);
            }

            var end = k + 2;
            while (end < first && _tokens[end].IsWord && (IsCapitalised(end) || (end + 1 < first && IsCapitalised(end + 1))))
            {
                end++;
            }

            return (k + 1, end);
        }

        /// <summary>"в компании" in "От комментариев о … в компании отказались": the first word after the last "в" before the verb, else null.</summary>
        private int? PlaceBeforeVerb(int i)
        {
            for (var k = i - 2; k > 0 && !_tokens[k].IsBoundary && !StartsWith(k, "коммент"); k--)
            {
                if (Is(k, "в") || Is(k, "во"))
                {
                    return k + 1;
                }
            }

            return null;
        }

        /// <summary>
        /// "От комментариев о возможном сохранении рейсов в компании отказались": "от комментариев" opens the clause and what
        /// the comment would be on stands between it and the verb, farther than <see cref="CommentNear"/> looks; the
        /// comment's token when "от" opens the clause, else null ("отказались от поездки, о комментариях …" is no refusal).
        /// The source then is what stands right before the verb ("в компании"), read as for any verb.
        /// </summary>
        private int? CommentOpeningTheClause(int i)
        {
            for (var j = i - 1; j > 0 && j >= i - 12 && !_tokens[j].IsBoundary; j--)
            {
                if (_tokens[j].IsWord && StartsWith(j, "коммент") && Is(j - 1, "от") && (j - 1 == 0 || _tokens[j - 2].IsBoundary))
                {
                    return j;
                }
            }

            return null;
        }

        /// <summary>
        /// A word of <paramref name="words"/> (that calls a deed wrong, or a claim unfounded) among the few the verb names,
        /// within its clause.
        /// </summary>
        private bool Named(int i, IWordClass words)
        {
            for (var j = i + 1; j < _tokens.Count && j <= i + NamedWords; j++)
            {
                if (_tokens[j].IsBoundary && _tokens[j].Kind != TokenKind.Quote)
                {
                    return false;
                }

                if (IsIn(j, words))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// "назвали наказание слишком мягким": "слишком" then an adjective in the instrumental after the object named by the verb
        /// at <paramref name="i"/>; "назвал слишком много имён" names no judgement.
        /// </summary>
        private bool NamedTooMuch(int i)
        {
            for (var j = i + 2; j + 1 < _tokens.Count && j <= i + NamedWords; j++)
            {
                if (_tokens[j].IsBoundary)
                {
                    return false;
                }

                if (Is(j, "слишком"))
                {
                    return _tokens[j + 1].IsWord && RussianForms.EndsAfterRoot(_text, _tokens[j + 1], JudgingEndings, minRoot: 3);
                }
            }

            return false;
        }

        /// <summary>
        /// ", а обвинения активистов назвали": a few lower-case words, no preposition or clause word among them, between ", а"
        /// and the verb at <paramref name="i"/> (<paramref name="last"/> the word before it).
        /// </summary>
        private bool NamedObjectAfterA(int i, int last)
        {
            var k = last;
            while (k > 0 && last - k < 4 && LowerWord(k) && !IsIn(k, Prepositions) && !IsIn(k, ClauseWords))
            {
                k--;
            }

            return k < last && k > 0 && Is(k, "а") && _tokens[k - 1].Kind == TokenKind.Comma && i == last + 1;
        }

        /// <summary>"назвали голословными": an adjective in the instrumental that judges, right after the verb.</summary>
        private bool JudgedRightAfter(int i) =>
            i + 1 < _tokens.Count && LowerWord(i + 1) && _tokens[i + 1].End - _tokens[i + 1].Start > 5
                && RussianForms.EndsAfterRoot(_text, _tokens[i + 1], JudgingEndings, minRoot: 1);

        /// <summary>
        /// "считает повышение оправданным", "считают решение ошибочными": the verb's object, then an adjective in the
        /// instrumental that judges it ("-ым", "-ыми", "-ими", "-им"), or a noun in the instrumental plural right after the
        /// object ("считают дома памятниками"), in the clause; not "считает деньги" or "считает своим долгом".
        /// </summary>
        private bool JudgedAs(int i)
        {
            // "считает наиболее вероятной причиной отказ": holding a thing to be the cause of another judges it, however the
            // cause is qualified before the thing is named.
            for (var j = i + 1; j < _tokens.Count && j <= i + 3 && !_tokens[j].IsBoundary && _tokens[j].IsWord; j++)
            {
                if (IsIn(j, CausesNamed))
                {
                    return true;
                }
            }

            for (var j = i + 2; j < _tokens.Count && j <= i + 3; j++)
            {
                if (_tokens[j - 1].IsBoundary || _tokens[j].IsBoundary || !_tokens[j].IsWord)
                {
                    return false;
                }

                if (_tokens[j].End - _tokens[j].Start > 5 && RussianForms.EndsAfterRoot(_text, _tokens[j], JudgingEndings, minRoot: 1))
                {
                    return true;
                }

                // "считают дома памятниками": a noun in the instrumental plural right after the object names what it is held
                // to be; "считает выручку вечерами", a time or a means, does not.
                if (j == i + 2 && LowerWord(j) && RussianForms.EndsAfterRoot(_text, _tokens[j], NounInstrumentalEndings, minRoot: 3) && !IsIn(j, HowOrWhen))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// "сочли условные сроки для сообщников слишком мягкими": a word of degree, then a judging adjective in the
        /// instrumental, within the clause after the verb's object however long that is; not "сочли нужным" alone.
        /// </summary>
        private bool JudgedByDegree(int i)
        {
            for (var j = i + 2; j + 1 < _tokens.Count && j <= i + 7; j++)
            {
                if (_tokens[j - 1].IsBoundary || _tokens[j].IsBoundary || !_tokens[j].IsWord)
                {
                    return false;
                }

                if (IsIn(j, Degrees) && _tokens[j + 1].IsWord && _tokens[j + 1].End - _tokens[j + 1].Start > 5
                    && RussianForms.EndsAfterRoot(_text, _tokens[j + 1], JudgingEndings, minRoot: 1))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The comma that opens "в свою очередь" set off by commas right before the verb at <paramref name="i"/>, else null.</summary>
        private int? AsideBefore(int i) =>
            i >= 5 && _tokens[i - 1].Kind == TokenKind.Comma && Is(i - 2, "очередь") && Is(i - 3, "свою") && Is(i - 4, "в")
                && _tokens[i - 5].Kind == TokenKind.Comma
                ? i - 5
                : null;

        private bool QuoteOrThatFollows(int i)
        {
            for (var j = i + 1; j < _tokens.Count && j <= i + 4; j++)
            {
                if (_tokens[j].Kind == TokenKind.Quote || Is(j, "что"))
                {
                    return true;
                }
            }

            return false;
        }

        private bool EndsWith(int i, string suffix) =>
            i >= 0 && i < _tokens.Count && _tokens[i].End - _tokens[i].Start > suffix.Length
                && string.Compare(_text, _tokens[i].End - suffix.Length, suffix, 0, suffix.Length, System.StringComparison.OrdinalIgnoreCase) == 0;

        private bool StartsWith(int i, string prefix) =>
            i >= 0 && i < _tokens.Count && _tokens[i].End - _tokens[i].Start >= prefix.Length
                && string.Compare(_text, _tokens[i].Start, prefix, 0, prefix.Length, System.StringComparison.OrdinalIgnoreCase) == 0;

        public bool Is(int i, string word) => i >= 0 && i < _tokens.Count && CueContext.Is(_text, _tokens[i], word);

        public bool IsIn(int i, IWordClass set) => i >= 0 && i < _tokens.Count && _tokens[i].IsWord && set.Contains(_text, _tokens[i]);
    }
}
