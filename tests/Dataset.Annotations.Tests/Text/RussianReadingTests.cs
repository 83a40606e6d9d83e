using Dataset.Annotations.Collections;
using Dataset.Annotations.Coverage;
using Dataset.Annotations.Drafting;
using Dataset.Annotations.Drafting.Acts;
using Dataset.Annotations.Model;
using Dataset.Annotations.Text;
using Dataset.Annotations.Text.Cues;

namespace Dataset.Annotations.Tests.Text;

/// <summary>Russian read as English is: its quotes, sentences, reporting verbs in their forms, sources and names in their cases.</summary>
public class RussianReadingTests
{
    [Theory]
    [InlineData("Он сказал: «Компания называет это „рыночной ценой“, но это давление».", "Компания называет это „рыночной ценой“, но это давление")]
    [InlineData("Он сказал: «Мы слышали «угрозы» и раньше, но не уступим».", "Мы слышали «угрозы» и раньше, но не уступим")]
    [InlineData("Он сказал: „Мы не уступим никогда“.", "Мы не уступим никогда")]
    [InlineData("Il a dit ‹ nous ne céderons jamais ›.", " nous ne céderons jamais ")]
    [InlineData("彼は「私たちは 決して 屈しない 」と述べた。", "私たちは 決して 屈しない ")]
    public void Quotes_in_guillemets_and_low_marks_are_one_passage_with_what_they_nest(string line, string inner)
    {
        var quote = Assert.Single(Quotes.In(line, 0, line.Length));

        Assert.Equal(inner, line[quote.InnerStart..quote.InnerEnd]);
    }

    [Fact]
    public void A_sentence_does_not_end_inside_guillemets_and_the_dash_after_them_keeps_its_source()
    {
        const string Line = "«Мы расцениваем эти действия как враждебные. Ответ будет иным», — подчеркнула Захаревич. Литва это отрицает.";

        var sentences = Sentences.In(Line, 0, Line.Length).Select(r => Line[r.Start..r.End]).ToList();

        Assert.Equal(["«Мы расцениваем эти действия как враждебные. Ответ будет иным», — подчеркнула Захаревич.", "Литва это отрицает."], sentences);
    }

    [Theory]
    [InlineData("заявить", "claim")]
    [InlineData("заявил", "claim")]
    [InlineData("заявила", "claim")]
    [InlineData("заявили", "claim")]
    [InlineData("заявило", "claim")]
    [InlineData("заявляет", "claim")]
    [InlineData("заявив", "claim")]
    [InlineData("опроверг", "deny")]
    [InlineData("отвергла", "deny")]
    [InlineData("отверг", "deny")]
    [InlineData("критикует", "condemn")]
    [InlineData("обвиняет", "accuse")]
    [InlineData("обвинила", "accuse")]
    [InlineData("осудили", "condemn")]
    [InlineData("призвал", "urge")]
    [InlineData("требует", "demand")]
    [InlineData("пообещал", "pledge")]
    [InlineData("предупредил", "warn")]
    [InlineData("отказались", "decline-comment")]
    [InlineData("жалуются", "claim")]
    [InlineData("пожаловался", "claim")]
    [InlineData("поручил", "demand")]
    [InlineData("распорядился", "demand")]
    [InlineData("рекомендовали", "urge")]
    [InlineData("рекомендует", "urge")]
    [InlineData("объяснили", "claim")]
    [InlineData("обсудил", "discuss")]
    [InlineData("обсуждали", "discuss")]
    [InlineData("говорят", "claim")]
    [InlineData("говорится", "claim")]
    [InlineData("опасаются", "express-concern")]
    [InlineData("напомнили", "claim")]
    [InlineData("напоминает", "claim")]
    [InlineData("просят", "request")]
    [InlineData("сообщат", "claim")]
    [InlineData("предупредят", "warn")]
    public void A_reporting_verb_is_known_in_each_of_its_forms_with_its_act(string word, string act) =>
        Assert.Equal(act, RussianCueLexicon.Find(word, new Token(0, word.Length, TokenKind.Word, false))?.Act);

    [Theory]
    [InlineData("заявление")]
    [InlineData("критику")]
    [InlineData("заяви")]
    [InlineData("обвинения")]
    [InlineData("сказка")]
    [InlineData("поручение")]
    [InlineData("жалоба")]
    [InlineData("рекомендации")]
    [InlineData("обсуждение")]
    [InlineData("опасность")]
    [InlineData("разговор")]
    [InlineData("напоминание")]
    [InlineData("просьбы")]
    [InlineData("сообщения")]
    public void A_noun_of_the_same_root_is_no_verb(string word) =>
        Assert.Null(RussianCueLexicon.Find(word, new Token(0, word.Length, TokenKind.Word, false)));

    [Theory]
    [InlineData("Мигом", "Мигоме", true)]
    [InlineData("института", "институт", true)]
    [InlineData("Хилок-Лес", "Хилок-Леса", true)]
    [InlineData("Мигом", "Мигалка", false)]
    [InlineData("институт", "институции", false)]
    public void A_word_in_another_case_is_the_same_word_and_a_longer_one_of_the_same_start_is_not(string a, string b, bool same) =>
        Assert.Equal(same, RussianCases.SameWord(a, b));

    /// <summary>
    /// A body's head noun and its adjectives, as the sentence declines them, in the nominative, the words after the head
    /// as written: each ending turned, the complement kept whole.
    /// </summary>
    [Theory]
    [InlineData("Главном управлении МЧС по Саратовской области", "Главное управление МЧС по Саратовской области")]
    [InlineData("министерстве здравоохранения республики", "министерство здравоохранения республики")]
    [InlineData("Территориальным фондом ОМС", "Территориальный фонд ОМС")]
    [InlineData("пресс-службе Краснодарского краевого суда", "пресс-служба Краснодарского краевого суда")]
    [InlineData("краевом министерстве здравоохранения", "краевое министерство здравоохранения")]
    [InlineData("областной прокуратуры", "областная прокуратура")]
    [InlineData("Среднесибирского управления по гидрометеорологии", "Среднесибирское управление по гидрометеорологии")]
    [InlineData("Челябинском онкоцентре", "Челябинский онкоцентр")]
    [InlineData("Роспотребнадзоре по Башкортостану", "Роспотребнадзор по Башкортостану")]
    [InlineData("Государственной инспекцией труда", "Государственная инспекция труда")]
    [InlineData("Верхнем суде Карелии", "Верхний суд Карелии")]
    [InlineData("Федеральным агентством морского и речного транспорта", "Федеральное агентство морского и речного транспорта")]
    [InlineData("союза производителей продуктов питания", "союз производителей продуктов питания")]
    [InlineData("музее-заповеднике «Кижи»", "музей-заповедник «Кижи»")]
    [InlineData("Городской больницей № 2", "Городская больница № 2")]
    [InlineData("таможнею Владивостока", "таможня Владивостока")]
    public void A_bodys_head_and_its_adjectives_are_put_in_the_nominative(string written, string nominative) =>
        Assert.Equal(nominative, RussianCases.Nominative(written));

    /// <summary>
    /// Near misses, left as written: a noun of a place ("в центре города"), a committee with nothing that makes it a
    /// body's ("в комитете по встрече"), a surname that ends like an adjective, a person, the noun alone, a name already
    /// in the nominative, a body's noun hyphened to one that does not end in a consonant without the body's ending.
    /// </summary>
    [Theory]
    [InlineData("центре города")]
    [InlineData("комитете по встрече")]
    [InlineData("Толстой")]
    [InlineData("Островского Андрея")]
    [InlineData("Андрея Сомова")]
    [InlineData("министерстве")]
    [InlineData("Главное управление МЧС")]
    [InlineData("музея-усадьбы «Кижи»")]
    public void A_word_that_heads_no_body_is_left_as_written(string written) =>
        Assert.Equal(written, RussianCases.Nominative(written));

    /// <summary>
    /// A person's name in the case the sentence uses is put in the nominative, by the first name's gender: each case for a
    /// man and a woman, the patronymic too, surnames in -ов/-ев/-ин, -ский, a consonant; a hushing letter before -ем.
    /// </summary>
    [Theory]
    [InlineData("Геннадия Рожкова", "Геннадий Рожков")]
    [InlineData("Андрею Сомову", "Андрей Сомов")]
    [InlineData("Ивана Петрова", "Иван Петров")]
    [InlineData("Алексеем Лаврентьевым", "Алексей Лаврентьев")]
    [InlineData("Игоре Карпове", "Игорь Карпов")]
    [InlineData("Павла Гусева", "Павел Гусев")]
    [InlineData("Никиты Зимина", "Никита Зимин")]
    [InlineData("Ильи Ковальского", "Илья Ковальский")]
    [InlineData("Виктору Ткачуку", "Виктор Ткачук")]
    [InlineData("Олегом Абрамовичем", "Олег Абрамович")]
    [InlineData("Сергея Петровича Иванова", "Сергей Петрович Иванов")]
    [InlineData("Ирину Лаврентьеву", "Ирина Лаврентьева")]
    [InlineData("Ирины Лаврентьевой", "Ирина Лаврентьева")]
    [InlineData("Марии Ивановой", "Мария Иванова")]
    [InlineData("Натальей Соколовой", "Наталья Соколова")]
    [InlineData("Ольге Вишневской", "Ольга Вишневская")]
    [InlineData("Светлану Вишневскую", "Светлана Вишневская")]
    [InlineData("Анны Сергеевны Кудрявцевой", "Анна Сергеевна Кудрявцева")]
    [InlineData("владельца фабрики «Ивтекс» Геннадия Рожкова", "владельца фабрики «Ивтекс» Геннадий Рожков")]
    public void A_persons_name_is_put_in_the_nominative(string written, string nominative) =>
        Assert.Equal(nominative, RussianCases.PersonNominative(written));

    /// <summary>
    /// Left as written: a name already in the nominative, a foreign name, a first name two names share ("Александра"), and near misses: a surname-like place
    /// or a common noun after no known first name ("улицы Кирова", "центра Москвы"), a word alone.
    /// </summary>
    [Theory]
    [InlineData("Геннадий Рожков")]
    [InlineData("Ирина Лаврентьева")]
    [InlineData("Джона Смита")]
    [InlineData("Александра Иванова")]
    [InlineData("улицы Кирова")]
    [InlineData("центра Москвы")]
    [InlineData("Рожкова")]
    [InlineData("Надежды Москвы")]
    public void A_name_that_does_not_turn_is_left_as_written(string written) =>
        Assert.Equal(written, RussianCases.PersonNominative(written));

    /// <summary>A surname that does not decline (-ых, -их, -ко, a woman's in a consonant) stays as the first name turns.</summary>
    [Theory]
    [InlineData("Ивана Петренко", "Иван Петренко")]
    [InlineData("Ивану Черных", "Иван Черных")]
    [InlineData("Марины Ткачук", "Марина Ткачук")]
    [InlineData("Петра Долгих", "Петр Долгих")]
    [InlineData("Ольги Петренко", "Ольга Петренко")]
    public void An_indeclinable_surname_is_left_as_the_first_name_turns(string written, string nominative) =>
        Assert.Equal(nominative, RussianCases.PersonNominative(written));

    /// <summary>The name as the article writes it in full in the nominative, the surest form: "Сергею Шойгу" is "Сергей Шойгу".</summary>
    [Theory]
    [InlineData("Министр обороны Сергей Шойгу заявил, что учения пройдут.", "Сергей Шойг", "Сергей Шойгу")]
    [InlineData("Министр обороны заявил, что учения пройдут.", "Сергей Шойг", null)]
    public void A_name_written_in_full_in_the_nominative_is_taken_from_the_text(string text, string nominative, string? written) =>
        Assert.Equal(written, RussianCases.WrittenInNominative(text, nominative));

    /// <summary>
    /// A drafted name keeps the quotation marks the source writes its words in; a source with none, or a name that holds
    /// only part of what they enclose (the near miss), stays as given.
    /// </summary>
    [Theory]
    [InlineData("музей-заповедник Кижи", "музей-заповедник «Кижи»", "музей-заповедник «Кижи»")]
    [InlineData("МедЛайн Трейд", "Поставщик, компания «МедЛайн Трейд»,", "«МедЛайн Трейд»")]
    [InlineData("Общественная организация Вологодские мамы", "Общественная организация «Вологодские мамы»", "Общественная организация «Вологодские мамы»")]
    [InlineData("пресс-служба Корзины", "пресс-служба «Корзины»", "пресс-служба «Корзины»")]
    [InlineData("МедЛайн", "компания «МедЛайн Трейд»", "МедЛайн")]
    [InlineData("Кижи", "остров Кижи", "Кижи")]
    [InlineData("Геннадий Рожков", "владелец фабрики «Ивтекс» Геннадий Рожков", "Геннадий Рожков")]
    public void A_names_quotation_marks_are_kept(string name, string source, string quoted) =>
        Assert.Equal(quoted, RussianCases.Quoted(name, source));

    [Fact]
    public void An_entry_with_an_act_the_schema_lacks_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => RussianCueLexicon.Read(["promise : пообеща"]));

    [Theory]
    [InlineData("Министр Ерлан Сатпаев заявил, что задержки продолжаются.", "Министр Ерлан Сатпаев", "claim")]
    [InlineData("«Задержки продолжаются уже третью неделю», — заявил министр Ерлан Сатпаев журналистам в Астане.", "министр Ерлан Сатпаев", "claim")]
    [InlineData("По словам Сатпаева, Астана направила ноту.", "Сатпаева", "claim")]
    [InlineData("Как сообщает агентство «Казинформ», консультации пройдут в среду.", "агентство «Казинформ»", "claim")]
    [InlineData("В компании «Газэкспорт-Юг» заявили, что цена выросла.", "компании «Газэкспорт-Юг»", "claim")]
    [InlineData("Лыков отказался от комментариев по поводу поставок.", "Лыков", "decline-comment")]
    [InlineData("Премьер-министр выразил обеспокоенность ростом цен.", "Премьер-министр", "express-concern")]
    [InlineData("Еврокомиссия опубликует разъяснения, сообщил источник в Брюсселе.", "источник", "claim")]
    [InlineData("По его словам, квоты сокращены на 20 процентов.", "его", "claim")]
    [InlineData("По их данным, квоты сокращены.", "их", "claim")]
    [InlineData("Квоты сокращены, сообщила в среду Ассоциация рыбопромышленников Севера.", "Ассоциация рыбопромышленников Севера", "claim")]
    [InlineData("Квоты сокращены, сообщила также Ассоциация рыбопромышленников Севера.", "Ассоциация рыбопромышленников Севера", "claim")]
    [InlineData("«Квоты сокращены», — заявил министр Ерлан Сатпаев журналистам в Астане.", "министр Ерлан Сатпаев", "claim")]
    [InlineData("Агентство отвергло критику и заявило, что сокращение необходимо.", "Агентство", "deny")]
    [InlineData("МИД России назвал продление закрытия финской границы недружественным шагом.", "МИД России", "condemn")]
    [InlineData("Гарипова назвала повышение цен «грабежом».", "Гарипова", "condemn")]
    [InlineData("Олейников назвал ситуацию «беспрецедентной».", "Олейников", "claim")]
    [InlineData("Адвокат Елена Гринёва назвала арест чрезмерной мерой.", "Адвокат Елена Гринёва", "condemn")]
    [InlineData("Позднее в министерстве было заявлено, что Москва ответит.", "министерстве", "claim")]
    [InlineData("«Выводы делать рано», — сказал журналистам директор предприятия по экологии Константин Рябов.",
        "директор предприятия по экологии Константин Рябов", "claim")]
    [InlineData("«Выводы делать рано», — сказал директор по телефону.", "директор", "claim")]
    [InlineData("ФАС начала проверку, сообщили в среду в ведомстве.", "ведомстве", "claim")]
    [InlineData("Губернатор Вадим Колесников поручил провести экспертизу.", "Губернатор Вадим Колесников", "demand")]
    [InlineData("«Подсудимые всё понимали», — заявил в суде государственный обвинитель Андрей Кузьмин.", "государственный обвинитель Андрей Кузьмин", "claim")]
    [InlineData("«Подсудимые всё понимали», — заявили в суде.", "суде", "claim")]
    [InlineData("Олег Мельников вину не признал и заявил, что деньги потрачены на стройку.", "Олег Мельников", "confirm")]
    [InlineData("Пресс-служба прокуратуры Новосибирской области сообщила, что суд начался.", "Пресс-служба прокуратуры Новосибирской области", "claim")]
    [InlineData("Как сообщается на сайте суда, заседание назначено на 10 ноября.", "суда", "claim")]
    [InlineData("Тогда в регуляторе заявили, что банк проводил сомнительные операции.", "регуляторе", "claim")]
    [InlineData("В регуляторе тогда заявили, что банк проводил сомнительные операции.", "регуляторе", "claim")]
    public void A_sentence_with_a_cue_has_its_source_and_act(string sentence, string source, string act)
    {
        var finder = Read(sentence);

        var cue = finder.Cues[0];
        Assert.Equal((source, act), (CueSources.Written(finder, cue), cue.Act));
    }

    /// <summary>
    /// A reporting verb joined by "и" to a verb that reports nothing shares that verb's subject when the two agree in
    /// gender or number ("провёл … и поручил", "собрались … и потребовали").
    /// </summary>
    [Theory]
    [InlineData("Губернатор Игорь Мельников провёл совещание в Слободском и поручил выделить средства.", "поручил", "Губернатор Игорь Мельников")]
    [InlineData("Глава района Анна Петрова посетила школу и пообещала новый автобус.", "пообещала", "Глава района Анна Петрова")]
    [InlineData("Жители посёлка Новый собрались у администрации и потребовали вернуть автобус.", "потребовали", "Жители посёлка Новый")]
    public void A_verb_joined_by_i_to_an_agreeing_verb_has_that_verbs_subject(string sentence, string verb, string source)
    {
        var finder = Read(sentence);

        var cue = Assert.Single(finder.Cues, c => sentence[finder.Tokens[c.First].Start..finder.Tokens[c.First].End] == verb);
        Assert.Equal(source, CueSources.Written(finder, cue));
    }

    /// <summary>A relative clause between a subject and its verb is passed over; a source after the verb is kept (the near miss).</summary>
    [Theory]
    [InlineData("Токарь Алексей Жуков, который работает на заводе 22 года, рассказал, что сроки сорваны.", "Токарь Алексей Жуков")]
    [InlineData("Суд начал рассмотрение дела директоров, которых обвиняют в хищении, сообщила пресс-служба прокуратуры.", "пресс-служба прокуратуры")]
    public void A_subject_before_a_relative_clause_reaches_its_verb(string sentence, string source)
    {
        var finder = Read(sentence);

        Assert.Equal(source, CueSources.Written(finder, finder.Cues[^1]));
    }

    /// <summary>"не согласились с тем, что" denies what follows; agreeing with it, without "не", is no cue.</summary>
    [Theory]
    [InlineData("В «СибТоннельИнвесте» не согласились с тем, что сроки сорваны по вине подрядчика.", "«СибТоннельИнвесте»")]
    [InlineData("Глава компании Виталий Рожков не согласился с тем, что сроки сорваны.", "Глава компании Виталий Рожков")]
    public void Not_agreeing_with_what_was_said_denies_it(string sentence, string source)
    {
        var finder = Read(sentence);
        var cue = Assert.Single(finder.Cues);

        Assert.Equal((source, "deny"), (CueSources.Written(finder, cue), cue.Act));
        Assert.Empty(Read(sentence.Replace("не согласи", "согласи", StringComparison.Ordinal)).Cues);
    }

    /// <summary>
    /// "назвали наказание слишком мягким": calling a deed too much of anything finds fault with it, a cue that condemns;
    /// "назвал слишком много имён", with no adjective in the instrumental after "слишком", names no judgement (the near miss).
    /// </summary>
    [Theory]
    [InlineData("В прокуратуре Владимирской области назвали наказание слишком мягким.", true)]
    [InlineData("Тренер Иван Петров назвал слишком много имён.", false)]
    public void Calling_a_deed_too_much_of_anything_condemns_it(string sentence, bool condemns)
    {
        var finder = Read(sentence);
        if (!condemns)
        {
            Assert.Empty(finder.Cues);
            return;
        }

        Assert.Equal("condemn", Assert.Single(finder.Cues).Act);
    }

    /// <summary>
    /// "В «Уралнефтепродукте» с решением не согласились": the decision disagreed with, after "с" right before "не", is denied
    /// by the source before it when nothing follows the verb; with an infinitive after the verb it is no denial (the near miss).
    /// </summary>
    [Theory]
    [InlineData("В «Уралнефтепродукте» с решением не согласились.", "«Уралнефтепродукте»")]
    [InlineData("Жители с соседями не согласились встречаться.", null)]
    public void Not_agreeing_with_a_decision_named_before_denies_it(string sentence, string? source)
    {
        var finder = Read(sentence);
        if (source is null)
        {
            Assert.Empty(finder.Cues);
            return;
        }

        var cue = Assert.Single(finder.Cues);
        Assert.Equal((source, "deny"), (CueSources.Written(finder, cue), cue.Act));
    }

    /// <summary>"и" before a verb joins it to the clause before and names no one; a name after it is the source.</summary>
    [Theory]
    [InlineData("Подрядчик сорвал сроки, и заявили, что работы стояли.", null)]
    [InlineData("Подрядчик сорвал сроки, и Минстрой заявил, что работы стояли.", "Минстрой")]
    public void A_conjunction_before_a_verb_is_no_source(string sentence, string? source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>
    /// What follows "назвал" is what it names, never its source: the source stands before the words set off after a
    /// name, and with no name before them there is none.
    /// </summary>
    [Theory]
    [InlineData("Пресс-служба холдинга «Лазурный улов», одного из крупнейших добытчиков краба, назвала обвинения «абсурдными».",
        "Пресс-служба холдинга «Лазурный улов»")]
    [InlineData("Пресс-служба холдинга, одного из крупнейших добытчиков краба, назвала обвинения «абсурдными».", null)]
    public void The_source_of_nazval_stands_before_it_past_an_apposition_to_a_name(string sentence, string? source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>A passive's place runs back to "в" over a long name when a party's noun opens it, and over no other long place.</summary>
    [Theory]
    [InlineData("В министерстве природных ресурсов и экологии Калужской области было заявлено, что проверка назначена.",
        "министерстве природных ресурсов и экологии Калужской области")]
    [InlineData("В ходе заседания комиссии по делам молодёжи было заявлено, что проверка назначена.", null)]
    public void A_passive_names_a_long_body_its_noun_opens(string sentence, string? source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>After a title and the place it is of, "по" opens the title's portfolio, up to the holder's name; "по телефону" names no one.</summary>
    [Theory]
    [InlineData("Запуск перенесён, сообщил в четверг заместитель главы Красноярска по транспорту и строительству Олег Мартынов.",
        "заместитель главы Красноярска по транспорту и строительству Олег Мартынов")]
    [InlineData("Запуск перенесён, сообщил в четверг заместитель главы Красноярска по телефону.", "заместитель главы Красноярска")]
    public void A_titles_portfolio_after_its_place_runs_to_the_holders_name(string sentence, string source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>"на сайте" with no owner after it, and a place with nothing after it, name no source.</summary>
    [Theory]
    [InlineData("Как сообщается на сайте, заседание назначено на 10 ноября.")]
    [InlineData("Как сообщается в документах, заседание назначено на 10 ноября.")]
    public void A_report_with_no_site_owner_after_it_names_no_source(string sentence)
    {
        var finder = Read(sentence);

        Assert.Null(CueSources.Written(finder, Assert.Single(finder.Cues)));
    }

    [Theory]
    [InlineData("Казахстан экспортирует около 8 миллионов тонн зерна в год.")]
    [InlineData("Заявление министерства опубликовано на сайте.")]
    [InlineData("Калининградская область граничит с Литвой и Польшей.")]
    [InlineData("По его мосту прошли грузовики.")]
    [InlineData("Министр назвал имя победителя конкурса.")]
    [InlineData("Как указано в документе, срок истекает в среду.")]
    public void Without_a_cue_a_russian_sentence_is_not_attributed(string sentence)
    {
        var finder = Read(sentence);

        Assert.Empty(finder.Cues);
    }

    /// <summary>
    /// A refusal in other words than "от комментариев": a negated past of commenting ("пока не прокомментировали") and an
    /// infinitive of disclosing by "отказались" ("раскрывать отказались"); "как следует из …" attributes to a document.
    /// </summary>
    [Theory]
    [InlineData("В университете это предложение пока не прокомментировали.", "decline-comment")]
    [InlineData("Подробности проверки там раскрывать отказались, сославшись на налоговую тайну.", "decline-comment")]
    [InlineData("Компания отказалась раскрыть сумму сделки.", "decline-comment")]
    [InlineData("Как следует из картотеки суда, иск будет рассмотрен 12 ноября.", "claim")]
    [InlineData("Суд принял иск к производству, следует из картотеки суда.", "claim")]
    public void A_refusal_or_a_documents_showing_is_a_cue(string sentence, string act)
    {
        var finder = Read(sentence);

        Assert.Equal(act, Assert.Single(finder.Cues).Act);
    }

    /// <summary>Near misses: an infinitive of commenting, a disclosure refused by no one, "следует" as "ought to".</summary>
    [Theory]
    [InlineData("Эту новость можно не комментировать.")]
    [InlineData("Журналисты раскрыли схему вывода денег.")]
    [InlineData("Из этого следует, что срок истёк.")]
    [InlineData("Документы следует подать до пятницы.")]
    public void Near_a_refusal_or_a_documents_showing_no_cue_is_read(string sentence)
    {
        var finder = Read(sentence);

        Assert.Empty(finder.Cues);
    }

    [Theory]
    [InlineData("Лавров", "Лавров заявил", true)]
    [InlineData("Лавров", "по словам Лаврова", true)]
    [InlineData("Лавров", "Лаврову сообщили", true)]
    [InlineData("Лавров", "с Лавровым", true)]
    [InlineData("Захарова", "Захаровой", true)]
    [InlineData("Шойгу", "Шойгу", true)]
    [InlineData("Россия", "России", true)]
    [InlineData("Министерство транспорта России", "В Министерстве транспорта России", true)]
    [InlineData("Дмитрий Олейников", "Дмитрия Олейникова", true)]
    [InlineData("Лавров", "Лавровка", false)]
    [InlineData("US", "us", false)]
    [InlineData("the bloc", "The bloc", true)]
    public void A_declared_name_is_found_in_its_cases(string name, string text, bool found)
    {
        var index = new NameIndex();
        index.Add(name, "x");

        Assert.Equal(found, index.In(text, 0, text.Length).Any());
    }

    [Theory]
    [InlineData("Лавров заявил, что переговоры продолжатся.", "ru")]
    [InlineData("Lavrov said talks would go on, Interfax reported from Москва.", "en")]
    [InlineData("قال المتحدث إن المحادثات ستستمر", "ar")]
    [InlineData("12 345 — 2022", "und")]
    public void The_language_is_read_from_the_letters(string text, string language) => Assert.Equal(language, TextLanguage.Of(text));

    [Fact]
    public void Coverage_of_an_article_in_a_language_the_rules_do_not_read_is_not_judged()
    {
        var report = CoverageAnalyzer.Analyze(
            new CoverageInput(
                "/a.yaml",
                new ArticleText("/a.txt", "قال المتحدث «إن المحادثات ستستمر حتى نهاية الأسبوع»."),
                EquatableArray<TextRange>.Empty,
                EquatableArray<TextRange>.Empty),
            new ActorNames([]));

        Assert.False(report.IsJudged);
        Assert.Equal((0, 0), (report.QuotedPassages, report.AttributedSentences));
    }

    [Fact]
    public void By_his_words_is_said_by_the_speaker_before()
    {
        var statements = RussianDraft("«Это решение ударит по рыбакам», — заявил Игорь Лаптев.\nПо его словам, квоты сокращены на 20 процентов.");

        Assert.Equal(
            [("igor-laptev", "Это решение ударит по рыбакам"), ("igor-laptev", "квоты сокращены на 20 процентов")],
            statements.Select(s => (s.Speaker, s.Evidence)));
    }

    [Fact]
    public void A_verb_joined_after_a_denial_by_its_noun_is_a_statement_of_its_own_read_from_what_it_says()
    {
        var statements = RussianDraft("Агентство отвергло критику и заявило, что сокращение необходимо для сохранения запасов.");

        Assert.Equal(
            [("deny", "Агентство отвергло критику"), ("claim", "сокращение необходимо для сохранения запасов")],
            statements.Select(s => (s.Act, s.Evidence)));
    }

    [Fact]
    public void A_relay_closing_the_sentence_speaks_with_the_act_of_the_verb_it_relays_when_it_names_one()
    {
        var named = RussianDraft(
            "Рыболовецкие компании потребовали пересмотреть решение о квотах, сообщила в среду Ассоциация рыбопромышленников Севера.").Single();
        var plain = RussianDraft("Рыболовецкие компании заявили, что квоты слишком малы, сообщила в среду Ассоциация рыбопромышленников Севера.").Single();

        Assert.Equal(("assotsiatsiya-rybopromyshlennikov-severa", "demand", false), (named.Speaker, named.Act, named.Learned));
        Assert.Equal("assotsiatsiya-rybopromyshlennikov-severa", plain.Speaker);
        Assert.True(plain.Learned);
        Assert.Equal(LearnedActs.Model.Predict(plain.Signals!.Features), plain.Act);
    }

    [Fact]
    public void Without_a_relay_the_subject_before_its_verb_speaks() =>
        Assert.Equal(
            ("rybolovetskie-kompanii", "demand"),
            RussianDraft("Рыболовецкие компании потребовали пересмотреть решение о квотах.").Select(s => (s.Speaker, s.Act)).Single());

    [Theory]
    [InlineData("Активисты обвинили завод «Волжский нефтехим» в сбросе стоков.\nВ компании отвергли обвинения.", "volzhskii-neftekhim")]
    [InlineData("Активисты обвинили власти в сбросе стоков.\nВ компании отвергли обвинения.", "kompanii")]
    [InlineData("Федеральная антимонопольная служба начала проверку цен, сообщили в среду в ведомстве.", "federalnaya-antimonopolnaya-sluzhba")]
    [InlineData("Цены выросли вдвое, сообщили в среду в ведомстве.", "vedomstve")]
    [InlineData(
        "Представитель МИД России Елена Дорохова осудила решение.\n"
            + "Позднее в министерстве было заявлено, что Москва «оставляет за собой право на ответные шаги».",
        "mid-rossii")]
    [InlineData("Банк России отозвал у банка лицензию.\nТогда в регуляторе заявили, что банк проводил сомнительные операции.", "bank-rossii")]
    [InlineData("Банк России отозвал у банка лицензию.\nТогда в Перми заявили, что банк проводил сомнительные операции.", "permi")]
    [InlineData("Активисты обвинили Росздравнадзор в промедлении.\nВ ведомстве эти обвинения отвергли.", "roszdravnadzor")]
    [InlineData("Активисты обвинили Росздравнадзор в промедлении.\nВ ведомстве «Здоровье» эти обвинения отвергли.",
        "vedomstvo-zdorove-eti-obvineniya")]
    public void A_bare_noun_of_a_body_is_the_body_of_its_sort_named_before(string text, string speaker) =>
        Assert.Equal(speaker, RussianDraft(text).Last().Speaker);

    [Theory]
    [InlineData("По словам министра, Москва направляет мигрантов к границе.", "yukhani-laaksonen")]
    [InlineData("По словам губернатора, Москва направляет мигрантов к границе.", "gubernatora")]
    public void A_title_alone_is_the_person_given_that_title_before(string sentence, string speaker) =>
        Assert.Equal(
            speaker,
            RussianDraft("Закрытие границы продлено, сообщил министр внутренних дел страны Юхани Лааксонен.\n" + sentence).Last().Speaker);

    [Theory]
    [InlineData("В пресс-службе компании было заявлено, что компания обратилась в суд.", 1)]
    [InlineData("В городе на самом берегу залива было заявлено, что компания обратилась в суд.", 0)]
    public void A_passive_names_the_body_it_was_made_in_over_a_hyphenated_word(string sentence, int speakers) =>
        Assert.Equal(speakers, RussianDraft(sentence).Count(s => s.Speaker == "press-sluzhba-kompanii"));

    /// <summary>"— добавил глава компании" is the head named before whatever the title; "— заявил он Nordic Wire" the pronoun's referent.</summary>
    [Theory]
    [InlineData(Head, "«Мы готовы обсуждать индексацию», — добавил глава компании.", "igor-saburov")]
    [InlineData(Head, "«Мы готовы обсуждать индексацию», — добавил глава профсоюза Пётр Орлов.", "petr-orlov")]
    [InlineData(Lebedev, "«Ни одного рубля не выводилось», — заявил он Nordic Wire по телефону.", "mikhail-lebedev")]
    [InlineData(Lebedev, "«Ни одного рубля не выводилось», — заявил Пётр Орлов.", "petr-orlov")]
    public void A_head_or_a_pronoun_after_its_verb_is_the_party_named_before(string before, string sentence, string speaker) =>
        Assert.Equal(speaker, RussianDraft(before + "\n" + sentence).Last().Speaker);

    private const string Head = "Генеральный директор «Восточного стивидора» Игорь Сабуров заявил, что забастовка незаконна.";

    private const string Lebedev = "Бывший председатель правления банка Михаил Лебедев отверг обвинения.";

    [Theory]
    [InlineData("Адвокат Анна Ремизова заявила, что защита обжалует решение, а представитель АСВ добавила, что агентство намерено взыскать убытки.",
        "natalya-grineva")]
    [InlineData("Адвокат Анна Ремизова заявила, что защита обжалует решение, а представитель Минфина добавила, что агентство намерено взыскать убытки.",
        "minfina")]
    public void A_title_with_its_partys_name_is_the_holder_of_that_title_named_before(string sentence, string speaker)
    {
        KnownActor[] folder = [new("deposit-insurance-agency", "Агентство по страхованию вкладов", ["АСВ"], "government-body")];
        var text = "Заголовок\nПредставитель агентства Наталья Гринёва сообщила, что средства выводились.\n" + sentence;

        Assert.Equal(speaker, ArticleDrafter.Draft(new DraftRequest(text, new DateValue(2026, 4, 21), folder, [], [])).Statements[^1].Speaker);
    }

    [Theory]
    [InlineData("Еврокомиссия поддержала решение Хельсинки, а пресс-секретарь Кремля Артём Белов заявил, что оно вредит жителям.", 2)]
    [InlineData("Еврокомиссия поддержала решение Хельсинки, а не отвергла его.", 1)]
    [InlineData("Лаптев заявил, что квоты сокращены, и глава ассоциации Пётр Орлов сообщил, что флот простаивает.", 2)]
    [InlineData("Лаптев заявил, что квоты сокращены, и добавил, что флот простаивает.", 1)]
    public void Two_sources_joined_by_a_or_i_are_two_statements(string sentence, int statements) =>
        Assert.Equal(statements, RussianDraft(sentence).Select(s => s.Speaker).Distinct().Count());

    [Theory]
    [InlineData("Губернатор Алексей Рудаков обсудил ситуацию по телефону с руководителем Росавиации.", true)]
    [InlineData("«Мы готовы обсуждать индексацию зарплат», — заявил Алексей Рудаков.", false)]
    public void A_talk_reported_outside_quotes_is_a_discussion_and_one_quoted_is_what_was_said(string sentence, bool discussion) =>
        Assert.Equal(discussion, Assert.Single(RussianDraft(sentence)).Act == "discuss");

    private static List<DraftStatement> RussianDraft(string text) =>
        ArticleDrafter.Draft(new DraftRequest("Заголовок\n" + text, new DateValue(2024, 10, 16), [], [], [])).Statements.ToList();

    [Fact]
    public void A_russian_draft_names_the_declared_speaker_and_the_act_of_the_verb()
    {
        KnownActor[] folder = [new("raimondas-petrauskas", "Раймондас Петраускас", ["Петраускас"], "person")];

        var statement = Assert.Single(ArticleDrafter.Draft(new DraftRequest(
            "Министр иностранных дел Литвы Раймондас Петраускас отверг обвинения Москвы.", new DateValue(2025, 7, 2), folder, [], [])).Statements);

        Assert.Equal(("raimondas-petrauskas", "deny"), (statement.Speaker, statement.Act));
    }

    [Theory]
    [InlineData("В Ярославле объединят две больницы, медики опасаются сокращений.", "express-concern")]
    [InlineData("Медики выразили мнение, что больницы объединят.", null)]
    [InlineData("Председатель ассоциации выразил опасение, что мелководье ударит по перевозкам.", "express-concern")]
    public void Fearing_voices_a_concern_where_voicing_needs_the_noun_of_one(string sentence, string? act) =>
        Assert.Equal(act, Read(sentence).Cues.Select(c => (string?)c.Act).SingleOrDefault());

    [Theory]
    [InlineData("Пациенты больницы, с которыми побеседовал корреспондент агентства, говорят, что ждут месяцами.", "Пациенты больницы")]
    [InlineData("Пациенты больницы, с жалобами на боль, говорят, что ждут месяцами.", null)]
    public void A_relative_clause_after_its_preposition_stands_between_the_source_and_its_verb(string sentence, string? source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    [Theory]
    [InlineData("Управление начало расследование, говорится в сообщении на сайте управления.", "управления")]
    [InlineData("Управление начало расследование, говорится в сообщении ведомства.", "ведомства")]
    [InlineData("Расследование начато, говорится в сообщении.", null)]
    public void The_message_a_report_is_in_names_its_author_after_it(string sentence, string? source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    [Theory]
    [InlineData("Он обратился к губернатору области с просьбой отложить реорганизацию.", "request", "Он")]
    [InlineData("Профсоюз направил в министерство письмо с требованием отменить приказ.", "demand", "Профсоюз")]
    public void An_address_with_a_request_is_a_cue_whose_noun_names_the_act(string sentence, string act, string source)
    {
        var finder = Read(sentence);
        var cue = Assert.Single(finder.Cues);

        Assert.Equal((act, source), (cue.Act, CueSources.Written(finder, cue)));
    }

    [Fact]
    public void An_address_with_no_request_is_no_cue() =>
        Assert.Empty(Read("Сорок три ученика обратились к врачам с признаками кишечной инфекции.").Cues);

    [Theory]
    [InlineData("Участники пикета держали плакаты с надписями «Руки прочь от нашей больницы».", "Участники пикета")]
    [InlineData("Участники пикета держали плакаты с надписями на двух языках.", null)]
    public void Words_quoted_from_placards_are_those_who_held_them(string sentence, string? source) =>
        Assert.Equal(source, Read(sentence).Cues.Select(c => CueSources.Written(Read(sentence), c)).SingleOrDefault());

    [Theory]
    [InlineData(
        "Переправа закрыта, сообщил в среду генеральный директор компании-перевозчика «Ленская паромная линия» Айсен Слепцов.",
        "генеральный директор компании-перевозчика «Ленская паромная линия» Айсен Слепцов")]
    [InlineData(
        "Переправа закрыта, сообщил в среду генеральный директор компании-перевозчика «Ленская паромная линия» журналистам.",
        "генеральный директор компании-перевозчика «Ленская паромная линия»")]
    public void A_name_in_quotes_counts_as_one_word_of_a_source_after_its_verb(string sentence, string source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    [Theory]
    [InlineData("Зайцева рассказала, что её дочь не прошла, а договоры, по её словам, заключались с фирмами.", "Verb")]
    [InlineData("По её словам, договоры заключались с фирмами.", "AccordingTo")]
    public void A_possessive_inside_what_a_named_source_says_is_that_source_going_on(string sentence, string kind) =>
        Assert.Equal(kind, Assert.Single(Read(sentence).Cues).Kind.ToString());

    [Theory]
    [InlineData("В компании назвали претензии родителей необоснованными и заявили, что продукты сертифицированы.", true)]
    [InlineData("В компании назвали претензии родителей обоснованными и заявили, что продукты заменят.", false)]
    public void Calling_a_claim_unfounded_denies_it(string sentence, bool denies) =>
        Assert.Equal(denies, Read(sentence).Cues.Any(c => c.Act == "deny"));

    /// <summary>"уверен, что" states the source's view as a verb would; sure of a noun, with no "что" after it, it reports nothing.</summary>
    [Theory]
    [InlineData("Президент ассоциации Андрей Лысенко уверен, что решение сети оправданно.", "Президент ассоциации Андрей Лысенко")]
    [InlineData("Жители уверены, что трамвай вернут.", "Жители")]
    public void Being_sure_that_states_a_view(string sentence, string source) =>
        Assert.Equal((source, true), (SourceOfTheOnlyCue(sentence), Assert.Single(Read(sentence).Cues).Neutral));

    [Theory]
    [InlineData("Президент ассоциации Андрей Лысенко уверен в успехе сети.")]
    [InlineData("Жители уверены: трамвай вернут.")]
    public void Being_sure_of_a_noun_reports_nothing(string sentence) =>
        Assert.Empty(Read(sentence).Cues);

    /// <summary>
    /// A body named in one word after "в" ends where a preposition opens what it was asked; a place in lower case goes on
    /// with the verb's object, as before (the near miss).
    /// </summary>
    [Theory]
    [InlineData("В Росрыболовстве на запрос агентства о возможных компенсациях не ответили.", "Росрыболовстве")]
    [InlineData("В Росрыболовстве в ответ на запрос агентства от комментариев отказались.", "Росрыболовстве")]
    public void A_body_named_after_v_ends_before_the_request_it_did_not_answer(string sentence, string source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>
    /// A place after "в", however long and in whatever case, ends where "на запрос" opens what was asked of it; another
    /// preposition after a lower-case place still goes on with it (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Будут ли пересмотрены контракты, в мэрии на запрос агентства не ответили.", "мэрии")]
    [InlineData("Хватит ли вакцины, в Министерстве здравоохранения России на запрос агентства не ответили.", "Министерстве здравоохранения России")]
    [InlineData("В ведомстве на этой неделе от комментариев отказались.", "ведомстве на этой неделе")]
    public void A_place_after_v_ends_before_na_zapros(string sentence, string source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>
    /// A body's fields listed after its noun, set off by commas and closed by "и" ("министерстве курортов, туризма и
    /// олимпийского наследия"), are one name after "в": the comma inside the list does not end the place; a comma with no
    /// "и" after it still does (the near miss).
    /// </summary>
    [Theory]
    [InlineData(
        "В министерстве курортов, туризма и олимпийского наследия Краснодарского края на запрос агентства не ответили.",
        "министерстве курортов, туризма и олимпийского наследия Краснодарского края")]
    [InlineData("Сдают ли квартиры в министерстве курортов, туризма на запрос агентства не ответили.", "туризма на запрос агентства")]
    [InlineData("В дни праздников, выходных и каникул на запрос агентства не ответили.", "выходных и каникул на запрос агентства")]
    public void A_bodys_fields_listed_with_commas_are_one_name_after_v(string sentence, string source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>
    /// A word set off by commas between the subject and its verb ("Активисты …, напротив, поддержали") leaves the subject
    /// before it the source; with another word so set off the words after the verb are read as the source, as before (the
    /// near miss).
    /// </summary>
    [Theory]
    [InlineData("Активисты движения «Ростов пешеходный», напротив, поддержали расширение зоны.", "Активисты движения «Ростов пешеходный»")]
    [InlineData("Активисты движения «Ростов пешеходный», однако, поддержали расширение зоны.", "Активисты движения «Ростов пешеходный»")]
    [InlineData("Активисты движения «Ростов пешеходный», вчера, поддержали расширение зоны.", "расширение зоны")]
    public void A_word_set_off_by_commas_before_the_verb_leaves_its_subject_the_source(string sentence, string source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>
    /// A person described by a noun and the place she is from ("отдыхающая из Тамбова Наталья Руденко"), her age before the
    /// noun or not ("58-летняя пациентка из Копейска"), is her name; with no name after the place, the noun alone is the
    /// source, as before (the near miss).
    /// </summary>
    [Theory]
    [InlineData("«Скорую мы вызвали сами», — рассказала агентству отдыхающая из Тамбова Наталья Руденко.", "Наталья Руденко")]
    [InlineData("«Скорую мы вызвали сами», — рассказала агентству отдыхающая из Тамбова.", "отдыхающая")]
    [InlineData("«Мне сказали ждать до августа», — рассказала агентству 58-летняя пациентка из Копейска Людмила Сафонова.", "Людмила Сафонова")]
    [InlineData("«Мне сказали ждать до августа», — рассказала агентству 58-летняя пациентка из Копейска.", "58-летняя пациентка")]
    public void A_person_described_by_where_she_is_from_is_her_name(string sentence, string source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>
    /// A settlement's noun and name, then its district's in the genitive ("из села Ильинка Камызякского района"), before a
    /// person's name is the place the person is from, so the name speaks; with no name after the district the noun is still
    /// the source, as before (the near miss).
    /// </summary>
    [Theory]
    [InlineData("«Инспектор стоял на берегу», — рассказал агентству рыбак из села Ильинка Камызякского района Владимир Сухов.", "Владимир Сухов")]
    [InlineData("«Инспектор стоял на берегу», — рассказал агентству рыбак из села Ильинка Камызякского района.", "рыбак")]
    public void A_settlement_then_its_district_before_a_persons_name_is_where_the_person_is_from(string sentence, string source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>
    /// A singular verb with only its object after a preposition before it ("Весной на неё пожаловалось") has its subject after
    /// it, a body named in quotes after its noun closing the sentence; a plural verb with no subject before it speaks for no
    /// one named after it, as before (the near miss).
    /// </summary>
    [Theory]
    [InlineData(
        "Весной на неё пожаловалось в прокуратуру и областное министерство культуры региональное движение «Родительский контроль».",
        "региональное движение «Родительский контроль»")]
    [InlineData("На неё пожаловался в прокуратуру общественный совет «Наш город».", "общественный совет «Наш город»")]
    [InlineData("Весной на неё пожаловались в прокуратуру и областное министерство культуры.", "Весной на неё")]
    public void A_singular_verb_with_its_object_before_it_has_the_body_closing_the_sentence_as_its_subject(string sentence, string source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>
    /// A work that tells a story ("Пьеса рассказывает о …") reports its plot, not speech; a person who tells of the same
    /// is still a source (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Пьеса рассказывает о сельской учительнице, которая пытается спасти школу.", 0)]
    [InlineData("Фильм рассказывает о жизни рыбаков на Волге.", 0)]
    [InlineData("Драматург рассказывает о сельской учительнице, которая пытается спасти школу.", 1)]
    public void A_work_telling_its_story_reports_no_speech(string sentence, int cues) =>
        Assert.Equal(cues, Read(sentence).Cues.Count);

    /// <summary>
    /// People "осудили" with no one named as the subject (a town after "в", of one or two capitalised words, or the people put
    /// first, after the town too, or one told by a past participle of a deed after a comma) were convicted, which reports no
    /// speech; a subject that condemns people, or a deed condemned, is still a cue (the near misses).
    /// </summary>
    [Theory]
    [InlineData("В Астрахани осудили браконьеров, продававших чёрную икру в Москву.", 0)]
    [InlineData("Бывшего директора тульской управляющей компании осудили за растрату денег жильцов.", 0)]
    [InlineData("Активисты осудили браконьеров, продававших чёрную икру в Москву.", 1)]
    [InlineData("В Кремле осудили решение Евросоюза.", 1)]
    [InlineData("В Нижнем Новгороде осудили организаторов подпольного онлайн-казино.", 0)]
    [InlineData("В Общественной палате осудили организаторов подпольного онлайн-казино.", 1)]
    [InlineData("В Казани сотрудников коллекторского агентства осудили за поджог машины должника.", 0)]
    [InlineData("В Калининграде осудили группу, вывозившую янтарь-сырец в Польшу.", 0)]
    [InlineData("Активисты осудили группу, вывозившую янтарь-сырец в Польшу.", 1)]
    [InlineData("В Кремле осудили политику, которую ведёт Евросоюз.", 1)]
    public void People_convicted_with_no_subject_report_no_speech(string sentence, int cues) =>
        Assert.Equal(cues, Read(sentence).Cues.Count);

    /// <summary>
    /// "В Рособрнадзоре на вопрос агентства, может ли …, отвечать не стали": not choosing to answer what was asked refuses to
    /// comment, its source the body after the "в" that opens the clause before the request; with no request asked before,
    /// the rule does not read the place (the near miss).
    /// </summary>
    [Theory]
    [InlineData("В Рособрнадзоре на вопрос агентства, может ли лицензия быть отозвана, отвечать не стали.", "Рособрнадзоре")]
    [InlineData("Отвечать на вопросы в Рособрнадзоре не стали.", null)]
    public void Not_choosing_to_answer_a_request_is_the_bodys_refusal(string sentence, string? source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>
    /// What the person is, then set off by a comma who he is (his age first, maybe) and his name ending the clause ("пациент
    /// центра, 56-летний житель Северодвинска Виктор Ершов"), is his name; a relative clause after the comma leaves the
    /// description as the source (the near miss).
    /// </summary>
    [Theory]
    [InlineData("«Это риск для жизни», — рассказал агентству пациент центра, 56-летний житель Северодвинска Виктор Ершов.", "Виктор Ершов")]
    [InlineData("«Это риск для жизни», — рассказал агентству пациент центра, пенсионер Виктор Ершов.", "Виктор Ершов")]
    [InlineData("«Это риск для жизни», — рассказал агентству пациент центра, который лечится там пять лет.", "пациент центра")]
    public void A_description_then_who_he_is_and_his_name_set_off_by_a_comma_is_his_name(string sentence, string source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>
    /// A body named after the verb by a capitalised adjective, lower-case adjectives and its noun closing the clause
    /// ("Байкальская межрегиональная природоохранная прокуратура") runs to that noun; with no body's noun closing it the
    /// capitalised word alone is read, as before (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Стройку запретили, сообщила во вторник Байкальская межрегиональная природоохранная прокуратура.",
        "Байкальская межрегиональная природоохранная прокуратура")]
    [InlineData("Стройку запретили, сообщила во вторник Байкальская межрегиональная природоохранная.", "Байкальская")]
    public void A_body_named_by_its_capitalised_adjective_runs_to_its_noun(string sentence, string source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>
    /// A role in lower case after the verb, then set off by a comma and closing the sentence the party that holds it named in
    /// quotes ("объявила организатор фестиваля, автономная некоммерческая организация «…»"), is that party; with a clause
    /// going on after the name, the role is read as before (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Фестиваль не состоится, объявила во вторник организатор фестиваля, автономная некоммерческая организация «Ярославская инициатива».",
        "автономная некоммерческая организация «Ярославская инициатива»")]
    [InlineData(
        "Фестиваль не состоится, объявила организатор фестиваля, автономная некоммерческая организация «Ярославская инициатива», которая его проводит.",
        "организатор фестиваля")]
    public void A_role_after_the_verb_set_off_by_the_party_named_in_quotes_is_that_party(string sentence, string source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>
    /// A comment declined after a relative clause set off by commas ("В службе такси «Балт-Такси», куда перешли …, от
    /// комментариев отказались") is declined by the body named before the clause; with no relative clause the source
    /// is read as before (the near miss).
    /// </summary>
    [Theory]
    [InlineData("В службе такси «Балт-Такси», куда перешли несколько бывших водителей скорой, от комментариев отказались.", "службе такси «Балт-Такси»")]
    [InlineData("В службе такси «Балт-Такси» от комментариев отказались.", "службе такси «Балт-Такси»")]
    [InlineData("Несколько бывших водителей скорой перешли в такси, от комментариев отказались.", "комментариев отказались")]
    [InlineData("Администрация Казбековского района, где находится посёлок Дубки, от комментариев отказалась.", "Администрация Казбековского")]
    [InlineData("Администрация Казбековского района, там находится посёлок Дубки, от комментариев отказалась.", "комментариев отказалась")]
    public void A_comment_declined_after_a_relative_clause_is_declined_by_the_body_before_it(string sentence, string source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>
    /// A source set off by commas inside the relative clause ("через который, по данным следствия, проходила часть ставок")
    /// closes none of it, so the comment is declined by the body named before the clause; a clause that opens with no
    /// relative word is no relative clause (the near miss).
    /// </summary>
    [Theory]
    [InlineData("В сервисе «ПэйЛайн», через который, по данным следствия, проходила часть ставок, от комментариев отказались.", "сервисе «ПэйЛайн»")]
    [InlineData("В сервисе «ПэйЛайн», по данным следствия, проходила часть ставок, от комментариев отказались.", "комментариев отказались")]
    public void A_source_set_off_inside_a_relative_clause_does_not_end_it(string sentence, string source)
    {
        var finder = Read(sentence);
        Assert.Equal(source, CueSources.Written(finder, finder.Cues[finder.Cues.Count - 1]));
    }

    /// <summary>
    /// The verb's object in lower case after a participial or relative clause ("В компании «Сибфармтрейд», выигравшей
    /// аукцион, обвинения … опровергли") is no source; the body after the "в" opening the clause is. With no "в" before the
    /// clause ("Жители, пришедшие на собрание, …"), the source is read as before (the near miss).
    /// </summary>
    [Theory]
    [InlineData("В компании «Сибфармтрейд», выигравшей аукцион на поставку, обвинения в срыве контракта опровергли.", "компании «Сибфармтрейд»")]
    [InlineData("Жители, пришедшие на собрание, обвинения в срыве контракта опровергли.", "обвинения в срыве контракта")]
    public void An_object_after_a_clause_set_off_leaves_the_body_before_it_the_source(string sentence, string source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>
    /// After "по оценке", a scholar's or trade's noun in the genitive ("зоолога", "экономиста"), then the body it is of, runs
    /// through the body's name, "и" and all, to the holder's name that ends the clause; a word in "-олога" or "-иста" of no
    /// trade ("монолога", "туриста") does not (the near miss).
    /// </summary>
    [Theory]
    [InlineData("зоолога", "зоолога Института проблем экологии и эволюции РАН Дмитрия Ковалёва")]
    [InlineData("экономиста", "экономиста Института проблем экологии и эволюции РАН Дмитрия Ковалёва")]
    [InlineData("монолога", "монолога Института")]
    [InlineData("туриста", "туриста Института")]
    public void A_scholar_of_a_body_named_after_po_otsenke_runs_to_the_holders_name(string noun, string source) =>
        Assert.Equal(source, SourceOfTheOnlyCue("По оценке " + noun + " Института проблем экологии и эволюции РАН Дмитрия Ковалёва, стадо вырастет."));

    /// <summary>
    /// After the verb, a capitalised adjective in another case than the nominative, then lower-case words ending in the
    /// body's noun that closes the clause ("в пресс-службе Ростовского областного суда"), or the body's noun and lower-case
    /// words up to the region that ends its name ("в Территориальном фонде обязательного медицинского страхования
    /// Пензенской области"), is the body named whole; a closing noun that names no body ("лицея") ends the name at the
    /// adjective as before (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Суд освободил фермера, сообщили в среду в пресс-службе Ростовского областного суда.", "пресс-службе Ростовского областного суда")]
    [InlineData(
        "Квоты на год исчерпаны, сообщили во вторник в Территориальном фонде обязательного медицинского страхования Пензенской области.",
        "Территориальном фонде обязательного медицинского страхования Пензенской области")]
    [InlineData("Занятия отменили, сообщили в среду в пресс-службе Ростовского областного лицея.", "пресс-службе Ростовского")]
    public void A_body_named_by_an_adjective_in_another_case_runs_to_its_noun_or_region(string sentence, string source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>
    /// A body's capitalised noun, up to five lower-case words and the region that ends its name ("По данным Союза
    /// производителей продуктов питания Пензенской области") is the body named whole; the same words with no region
    /// after them leave the noun alone (the near miss).
    /// </summary>
    [Theory]
    [InlineData("По данным Союза производителей продуктов питания Пензенской области, сеть задолжала поставщикам.",
        "Союза производителей продуктов питания Пензенской области")]
    [InlineData("По данным Союза производителей продуктов питания Пензы, сеть задолжала поставщикам.", "Союза")]
    public void A_bodys_noun_runs_through_lower_case_words_to_its_region(string sentence, string source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>
    /// "ожидает, что …" reports an expectation, a forecast of its subject; "ожидает решения суда" waits and reports
    /// nothing (the near miss).
    /// </summary>
    [Fact]
    public void An_expectation_before_that_is_a_forecast()
    {
        var finder = Read("Аналитик агентства «АгроМонитор» Степан Ларин ожидает, что цены на сахар до конца года вряд ли вырастут.");
        var cue = Assert.Single(finder.Cues);
        Assert.Equal("Аналитик агентства «АгроМонитор» Степан Ларин", CueSources.Written(finder, cue));
        Assert.Equal(SpeechActs.Assess, cue.Act);
        Assert.Empty(Read("Аналитик агентства «АгроМонитор» Степан Ларин ожидает решения суда по этому делу.").Cues);
    }

    /// <summary>
    /// "полагает, что …" reports a view its subject holds, an assessment; "полагается компенсация" is what is due and
    /// reports nothing (the near miss).
    /// </summary>
    [Fact]
    public void A_supposition_before_that_is_an_assessment()
    {
        var finder = Read("Экономист Казанского университета Игорь Белов полагает, что через год цены на хлеб вырастут.");
        var cue = Assert.Single(finder.Cues);
        Assert.Equal("Экономист Казанского университета Игорь Белов", CueSources.Written(finder, cue));
        Assert.Equal(SpeechActs.Assess, cue.Act);
        Assert.Empty(Read("Пострадавшим жильцам полагается компенсация из областного бюджета.").Cues);
    }

    /// <summary>
    /// A person described by a few lower-case words and the place where she lives or works, after "из", "в" or "на"
    /// ("хозяйка гостевого дома в Листвянке Валентина Сурикова"), or a street's noun and its name ("на проспекте Мира"), is
    /// her name when it ends the clause; with no name after the place, or the place in lower case and no street's, the
    /// description is read as before (the near misses).
    /// </summary>
    [Theory]
    [InlineData("«Нас никто не спросил», — рассказала агентству хозяйка гостевого дома в Листвянке Валентина Сурикова.", "Валентина Сурикова")]
    [InlineData("«Не знаю, что делать», — рассказал агентству владелец кафе на Волжской набережной Олег Сидорин.", "Олег Сидорин")]
    [InlineData("«Чем платить — не представляю», — рассказал агентству фермер из Рыльского района Николай Бурцев.", "Николай Бурцев")]
    [InlineData("«Оценок никто не видит», — рассказала агентству мать семиклассника из Тольятти Елена Карпова.", "Елена Карпова")]
    [InlineData("«Платить будет покупатель», — рассказал агентству владелец двух магазинов на проспекте Мира Олег Сидорин.", "Олег Сидорин")]
    [InlineData("«Нас никто не спросил», — рассказала агентству хозяйка гостевого дома в Листвянке.", "хозяйка гостевого дома")]
    [InlineData("«Нас никто не спросил», — рассказала агентству хозяйка гостевого дома в посёлке Валентина Сурикова.", "хозяйка гостевого дома")]
    public void A_person_described_by_where_she_lives_or_works_is_her_name(string sentence, string source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>
    /// A company's noun, "по" and its field run to the name in quotes that ends them ("в компании по информационной
    /// безопасности «Периметр»"); with no name in quotes after the field, the noun alone is the source (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Базу выложили на форуме, сообщили в среду в компании по информационной безопасности «Периметр».",
        "компании по информационной безопасности «Периметр»")]
    [InlineData("Базу выложили на форуме, сообщили в среду в компании по информационной безопасности.", "компании")]
    public void A_companys_field_runs_to_its_name_in_quotes(string sentence, string source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>
    /// The subject stands before a relative clause that separates it from whom it was told to and the verb, a name in
    /// quotes inside the clause closing none of it; with no relative clause, no subject is read (the near miss).
    /// </summary>
    [Theory]
    [InlineData("В компании «Тандем Софт», которую в «Корзинке» назвали подрядчиком, агентству сказали, что её сотрудники не имели доступа к данным.",
        "компании «Тандем Софт»")]
    [InlineData("В компании «Тандем Софт», которая вела программу, агентству сказали, что её сотрудники не имели доступа к данным.",
        "компании «Тандем Софт»")]
    [InlineData("Программа сломалась, агентству сказали, что её сотрудники не имели доступа к данным.", null)]
    public void A_subject_before_a_relative_clause_and_the_audience_speaks(string sentence, string? source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>
    /// A place after "в" set off from the request by a relative clause stands before that clause, and "на звонки" is a
    /// request as "на запрос" is; with no relative clause, the request after a comma is still read as before (the near miss).
    /// </summary>
    [Theory]
    [InlineData("В компании «Южный курортный холдинг», которой принадлежит санаторий, на запрос агентства не ответили.",
        "компании «Южный курортный холдинг»")]
    [InlineData("В «Лифтсервис-Черноземье» на звонки агентства в среду не ответили.", "«Лифтсервис-Черноземье»")]
    [InlineData("Санаторий закрыт, на запрос агентства не ответили.", "запрос агентства")]
    public void A_place_after_v_stands_before_the_relative_clause_and_the_request(string sentence, string source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>
    /// A noun and a name in quotes set off by commas before the verb are its subject ("…, сервис «Ласточка», от
    /// комментариев отказался"); words between commas that end in no name in quotes are not (the near miss).
    /// </summary>
    [Theory]
    [InlineData("сервис «Ласточка»", true)]
    [InlineData("сервис по аренде «Ласточка»", false)]
    public void A_name_in_quotes_set_off_before_the_verb_is_its_subject(string apposition, bool subject)
    {
        var finder = Read("Второй по величине оператор в городе, " + apposition + ", от комментариев отказался.");
        Assert.Equal(subject, CueSources.Written(finder, finder.Cues[finder.Cues.Count - 1]) == apposition);
    }

    /// <summary>
    /// A person's name after a few lower-case words of her title, set off by commas before the verb, is its subject ("Его
    /// организатор, мать двух гребцов Ирина Лукьянова, потребовала"); a clause set off that ends in a name is not (the near miss).
    /// </summary>
    [Theory]
    [InlineData("мать двух гребцов Ирина Лукьянова", true)]
    [InlineData("где живёт Ирина Лукьянова", false)]
    public void A_persons_name_and_title_set_off_before_the_verb_are_its_subject(string apposition, bool subject)
    {
        var finder = Read("Его организатор, " + apposition + ", потребовала от мэрии расторгнуть договор.");
        Assert.Equal(subject, finder.Cues.Count > 0 && CueSources.Written(finder, finder.Cues[finder.Cues.Count - 1]) == apposition);
    }

    /// <summary>
    /// A name in quotes, then a relative clause set off by commas before the verb, is its subject, and the lower-case words
    /// before or after the verb its object ("Компания «Сибнефтегеология», которая …, поддержала учёных"); with no name in
    /// quotes before the clause, the lower-case words are read as before (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Компания «Сибнефтегеология», которая заказывает институту анализ образцов, поддержала учёных.", "Компания «Сибнефтегеология»")]
    [InlineData("Компания «Алтайавтотранс», которая обслуживает 11 городских маршрутов, нововведение поддержала.", "Компания «Алтайавтотранс»")]
    [InlineData("Решение, которое приняли депутаты, поддержала мэрия.", "мэрия")]
    public void A_name_in_quotes_before_a_relative_clause_is_the_subject(string sentence, string source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>
    /// "считает X оправданным", "считают дома памятниками" judge a deed or a thing and are read as a cue; "считает деньги",
    /// "считает своим долгом" and "считает выручку вечерами" are not.
    /// </summary>
    [Theory]
    [InlineData("Директор компании Рустам Хайруллин считает повышение оправданным.", "Директор компании Рустам Хайруллин")]
    [InlineData("Директор компании Рустам Хайруллин считает выручку каждый вечер.", null)]
    [InlineData("Директор компании Рустам Хайруллин считает своим долгом помочь.", null)]
    [InlineData("Жители разделились во мнениях: одни считают дома памятниками.", "одни")]
    [InlineData("Директор компании Рустам Хайруллин считает выручку вечерами.", null)]
    public void Holding_a_deed_justified_is_a_judgement(string sentence, string? source) =>
        Assert.Equal(source, Read(sentence).Cues.Select(c => CueSources.Written(Read(sentence), c)).SingleOrDefault());

    /// <summary>
    /// "считает наиболее вероятной причиной отказ": holding a thing to be the cause of another is a judgement and read as a
    /// cue; "считает причины аварии" (counting them, no cause held) is not (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Биолог Ахмед Курбанов считает наиболее вероятной причиной гибели новый выброс газа.", "Биолог Ахмед Курбанов")]
    [InlineData("Биолог Ахмед Курбанов считает причины гибели тюленей.", null)]
    public void Holding_a_thing_the_cause_is_a_judgement(string sentence, string? source) =>
        Assert.Equal(source, Read(sentence).Cues.Select(c => CueSources.Written(Read(sentence), c)).SingleOrDefault());

    /// <summary>
    /// "от интервью агентству отказался", "отказался дать интервью": refusing an interview is a refusal to comment; an
    /// interview in which something else is refused ("В интервью агентству министр отказался от льгот") is no refusal to
    /// comment, only the place a claim was made (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Министр образования Роман Зуев от интервью агентству отказался.", "Министр образования Роман Зуев", "decline-comment")]
    [InlineData("Министр образования Роман Зуев отказался дать интервью.", "Министр образования Роман Зуев", "decline-comment")]
    [InlineData("В интервью агентству министр отказался от льгот.", null, "claim")]
    public void Refusing_an_interview_is_a_refusal_to_comment(string sentence, string? source, string? act)
    {
        var finder = Read(sentence);
        Assert.Equal((source, act), finder.Cues.Select(c => ((string?)CueSources.Written(finder, c), (string?)c.Act)).SingleOrDefault());
    }

    /// <summary>
    /// "Музыканты опубликовали письмо губернатору, в котором попросили …": a relative word after its preposition refers to
    /// the noun before the comma, and the verb has the subject of the agreeing verb before it; a relative word whose verb
    /// agrees with none there ("письмо, в котором министр попросил") does not take that subject: the clause's own noun is
    /// its source (the near miss; the relative word still stands before it as written, "котором министр").
    /// </summary>
    [Fact]
    public void A_relative_word_after_its_preposition_is_no_source()
    {
        Assert.Equal("Музыканты", SourceOfTheOnlyCue("Музыканты опубликовали открытое письмо губернатору, в котором попросили сохранить финансирование."));

        var nearMiss = SourceOfTheOnlyCue("Музыканты опубликовали открытое письмо, в котором министр попросил сохранить финансирование.");

        Assert.NotNull(nearMiss);
        Assert.DoesNotContain("Музыканты", nearMiss, StringComparison.Ordinal);
        Assert.EndsWith("министр", nearMiss, StringComparison.Ordinal);
    }

    /// <summary>
    /// "ученица вечерней школы № 5 Дарья Мезенцева": a description with the number of the school she is of, then her name
    /// ending the clause, is the person her name names; a number with no name after it is left with the description (the near miss).
    /// </summary>
    [Theory]
    [InlineData("«Мне 19 лет», — сказала агентству ученица вечерней школы № 5 Дарья Мезенцева.", "Дарья Мезенцева")]
    [InlineData("«Мне 19 лет», — сказала агентству ученица вечерней школы № 5.", "ученица вечерней школы")]
    public void A_person_described_by_a_numbered_school_is_her_name(string sentence, string source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>
    /// "В МВД по Республике Северная Осетия — Алания сообщили": a republic's name of two parts joined by a dash is one name;
    /// a dash that sets off a clause before the place ("… в Осетии — в МВД республики сообщили") still ends it (the near miss).
    /// </summary>
    [Theory]
    [InlineData("В МВД по Республике Северная Осетия — Алания сообщили, что составили протоколы.", "МВД по Республике Северная Осетия — Алания")]
    [InlineData("Турнир прошёл в Осетии — в МВД республики сообщили, что составили протоколы.", "МВД республики")]
    public void A_republics_name_joined_by_a_dash_is_one_name(string sentence, string source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>Pressing for a thing ("добиваются запрета") is a demand; having won it ("добились запрета") reports no speech.</summary>
    [Theory]
    [InlineData("Жители Томска добиваются запрета на вырубку бора под коттеджи", "demand")]
    [InlineData("Жители Томска добились запрета на вырубку бора под коттеджи", null)]
    public void Pressing_for_a_thing_is_a_demand(string sentence, string? act) =>
        Assert.Equal(act, Read(sentence).Cues.Select(c => (string?)c.Act).SingleOrDefault());

    /// <summary>
    /// "свой" refers back to the subject and opens the verb's object: the source ends before it, or is the name set off by
    /// dashes before it; a subject with no "свой" after it is read as before (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Поставщик двигателей — нижегородская компания «Волгадизель» — своей вины в задержке не признаёт.", "нижегородская компания «Волгадизель»")]
    [InlineData("Директор завода своей вины в задержке не признаёт.", "Директор завода")]
    [InlineData("Директор завода вины в задержке не признаёт.", "Директор завода вины в задержке")]
    public void A_reflexive_possessive_opens_the_object_not_the_source(string sentence, string source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>After a body's noun, "по" opens what it deals with, to the clause's edge; "по итогам проверки" is no portfolio.</summary>
    [Theory]
    [InlineData("Маршрут закроют с 1 мая, сообщил в среду комитет по транспорту администрации города.", "комитет по транспорту администрации города")]
    [InlineData("Маршрут закроют с 1 мая, сообщила в среду комиссия по итогам проверки.", "комиссия")]
    public void A_bodys_portfolio_after_po_is_part_of_its_name(string sentence, string source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>
    /// "От комментариев" opening the clause refuses a comment however far the verb stands, its source right before the
    /// verb; comments named elsewhere ("от участия в обсуждении комментариев") are no refusal to comment (the near miss).
    /// </summary>
    [Theory]
    [InlineData("От комментариев о сроках ремонта моста в мэрии отказались.", "мэрии", "decline-comment")]
    [InlineData("От участия в обсуждении сроков ремонта и комментариев к проекту в мэрии отказались.", null, null)]
    public void A_refused_comment_may_open_the_clause_far_before_the_verb(string sentence, string? source, string? act)
    {
        var finder = Read(sentence);
        Assert.Equal((source, act), finder.Cues.Select(c => ((string?)CueSources.Written(finder, c), (string?)c.Act)).SingleOrDefault());
    }

    /// <summary>"утверждает, что …" asserts a claim; "утверждают регионы" approves, with no "что" or quote after it (the near miss).</summary>
    [Theory]
    [InlineData("Бывший хранитель музея Тамара Грекова, уволенная в прошлом году, утверждает, что руководство знало о пропажах.",
        "Бывший хранитель музея Тамара Грекова", "claim")]
    [InlineData("Расписание пригородных поездов утверждают регионы и перевозчики.", null, null)]
    public void Asserting_before_chto_is_a_claim(string sentence, string? source, string? act)
    {
        var finder = Read(sentence);
        Assert.Equal((source, act), finder.Cues.Select(c => ((string?)CueSources.Written(finder, c), (string?)c.Act)).SingleOrDefault());
    }

    /// <summary>Whom it was told to ("агентству") is no part of the source, before the verb or after it; a name after it still is (the near miss).</summary>
    [Theory]
    [InlineData("«Я дважды писала служебные записки», — рассказала она агентству.", "она")]
    [InlineData("В Министерстве транспорта России агентству сообщили, что расписание утверждают регионы.", "Министерстве транспорта России")]
    [InlineData("«Я дважды писала служебные записки», — рассказал агентству министр Иван Петров.", "министр Иван Петров")]
    public void Whom_it_was_told_to_is_no_part_of_the_source(string sentence, string source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>
    /// After the comma that closes a "что" clause, "и потребовал" is joined to the verb that opened it and shares its
    /// source; with no comma, it goes on with the verb of what was said (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Директор завода Сергей Комаров заявил, что предприятие не добавляло в продукцию жиры, и потребовал провести экспертизу.",
        "Директор завода Сергей Комаров")]
    [InlineData("Директор завода Сергей Комаров заявил, что министерство признало ошибку и потребовало провести экспертизу.", "министерство")]
    public void A_verb_joined_after_a_chto_clause_shares_the_source_of_the_verb_that_opened_it(string sentence, string source)
    {
        var finder = Read(sentence);
        Assert.Equal(source, CueSources.Written(finder, finder.Cues[finder.Cues.Count - 1]));
    }

    /// <summary>The source of the one cue a sentence has, as written; null when it names none.</summary>
    private static string? SourceOfTheOnlyCue(string sentence)
    {
        var finder = Read(sentence);
        return CueSources.Written(finder, Assert.Single(finder.Cues));
    }

    private static AttributionFinder Read(string sentence)
    {
        var finder = new AttributionFinder(TextLanguage.Russian);
        finder.Read(sentence, new TextRange(0, sentence.Length), Quotes.In(sentence, 0, sentence.Length).ToList());
        return finder;
    }

    /// <summary>
    /// Not choosing to comment ("комментировать не стали") refuses a comment, its source the body after the "в" opening the
    /// clause; choosing to do something else ("не стали ждать") is no refusal (the near miss).
    /// </summary>
    [Theory]
    [InlineData("В Министерстве спорта России ситуацию комментировать не стали.", "Министерстве спорта России", "decline-comment")]
    [InlineData("В мэрии перенос сроков ремонта комментировать не стали.", "мэрии", "decline-comment")]
    [InlineData("Директор завода Иван Лыков не стал комментировать решение суда.", "Директор завода Иван Лыков", "decline-comment")]
    [InlineData("В мэрии не стали ждать решения суда.", null, null)]
    public void Not_choosing_to_comment_refuses_a_comment(string sentence, string? source, string? act)
    {
        var finder = Read(sentence);
        Assert.Equal((source, act), finder.Cues.Select(c => ((string?)CueSources.Written(finder, c), (string?)c.Act)).SingleOrDefault());
    }

    /// <summary>Coming out in support of someone ("выступило в поддержку игроков") voices support; speaking at a forum does not (the near miss).</summary>
    [Theory]
    [InlineData("Объединение болельщиков «Прииртышья» выступило в поддержку игроков.", "Объединение болельщиков «Прииртышья»", "support")]
    [InlineData("Объединение болельщиков «Прииртышья» выступило в среду на форуме.", null, null)]
    public void Coming_out_in_support_voices_support(string sentence, string? source, string? act)
    {
        var finder = Read(sentence);
        Assert.Equal((source, act), finder.Cues.Select(c => ((string?)CueSources.Written(finder, c), (string?)c.Act)).SingleOrDefault());
    }

    /// <summary>"По версии следствия" gives its account as "по данным" does; "версии" after another word is no source (the near miss).</summary>
    [Theory]
    [InlineData("По версии следствия, агентство брало с клиентов полную оплату туров.", "следствия")]
    [InlineData("Агентство выпустило новую версию программы туров.", null)]
    public void By_the_version_of_is_an_account(string sentence, string? source) =>
        Assert.Equal(source, Read(sentence).Cues.Select(c => CueSources.Written(Read(sentence), c)).SingleOrDefault());

    /// <summary>
    /// Deeming a deed so ("сочли наказание слишком мягким") judges it, its subject before the participle set off after it;
    /// "сочли" with no judgement of what it names reports nothing (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Потерпевшие, пришедшие на оглашение приговора, сочли наказание слишком мягким.", "Потерпевшие", "assess")]
    [InlineData("Жители посёлка сочли решение суда ошибочным.", "Жители посёлка", "assess")]
    [InlineData("Кассиры сочли выручку за день к вечеру.", null, null)]
    [InlineData("В прокуратуре, в свою очередь, сочли условные сроки для сообщников слишком мягкими.", "прокуратуре", "assess")]
    [InlineData("Кассиры сочли выручку за день слишком поздно вечером.", null, null)]
    public void Deeming_a_deed_so_judges_it(string sentence, string? source, string? act)
    {
        var finder = Read(sentence);
        Assert.Equal((source, act), finder.Cues.Select(c => ((string?)CueSources.Written(finder, c), (string?)c.Act)).SingleOrDefault());
    }

    /// <summary>
    /// Assuring that a thing will be ("заверил, что") pledges it and advising someone to do it ("посоветовала им") urges it;
    /// certifying a signature ("заверил подпись") and consulting someone ("посоветовалась с юристом") do not (the near misses).
    /// </summary>
    [Theory]
    [InlineData("Корнилов заверил, что зарплату за март все сотрудники получат полностью.", "pledge")]
    [InlineData("Она посоветовала им заказать независимую оценку до подписания соглашений.", "urge")]
    [InlineData("Нотариус заверил подпись директора в понедельник.", null)]
    [InlineData("Она посоветовалась с юристом до подписания соглашений.", null)]
    public void Assuring_pledges_and_advising_urges(string sentence, string? act) =>
        Assert.Equal(act, Read(sentence).Cues.Select(c => (string?)c.Act).SingleOrDefault());

    /// <summary>Stopping to answer ("перестали отвечать") reports nothing said; answering, after the same subject, does (the near miss).</summary>
    [Theory]
    [InlineData("В августе все офисы закрылись в один день, а телефоны компании перестали отвечать.", 0)]
    [InlineData("Директор компании Иван Лыков прекратил отвечать на вопросы журналистов.", 0)]
    [InlineData("Директор компании Иван Лыков ответил, что офисы закрыты.", 1)]
    public void A_reporting_verb_after_stopping_reports_nothing(string sentence, int cues) =>
        Assert.Equal(cues, Read(sentence).Cues.Count);

    /// <summary>What a rule requires ("как того требует Трудовой кодекс") is no demand; a union that requires it is (the near miss).</summary>
    [Theory]
    [InlineData("Профсоюз получил уведомление за два месяца, как того требует Трудовой кодекс.", 0)]
    [InlineData("Профсоюз требует, чтобы уведомление направляли за два месяца.", 1)]
    public void What_a_rule_requires_is_no_demand(string sentence, int cues) =>
        Assert.Equal(cues, Read(sentence).Cues.Count);

    /// <summary>
    /// Guilt ("вину") is the object of admitting it, never part of the subject before it; a place after "в" goes on with
    /// its object as before (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Дорохова вину не признала.", "Дорохова")]
    [InlineData("В «Бастионе-Р» вину за опоздание не признали.", "«Бастионе-Р» вину за опоздание")]
    public void Guilt_is_the_object_not_the_subject(string sentence, string source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>
    /// Reproaches, accusations and claims ("упрёки", "обвинения") are the object of denying them and end the place after "в"
    /// before them; a place with no such noun after it is read whole as before (the near miss).
    /// </summary>
    [Theory]
    [InlineData("В минсельхозе республики упрёки отвергли.", "минсельхозе республики")]
    [InlineData("В минсельхозе республики Хакасия отвергли.", "минсельхозе республики Хакасия")]
    public void Reproaches_end_the_place_before_them(string sentence, string source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>
    /// A title in any case, "по" and its field run to the holder's name ("эксперта по безопасности подъёмных сооружений
    /// Глеба Тарасова"), as "одна из авторов обращения" and "мать одного из пострадавших мальчиков" run to hers; with no
    /// name after them the title alone is the source (the near miss).
    /// </summary>
    [Theory]
    [InlineData("По оценке эксперта по безопасности подъёмных сооружений Глеба Тарасова, дорога простоит месяц.",
        "эксперта по безопасности подъёмных сооружений Глеба Тарасова")]
    [InlineData("По оценке эксперта по безопасности, дорога простоит месяц.", "эксперта")]
    [InlineData("Женщины собрали подписи, рассказала одна из авторов обращения Дарья Никитина.", "одна из авторов обращения Дарья Никитина")]
    [InlineData("Женщины собрали подписи, рассказала одна из жительниц.", "одна")]
    [InlineData("Дети боятся, рассказала агентству мать одного из пострадавших мальчиков Елена Шевцова.",
        "мать одного из пострадавших мальчиков Елена Шевцова")]
    [InlineData("Дети боятся, рассказала агентству мать одного из мальчиков.", "мать одного")]
    public void A_title_and_its_field_or_one_of_many_run_to_the_name_after_them(string sentence, string source) =>
        Assert.Equal(source, SourceOfTheOnlyCue(sentence));

    /// <summary>"пока не ответили" is "not yet": "пока" opens no clause before "не"; opening one, it still ends the source (the near miss).</summary>
    [Theory]
    [InlineData("В администрации главы Карелии на запрос агентства пока не ответили.", "администрации главы Карелии")]
    [InlineData("Комиссия заседала, пока депутаты заявили, что уходят.", "депутаты")]
    public void Poka_before_ne_opens_no_clause(string sentence, string source) =>
        Assert.Equal(source, Read(sentence).Cues.Select(c => CueSources.Written(Read(sentence), c)).Last());

    /// <summary>
    /// Once "что" opens what was said, a preposition after it is part of it ("что в понедельник обсудила …"), not a place of
    /// speaking before another "что"; a place of speaking before the first "что" is still passed over (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Ольга Ширяева сообщила, что в понедельник обсудила судьбу домов с застройщиком и что снос отложат.",
        "в понедельник обсудила судьбу домов с застройщиком и что снос отложат")]
    [InlineData("The deputy governor said in a statement on Telegram that the demolition would be put off.", "the demolition would be put off")]
    public void A_preposition_after_chto_is_what_was_said(string sentence, string evidence) =>
        Assert.Equal(evidence, Assert.Single(RussianDraft(sentence)).Evidence);

    /// <summary>
    /// "осудила решение, назвав его «…», и заявила": the gerund between has no subject, so the verb after "и" has the subject
    /// of the cue before it, and is a statement of its own; with no "и" it is read as before (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Мария Шестакова осудила решение комитета, назвав его «приговором историческому центру», и заявила, что экспертизу оплатил застройщик.", 2)]
    [InlineData("Мария Шестакова осудила решение комитета, назвав его «приговором историческому центру».", 1)]
    public void A_verb_after_a_gerund_joined_by_i_has_the_subject_of_the_cue_before(string sentence, int statements) =>
        Assert.Equal(statements, RussianDraft(sentence).Count(s => s.Speaker == "mariya-shestakova"));
}
