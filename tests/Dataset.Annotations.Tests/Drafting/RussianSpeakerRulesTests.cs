using Dataset.Annotations.Drafting;
using Dataset.Annotations.Model;
using Dataset.Annotations.Text;

namespace Dataset.Annotations.Tests.Drafting;

/// <summary>
/// Who speaks in a Russian draft when the source is a long title, an office of a declared body, a bare noun or a
/// person's role: each rule on a sentence it reads, and a near miss it leaves as it was.
/// </summary>
public class RussianSpeakerRulesTests
{
    private static readonly KnownActor[] Folder =
    [
        new("russian-investigative-committee", "Следственный комитет России", ["СК России"], "government-body"),
        new("rospotrebnadzor", "Роспотребнадзор", [], "government-body"),
        new("rosaviatsia", "Федеральное агентство воздушного транспорта", ["Росавиация"], "government-body"),
    ];

    [Theory]
    [InlineData("Уполномоченный по правам человека в Дагестане Саида Мусаева потребовала организовать подвоз воды.", "Саида Мусаева")]
    [InlineData("Вице-президент Федерации лыжных гонок России Сергей Ломакин сказал, что федерация окажет помощь.", "Сергей Ломакин")]
    [InlineData("Министр ЖКХ Дагестана Арсен Курбанов сказал, что сети заменят.", "Арсен Курбанов")]
    [InlineData("Министр Иван Петрович Сидоров сказал, что сети заменят.", "Иван Петрович Сидоров")]
    [InlineData("Министр Ерлан Сатпаев сказал, что сети заменят.", "Ерлан Сатпаев")]
    public void After_a_russian_title_the_last_two_capitalised_words_are_the_persons_name(string sentence, string name) =>
        Assert.Equal([name], Speakers(sentence));

    /// <summary>
    /// A title too long to be a name ("Профессор кафедры гигиены … университета") still leaves the person's name after it
    /// as the speaker; a long run with no title before the name is still no speaker (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Профессор кафедры гигиены Тульского государственного университета Виктор Панов считает, что линия безопасна.", "Виктор Панов")]
    [InlineData("Жители домов у новой линии электропередачи за рекой Виктор Панов считает, что линия безопасна.", null)]
    public void After_a_title_too_long_to_be_a_name_the_persons_name_speaks(string sentence, string? name) =>
        Assert.Equal(name, Speakers(sentence).SingleOrDefault());

    /// <summary>
    /// A service's or a union's noun among the lower-case words before a one-word name in quotes ("в межрегиональном
    /// профсоюзе медиков «Неотложка»") names the body whole, not a person titled by the words; a noun of neither is the
    /// words' title as before (the near miss).
    /// </summary>
    [Theory]
    [InlineData("в межрегиональном профсоюзе медиков «Неотложка»", "межрегиональный профсоюз медиков «Неотложка»")]
    [InlineData("в службе такси «Балт-Такси»", "служба такси «Балт-Такси»")]
    [InlineData("в межрегиональном совете медиков «Неотложка»", "«Неотложка»")]
    public void A_service_or_a_union_named_in_quotes_after_its_noun_is_named_whole(string source, string speaker) =>
        Assert.Equal(speaker, Speakers("Скорая стала приезжать дольше, сообщили во вторник " + source + ".").Last());

    /// <summary>
    /// After "по оценке", a trade's noun in the genitive ("экономиста") titles the name after the body it is of, so that
    /// person speaks, not the body's first word ("Балтийского"); a word in "-иста" of no trade titles none, read as before (the near miss).
    /// </summary>
    [Theory]
    [InlineData("По оценке экономиста Балтийского федерального университета имени Канта Павла Лисицына, цены вырастут.", "Павел Лисицын")]
    [InlineData("По оценке туриста Балтийского федерального университета имени Канта Павла Лисицына, цены вырастут.", "Балтийского")]
    public void After_po_otsenke_a_trades_noun_in_the_genitive_titles_the_name_after_it(string sentence, string name) =>
        Assert.Equal(name, Speakers(sentence).Last());

    /// <summary>
    /// A trade's noun ("врач", "гидробиолог", "экономист") opens a long title as a title does, so the person's name after it speaks;
    /// a word in "-олог" that is no trade ("Монолог") does not (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Главный врач Калининградской областной станции скорой помощи Ольга Тимченко подтвердила, что водителей не хватает.", "Ольга Тимченко")]
    [InlineData("Гидробиолог Лимнологического института СО РАН Михаил Вершинин считает, что стоки уже заметны на озере.", "Михаил Вершинин")]
    [InlineData("Монолог Лимнологического института СО РАН Михаил Вершинин считает, что стоки уже заметны на озере.", null)]
    [InlineData("Экономист Дальневосточного государственного аграрного университета Павел Гринёв оценил потери в шесть миллиардов рублей.", "Павел Гринёв")]
    [InlineData("Экономика Дальневосточного государственного аграрного университета Павел Гринёв оценил потери в шесть миллиардов рублей.", null)]
    public void After_a_trades_noun_too_long_to_be_a_name_the_persons_name_speaks(string sentence, string? name) =>
        Assert.Equal(name, Speakers(sentence).SingleOrDefault());

    /// <summary>
    /// An activist's noun ("Активистка движения «Омск без свалок»") opens a long title as a trade's does, so the person's
    /// name after it speaks; a noun of no trade or title before the same words ("Соседка движения …") leaves a run too
    /// long to be a name, and no speaker (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Активистка движения «Омск без свалок» Ирина Белова поддержала запрет.", "Ирина Белова")]
    [InlineData("Активист движения «Омск без свалок» Иван Белов заявил, что запрет нужен.", "Иван Белов")]
    [InlineData("Соседка движения «Омск без свалок» Ирина Белова поддержала запрет.", null)]
    public void After_an_activists_noun_too_long_to_be_a_name_the_persons_name_speaks(string sentence, string? name) =>
        Assert.Equal(name, Speakers(sentence).SingleOrDefault());

    /// <summary>
    /// A capitalised adjective, an organisation's noun and lower-case words up to the region that ends the name ("в
    /// Территориальном фонде обязательного медицинского страхования Пензенской области") is a body named whole, however
    /// long, in the nominative; with no region at its end it runs as far as its genitive complement does.
    /// </summary>
    [Theory]
    [InlineData(
        "Квоты исчерпаны, сообщили во вторник в Территориальном фонде обязательного медицинского страхования Пензенской области.",
        "Территориальный фонд обязательного медицинского страхования Пензенской области")]
    [InlineData(
        "Квоты исчерпаны, сообщили во вторник в Территориальном фонде обязательного медицинского страхования граждан Пензы.",
        "Территориальный фонд обязательного медицинского страхования граждан Пензы")]
    public void An_organisations_noun_after_a_capitalised_adjective_runs_to_the_region(string sentence, string? name) =>
        Assert.Equal(name, Speakers(sentence).SingleOrDefault());

    /// <summary>
    /// "По данным фонда" after "в Территориальном фонде обязательного медицинского страхования Пензенской области" is that
    /// fund, named before with its region; "По данным комитета", a noun of another sort, is not (the near miss).
    /// </summary>
    [Theory]
    [InlineData("фонда", true)]
    [InlineData("комитета", false)]
    public void A_funds_bare_noun_is_the_fund_named_before_with_its_region(string noun, bool same)
    {
        var speakers = Speakers(
            "Квоты исчерпаны, сообщили во вторник в Территориальном фонде обязательного медицинского страхования Пензенской области.\n"
            + $"По данным {noun}, в очереди стоят около 600 женщин.");
        Assert.Equal(2, speakers.Count);
        Assert.Equal(same, speakers[0] == speakers[1]);
    }

    /// <summary>
    /// "подтвердила, что …, но назвала цифры завышенными": the naming verb after "но" shares the subject of the verb that
    /// opened the "что" clause, a denial of its own; a verb of another gender is the "что" clause's (the near miss).
    /// </summary>
    [Theory]
    [InlineData("назвала", 2)]
    [InlineData("назвали", 1)]
    public void A_naming_verb_after_but_shares_the_subject_of_the_verb_before_the_that_clause(string verb, int count) =>
        Assert.Equal(count, Speakers($"Главный врач Ольга Тимченко подтвердила, что станции не хватает водителей, но {verb} цифры профсоюза завышенными.")
            .Count(s => s == "Главный врач Ольга Тимченко" || s == "Ольга Тимченко"));

    /// <summary>
    /// Calling a deed "«неуважением к жителям»" is a statement, and the demand joined to it by "и" has the same speaker;
    /// calling it by a neutral name is none (the near miss), and the demand alone is not hers.
    /// </summary>
    [Theory]
    [InlineData("Депутат областной думы Галина Рябова назвала строительство без обсуждений «неуважением к жителям» и потребовала приостановить работы.", 2)]
    [InlineData(
        "Депутат областной думы Галина Рябова назвала строительство без общественных обсуждений «первым этапом» и потребовала приостановить работы.",
        0)]
    public void Disrespect_named_is_a_statement_with_the_demand_joined_to_it(string sentence, int count) =>
        Assert.Equal(count, Speakers(sentence).Count(s => s == "Галина Рябова"));

    /// <summary>Calling a measure "чрезмерной мерой" is a statement beside the claim joined to it; "первой мерой" is none (the near miss).</summary>
    [Theory]
    [InlineData("чрезмерной", 2)]
    [InlineData("первой", 1)]
    public void An_excessive_measure_named_is_a_statement(string adjective, int count) =>
        Assert.Equal(count, Speakers($"Адвокат Бирюкова Елена Гринёва назвала арест {adjective} мерой и заявила, что защита обжалует его.")
            .Count(s => s == "Елена Гринёва"));

    [Theory]
    [InlineData("По данным регионального управления СК России, обвиняемые выводили деньги.", "региональное управление СК России")]
    [InlineData("По данным СК России, обвиняемые выводили деньги.", "Следственный комитет России")]
    public void A_regional_office_of_a_declared_body_is_a_party_of_its_own(string sentence, string speaker) =>
        Assert.Equal([speaker], Speakers(sentence));

    [Theory]
    [InlineData("Управление Роспотребнадзора по Дагестану начало проверку.", "Управление Роспотребнадзора по Дагестану")]
    [InlineData("Роспотребнадзор начал проверку.", "Роспотребнадзор")]
    public void A_bare_body_noun_after_a_regional_office_is_that_office(string before, string speaker) =>
        Assert.Equal(speaker, Speakers(before + "\nВ ведомстве отметили, что роста инфекций не зафиксировано.").Last());

    [Theory]
    [InlineData("Центральный районный суд Новосибирска начал рассмотрение дела.", "Центральный районный суд Новосибирска")]
    [InlineData("Дольщики провели пикет у здания правительства.", "суда")]
    public void The_site_of_a_court_is_the_court_named_before(string before, string speaker) =>
        Assert.Equal(speaker, Speakers(before + "\nКак сообщается на сайте суда, следующее заседание назначено на 10 ноября.").Last());

    [Theory]
    [InlineData("Сама Воронцова заявила, что не принимала препаратов.", "Воронцова")]
    [InlineData("Министерство спорта заявило, что не знало о препарате.", "Спортсменка")]
    public void A_persons_role_alone_is_the_person_who_spoke_last(string before, string speaker) =>
        Assert.Equal(speaker, Speakers(before + "\nСпортсменка назвала решение «несправедливым и поспешным».").Last());

    [Theory]
    [InlineData("По словам адвоката, пробу хранили с нарушениями.", "Алексей Гринберг")]
    [InlineData("По словам прокурора, пробу хранили без нарушений.", "прокурора")]
    public void A_title_alone_is_the_holder_named_before_with_it_after_a_possessive(string sentence, string speaker) =>
        Assert.Equal(speaker, Speakers("Её адвокат Алексей Гринберг сообщил, что защита обжалует решение.\n" + sentence).Last());

    [Theory]
    [InlineData("Государственная инспекция труда в Челябинской области проверила завод.", "Государственная инспекция труда в Челябинской области")]
    [InlineData("Федеральная антимонопольная служба проверила завод.", "инспекции")]
    public void A_bare_noun_of_a_bodys_sort_is_the_body_named_before_with_that_noun(string before, string speaker) =>
        Assert.Equal(speaker, Speakers(before + "\nПо данным инспекции, директор оштрафован на 50 тысяч рублей.").Last());

    [Theory]
    [InlineData("Следственное управление СК России по Кировской области", "сообщается на сайте ведомства",
        "Следственное управление СК России по Кировской области")]
    [InlineData("Полиция", "сообщается на сайте ведомства", "ведомства")]
    [InlineData("Управление Роспотребнадзора по Чувашии", "говорится в сообщении на сайте управления", "Управление Роспотребнадзора по Чувашии")]
    [InlineData("Министерство здравоохранения Чувашии", "говорится в сообщении на сайте управления", "управления")]
    public void The_site_of_a_body_is_the_regional_office_named_before_it(string subject, string report, string speaker) =>
        Assert.Equal([speaker], Speakers(subject + " возбудило уголовное дело по статье 238 УК РФ, " + report + "."));

    [Theory]
    [InlineData("", "Федеральное агентство воздушного транспорта")]
    [InlineData("Федеральная антимонопольная служба начала проверку.\n", "Федеральная антимонопольная служба")]
    public void Vedomstvo_is_the_government_body_named_last_declared_or_not(string between, string speaker) =>
        Assert.Equal(
            speaker,
            Speakers("Официальный представитель Росавиации Елена Гончарова сообщила, что проверка начнётся.\n" + between
                + "В ведомстве также было заявлено, что допуск к полётам могут ограничить.").Last());

    [Theory]
    [InlineData("Авиакомпания «Саянские авиалинии» отменила 46 рейсов", "перевозчика", "пресс-служба авиакомпании «Саянские авиалинии»")]
    [InlineData("Российское антидопинговое агентство дисквалифицировало лыжницу", "агентства", "пресс-служба агентства")]
    [InlineData("Агрохолдинг «Черноземье-Агро» снизил закупочные цены", "агрохолдинга", "пресс-служба агрохолдинга «Черноземье-Агро»")]
    [InlineData("Мощности завода загружены урожаем агрохолдинга «Черноземье-Агро»", "агрохолдинга", "пресс-служба агрохолдинга «Черноземье-Агро»")]
    [InlineData("Завод принадлежит «Черноземье-Агро»", "агрохолдинга", "пресс-служба агрохолдинга")]
    public void The_press_service_of_a_companys_noun_speaks_for_the_company_named_before_in_quotes(string deed, string noun, string speaker) =>
        Assert.Equal(speaker, Speakers(deed + ", сообщила во вторник пресс-служба " + noun + ".").Last());

    [Theory]
    [InlineData("В Слободском Кировской области", "министерство энергетики Кировской области")]
    [InlineData("В Слободском", "министерство энергетики региона")]
    public void A_body_of_the_region_is_of_the_region_named_before(string place, string speaker) =>
        Assert.Equal([speaker], Speakers(place + " без тепла остались 200 домов, сообщило в среду министерство энергетики региона."));

    [Fact]
    public void An_order_joined_to_a_deed_is_the_deeds_subject_and_his_title_alone_is_him_after()
    {
        var speakers = Speakers(
            "Губернатор Кировской области Игорь Мельников провёл совещание и поручил выделить 40 миллионов рублей.\n"
                + "По словам губернатора, концессионер несколько лет откладывал ремонт сетей.");

        Assert.Equal(["Игорь Мельников", "Игорь Мельников"], speakers);
    }

    [Fact]
    public void Two_verbs_of_one_body_joined_by_i_are_two_statements_each_with_its_act()
    {
        var draft = Draft("В ведомстве отметили, что роста инфекций пока не зафиксировано, и рекомендовали жителям пить кипячёную воду.");

        Assert.Equal(["claim", "urge"], draft.Statements.Select(s => s.Act));
    }

    [Theory]
    [InlineData("Глава города Андрей Кулешов сообщил, что мост закрыт.", "Андрей Кулешов")]
    [InlineData("Мэрия сообщила, что мост закрыт.", "Глава города")]
    public void A_title_opening_a_sentence_is_the_holder_named_before_with_it(string before, string speaker) =>
        Assert.Equal(speaker, Speakers(before + "\nГлава города отметил, что автобусы пустят в объезд.").Last());

    [Theory]
    [InlineData("Министерство транспорта и дорожного хозяйства Свердловской области", "Министерство транспорта и дорожного хозяйства Свердловской области")]
    [InlineData("Министерство транспорта и дорожного хозяйства", "ведомстве")]
    public void A_ministry_named_with_two_things_and_its_region_is_the_body_vedomstvo_refers_to(string ministry, string speaker) =>
        Assert.Equal(speaker, Speakers(ministry + " оштрафовало сервис такси.\nВ ведомстве уточнили, что проверка продолжится.").Last());

    [Theory]
    [InlineData("Власти Забайкальского края ввели режим ЧС.", "министерство природных ресурсов Забайкальского края")]
    [InlineData("Власти ввели режим ЧС.", "региональное министерство природных ресурсов")]
    public void A_regional_body_is_of_the_region_named_before(string before, string speaker) =>
        Assert.Equal(speaker, Speakers(before + "\nПо данным регионального министерства природных ресурсов, действуют 46 пожаров.").Last());

    /// <summary>
    /// "правительстве области" is the government of the autonomous region the article names ("Еврейской автономной
    /// области"), not a region made of the dateline's city ("Биробиджанской области"); with no region named, the dateline's.
    /// </summary>
    [Theory]
    [InlineData("Паводок затопил в Еврейской автономной области поля.", "правительство Еврейской автономной области")]
    [InlineData("Паводок затопил поля.", "правительство Биробиджанской области")]
    public void A_body_of_the_region_is_of_the_autonomous_region_named_before(string before, string speaker) =>
        Assert.Equal(
            speaker, Speakers("БИРОБИДЖАН, 26 августа (Nordic Wire) — " + before + "\nВ правительстве области заявили, что дамбу отремонтируют.").Last());

    [Theory]
    [InlineData("АРХАНГЕЛЬСК, 6 октября (Nordic Wire) — Власти Архангельска закрыли мост.", "прокуратура Архангельска")]
    [InlineData("Власти Архангельска закрыли мост.", "прокуратура города")]
    public void A_body_of_the_city_is_of_the_datelines_city_in_the_case_the_text_writes(string before, string speaker) =>
        Assert.Equal(speaker, Speakers(before + "\nВ прокуратуре города сообщили, что начали проверку.").Last());

    [Theory]
    [InlineData("Сервис такси «Мигом» оштрафовали на 1,5 миллиона рублей.", "«Мигом»")]
    [InlineData("Сервис такси «Быстро» оштрафовали на 1,5 миллиона рублей.", "«Мигоме»")]
    public void A_name_in_quotes_in_another_case_is_the_name_as_first_written(string before, string speaker) =>
        Assert.Equal(speaker, Speakers(before + "\nВ «Мигоме» заявили, что обжалуют постановление.").Last());

    /// <summary>
    /// A name in quotes whose plural adjectives stand in another case ("В «Ангарских распределительных сетях» пообещали")
    /// is the name as first written; a name with another adjective is not (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Компания «Ангарские распределительные сети» отключила 40 ферм.", "«Ангарские распределительные сети»")]
    [InlineData("Компания «Ангарские городские сети» отключила 40 ферм.", "«Ангарских распределительных сетях»")]
    public void A_name_in_quotes_with_plural_adjectives_in_another_case_is_the_name_as_first_written(string before, string speaker) =>
        Assert.Equal(speaker, Speakers(before + "\nВ «Ангарских распределительных сетях» пообещали заменить два трансформатора.").Last());

    [Theory]
    [InlineData("проектного института «Севмостпроект»", "«Севмостпроект»")]
    [InlineData("проектного бюро «Севмостпроект»", "института")]
    public void A_bare_noun_is_the_name_in_quotes_that_noun_stood_before(string who, string speaker) =>
        Assert.Equal(speaker, Speakers("Трещины обнаружили специалисты " + who + ".\nПо оценке института, на ремонт потребуется четыре месяца.").Last());

    [Theory]
    [InlineData("сообщили во вторник в управлении СК России по Кировской области", "управление СК России по Кировской области")]
    [InlineData("сообщил во вторник Иван Петров по телефону", "Иван Петров")]
    public void A_bodys_office_runs_to_the_region_it_serves_and_no_further(string source, string speaker) =>
        Assert.Equal([speaker], Speakers("Из музея похищен этюд, " + source + "."));

    [Theory]
    [InlineData("сообщила пресс-служба прокуратуры Новосибирской области", "пресс-служба прокуратуры Новосибирской области")]
    [InlineData("сообщила пресс-служба прокуратуры Новосибирской журналистам", "пресс-служба прокуратуры Новосибирской")]
    public void A_regions_noun_after_its_capitalised_adjective_ends_the_name(string source, string speaker) =>
        Assert.Equal([speaker], Speakers("Суд начал рассматривать дело, " + source + "."));

    [Fact]
    public void Vedomstvo_after_a_regional_office_of_a_declared_body_is_the_office_not_the_body()
    {
        var speakers = Speakers("Из музея похищен этюд, сообщили во вторник в управлении СК России по Кировской области.\n"
            + "По данным ведомства, возбуждено уголовное дело.");

        Assert.Equal(["управление СК России по Кировской области", "управление СК России по Кировской области"], speakers);
    }

    [Theory]
    [InlineData("Как отметила начальник отдела метеопрогнозов Забайкальского центра по гидрометеорологии Наталья Цыренова", "Наталья Цыренова")]
    [InlineData("Как отметил Иван Петров по телефону", "Иван Петров")]
    public void A_title_runs_through_po_after_its_lower_case_words_to_the_name_it_ends_in(string source, string speaker) =>
        Assert.Equal([speaker], Speakers(source + ", до конца недели сохранится сухая погода."));

    [Theory]
    [InlineData("В прокуратуре области сообщили, что начали проверку.", "government-body")]
    [InlineData("Эксперт Павел Гуревич сообщил, что начали проверку.", "person")]
    public void A_new_actor_named_by_a_russian_bodys_noun_in_any_case_is_a_government_body(string sentence, string kind) =>
        Assert.Equal(kind, Draft(sentence).Actors.Single().Kind);

    [Theory]
    [InlineData("Уральское управление Ростехнадзора по итогам внеплановой проверки признало", "пресс-служба управления")]
    [InlineData("Уральское управление Ростехнадзора признало", "Уральское управление Ростехнадзора")]
    public void When_the_subject_names_no_one_the_relay_closing_the_clause_speaks(string subject, string speaker) =>
        Assert.Equal([speaker], Speakers(subject + " состояние плотины неудовлетворительным, сообщила во вторник пресс-служба управления."));

    [Theory]
    [InlineData("Начальник отдела надзора управления Игорь Савельев", "Игорь Савельев")]
    [InlineData("Начальник управления Нижнего Новгорода", "Начальник управления Нижнего Новгорода")]
    public void A_titles_office_before_a_persons_name_is_the_persons_title(string subject, string speaker) =>
        Assert.Equal([speaker], Speakers(subject + " заявил, что угрозы прорыва нет."));

    [Theory]
    [InlineData("В министерстве природных ресурсов и экологии Калужской области заявили", 1)]
    [InlineData("Жители трёх посёлков у реки и их соседи из двух деревень заявили", 0)]
    public void A_long_source_is_a_name_when_a_russian_bodys_noun_opens_it(string source, int statements) =>
        Assert.Equal(statements, Speakers(source + ", что проверка назначена.").Count);

    [Theory]
    [InlineData("сообщила пресс-служба управления", "ведомства")]
    [InlineData("сообщила прокуратура района", "прокуратура района")]
    public void Vedomstvo_is_a_body_named_before_not_a_bodys_voice(string relay, string speaker) =>
        Assert.Equal(speaker, Speakers("Плотина дала трещину, " + relay + ".\nПо данным ведомства, трещины обнаружены в бетоне.").Last());

    [Theory]
    [InlineData("Пресс-служба рыболовецкого холдинга «Лазурный улов»", "Пресс-служба холдинга «Лазурный улов»")]
    [InlineData("Пресс-служба рыболовецкой артели «Лазурный улов»", "Пресс-служба рыболовецкой артели «Лазурный улов»")]
    public void A_companys_voice_is_named_by_the_companys_noun_and_name_without_what_describes_it(string source, string speaker) =>
        Assert.Equal([speaker], Speakers(source + " заявила, что обвинения беспочвенны."));

    [Theory]
    [InlineData("Координатор", new[] { "Дарья Лыкова" })]
    [InlineData("Активистка", new[] { "Дарья Лыкова" })]
    [InlineData("Соседка", new string[0])]
    public void A_coordinator_is_a_title_before_its_holders_name_where_a_long_run_without_a_title_names_no_one(string title, string[] speakers) =>
        Assert.Equal(speakers, Speakers(title + " движения «Метро для Красноярска» Дарья Лыкова потребовала опубликовать отчёт."));

    [Fact]
    public void A_long_source_opening_with_a_capitalised_adjective_and_a_bodys_noun_is_a_name_when_a_name_ends_it() =>
        Assert.Equal(
            ["Главное управление МЧС России по Кемеровской области"],
            Speakers("Два горняка погибли на шахте, сообщило во вторник Главное управление МЧС России по Кемеровской области."));

    [Fact]
    public void A_long_source_opening_with_a_capitalised_adjective_and_a_bodys_noun_is_no_name_when_lower_case_words_end_it() =>
        Assert.Equal(
            ["пресс-служба управления"],
            Speakers("Главное управление Ростехнадзора по итогам внеплановой проверки признало дамбу аварийной, сообщила пресс-служба управления."));

    [Theory]
    [InlineData("Следственное управление СК России по Кемеровской области возбудило уголовное дело, сообщили в ведомстве.",
        "следствия", "Следственное управление СК России по Кемеровской области")]
    [InlineData("Главное управление МЧС России по Кемеровской области сообщило о пожаре.", "следствия", "следствия")]
    [InlineData("Председатель профсоюзной организации больницы № 11 Дмитрий Хохлов заявил, что хирургию переведут.",
        "профсоюза", "профсоюзная организация больницы № 11")]
    [InlineData("Главный врач больницы Сергей Мельников заявил, что хирургию переведут.", "профсоюза", "профсоюза")]
    public void The_inquiry_and_the_union_are_the_investigative_body_and_the_union_named_before(string before, string noun, string speaker)
    {
        var according = $"По данным {noun}, обращение подписали более 400 сотрудников.";

        var speakers = Speakers(before + "\n" + according);

        Assert.Equal(speaker, speakers[^1]);
    }

    [Theory]
    [InlineData("председатель палаты Виктор Ступин", "Общественная палата Воронежской области")]
    [InlineData("председатель ассоциации Виктор Ступин", "Виктор Ступин")]
    public void A_relay_by_an_officer_of_the_subject_speaks_for_the_subject(string relay, string speaker) =>
        Assert.Equal([speaker], Speakers(
            "Общественная палата Воронежской области направила в университет запрос с просьбой опубликовать список, сообщил " + relay + "."));

    /// <summary>
    /// A denial joined to what was said is a statement of its own, and so is guilt admitted with nothing after its verb
    /// ("вину признал и попросил суд …"); guilt not admitted ("вину не признал и заявил, что …") stays one (the near miss).
    /// </summary>
    [Theory]
    [InlineData("В «Ленской паромной линии» с этим не согласились и заявили, что дноуглубление входит в обязанности администрации.", 2)]
    [InlineData("Олег Мельников вину не признал и заявил, что деньги потрачены на строительство.", 1)]
    [InlineData("Олег Мельников вину признал и попросил суд учесть, что деньги возвращены.", 2)]
    public void A_denial_joined_to_what_was_said_is_a_statement_of_its_own(string sentence, int statements) =>
        Assert.Equal(statements, Draft(sentence).Statements.Count);

    /// <summary>
    /// A title set off by a comma ("Министр природных ресурсов, лесного хозяйства …") leaves its end before the person's name,
    /// which a region in the genitive closes; another capitalised word there is no title's end, and the long run names no one.
    /// </summary>
    [Theory]
    [InlineData("Новгородской области", new[] { "Алексей Тимофеев" })]
    [InlineData("Новгородского района", new string[0])]
    public void A_title_set_off_by_a_comma_ends_in_a_region_before_the_persons_name(string place, string[] speakers) =>
        Assert.Equal(speakers, Speakers($"Министр природных ресурсов, лесного хозяйства и экологии {place} Алексей Тимофеев сказал, что запрет продлят."));

    /// <summary>A body whose name opens with its noun ("Прокуратура Краснодарского края") is the body "в ведомстве" refers back to.</summary>
    [Theory]
    [InlineData("Прокуратура Краснодарского края", "Прокуратура Краснодарского края")]
    [InlineData("Прокуратура края", "ведомстве")]
    public void A_body_named_by_its_noun_and_region_is_the_body_a_bare_noun_refers_to(string body, string speaker) =>
        Assert.Equal([speaker], Speakers(body + " начала проверку аптек, сообщили в ведомстве."));

    /// <summary>"Карельское УФАС" is an "управление" by its acronym's first letter; another acronym is not.</summary>
    [Theory]
    [InlineData("Карельское УФАС", "Карельское УФАС")]
    [InlineData("Карельское МВД", "управления")]
    public void A_regional_office_by_its_acronym_is_the_office_its_site_belongs_to(string body, string speaker) =>
        Assert.Equal([speaker], Speakers(body + " получило заявление мэрии и рассмотрит его, говорится на сайте управления."));

    /// <summary>The head of a government body is the minister named before, not the company officer named after him.</summary>
    [Theory]
    [InlineData("главы ведомства", "Виктор Руденко")]
    [InlineData("главы компании", "Елена Гончаренко")]
    public void The_head_of_a_government_body_is_the_minister_named_before(string head, string speaker) =>
        Assert.Equal(speaker, Speakers(
            "Министр здравоохранения Краснодарского края Виктор Руденко потребовал сохранить аптеки.\n"
                + "Финансовый директор сети Елена Гончаренко пояснила, что аптеки убыточны.\n"
                + $"По словам {head}, жителям придётся ездить в районные центры.").Last());

    /// <summary>A mayoralty is the dateline city's, named so; a bare "администрации" may be a region's, and is left as written.</summary>
    [Theory]
    [InlineData("мэрии", "пресс-служба мэрии Петрозаводска")]
    [InlineData("администрации", "пресс-служба администрации")]
    public void A_mayoralty_is_the_mayoralty_of_the_datelines_city(string body, string speaker) =>
        Assert.Equal([speaker], Speakers(
            "ПЕТРОЗАВОДСК, 22 января (Nordic Wire) — Власти Петрозаводска расторгают контракт с подрядчиком, сообщили в четверг в пресс-службе "
                + body + "."));

    /// <summary>A chain named by what it sells and "сеть" is the company its press service speaks for; "сеть" alone is as often a net.</summary>
    [Theory]
    [InlineData("Аптечная сеть", "пресс-служба аптечной сети «Кубань-Фарма»")]
    [InlineData("Сеть", "пресс-служба компании")]
    public void A_chain_named_with_its_adjective_is_the_company_a_press_service_speaks_for(string chain, string speaker) =>
        Assert.Equal([speaker], Speakers(chain + " «Кубань-Фарма» закроет 38 сельских аптек, сообщила в четверг пресс-служба компании."));

    /// <summary>An officer who relays what the group opening the clause did speaks for that group; an officer of another party speaks for himself.</summary>
    [Theory]
    [InlineData("координатор группы Марина Тихонова", "Инициативная группа жителей Заводского района")]
    [InlineData("координатор движения Марина Тихонова", "Марина Тихонова")]
    public void A_relay_by_an_officer_of_the_group_the_clause_opens_with_is_the_group_speaking(string relay, string speaker) =>
        Assert.Equal([speaker], Speakers(
            "Инициативная группа жителей Заводского района за неделю собрала более 6 тысяч подписей против закрытия маршрута, рассказала " + relay + "."));

    /// <summary>
    /// "сообщила его пресс-служба": a voice of "его" speaks for the body the clause opens with, its name whole past "по";
    /// a voice of a body named after it ("пресс-служба прокуратуры") is not that subject (the near miss).
    /// </summary>
    [Theory]
    [InlineData("его пресс-служба", "Следственное управление СК по Свердловской области")]
    [InlineData("пресс-служба прокуратуры", "пресс-служба прокуратуры")]
    public void A_press_service_of_his_speaks_for_the_subject_the_clause_opens_with(string relay, string speaker) =>
        Assert.Equal([speaker], Speakers(
            "Следственное управление СК по Свердловской области возбудило уголовное дело о гибели пациентки, сообщила " + relay + "."));

    /// <summary>"по словам чиновника" is the person who spoke last; after a body spoke, the official is left as written.</summary>
    [Theory]
    [InlineData("Начальник управления транспорта Ульяновска Павел Сафонов пояснил, что тариф не менялся три года.", "Павел Сафонов")]
    [InlineData("Мэрия Ульяновска сообщила, что тариф не менялся три года.", "чиновника")]
    public void An_official_alone_is_the_person_who_spoke_last(string before, string speaker) =>
        Assert.Equal(speaker, Speakers(before + "\nПо словам чиновника, часть перевозчиков может уйти с маршрутов.").Last());

    /// <summary>
    /// A mayoralty that did not answer the agency is the dateline city's, named whole as a body (not the city after a
    /// title); a mayoralty with no dateline is left as written.
    /// </summary>
    [Theory]
    [InlineData("УЛЬЯНОВСК, 14 января (Nordic Wire) — Проезд в автобусах Ульяновска подорожает.\n", "мэрия Ульяновска")]
    [InlineData("", "мэрии")]
    public void A_mayoralty_that_did_not_answer_is_the_datelines_citys(string dateline, string speaker) =>
        Assert.Equal(speaker, Speakers(dateline + "Будут ли пересмотрены контракты, в мэрии на запрос агентства не ответили.").Last());

    /// <summary>
    /// A ministry whose fields are listed with commas, the last after "и", is named whole, in the nominative; a ministry
    /// set off by a comma from a relative clause is still named without it (the near miss).
    /// </summary>
    [Theory]
    [InlineData("В министерстве курортов, туризма и олимпийского наследия Краснодарского края на запрос агентства не ответили.",
        "министерство курортов, туризма и олимпийского наследия Краснодарского края")]
    [InlineData("В министерстве курортов, которое ведёт реестр, на запрос агентства не ответили.", "министерство курортов")]
    public void A_ministry_whose_fields_are_listed_with_commas_is_named_whole(string sentence, string speaker) =>
        Assert.Equal(speaker, Speakers(sentence).Last());

    /// <summary>The head of a department is its "глава ведомства"; the head of a section ("отдела") heads no government body.</summary>
    [Theory]
    [InlineData("департамента", "Геннадий Шумилов")]
    [InlineData("отдела", "Глава ведомства")]
    public void The_head_of_a_department_is_the_head_of_the_government_body(string office, string speaker) =>
        Assert.Equal(speaker, Speakers(
            $"Департамент лесного хозяйства Томской области приостановил рубку леса, сообщил начальник {office} Геннадий Шумилов.\n"
                + "Глава ведомства добавил, что материалы проверки переданы в полицию.").Last());

    /// <summary>"в департаменте" is the department named before with its region; one named with no region is left as written.</summary>
    [Theory]
    [InlineData("сообщил во вторник департамент строительства Вологодской области", "департамент строительства Вологодской области")]
    [InlineData("сообщил во вторник начальник департамента Сергей Ломакин", "департаменте")]
    public void A_bare_department_is_the_department_named_before(string relay, string speaker) =>
        Assert.Equal(speaker, Speakers(
            $"Газопровод к шести сёлам завершат не раньше сентября, {relay}.\n"
                + "В департаменте подтвердили, что проект был передан подрядчику с опозданием.").Last());

    /// <summary>"пресс-служба министерства" is the press service of the ministry named before, an actor of its own; with none named, as written.</summary>
    [Theory]
    [InlineData("Министерство здравоохранения Башкортостана", "пресс-служба Министерства здравоохранения Башкортостана")]
    [InlineData("Правительство Башкортостана", "пресс-служба министерства")]
    public void A_ministrys_press_service_is_named_by_the_ministry(string body, string speaker) =>
        Assert.Equal([speaker], Speakers(body + " начинает дополнительную вакцинацию против кори, сообщила в среду пресс-служба министерства."));

    /// <summary>A federal body's regional office is named whole, with its region, as the body "на сайте ведомства" refers to.</summary>
    [Theory]
    [InlineData("Управление Федеральной антимонопольной службы по Ульяновской области", "Управление Федеральной антимонопольной службы по Ульяновской области")]
    [InlineData("Федеральная антимонопольная служба", "Федеральная антимонопольная служба")]
    public void A_regional_office_of_a_federal_body_is_named_whole(string body, string speaker) =>
        Assert.Equal([speaker], Speakers(body + " начало проверку обоснованности нового тарифа, сообщается на сайте ведомства."));

    /// <summary>Members of a group speak for the group named before by that noun and its name in quotes; another noun is left as written.</summary>
    [Theory]
    [InlineData("Активисты движения", "движение «Сохраним Копыловский бор»")]
    [InlineData("Активисты партии", "Активисты партии")]
    public void Members_of_a_group_speak_for_the_group(string members, string speaker) =>
        Assert.Equal(speaker, Speakers(
            "Координатор движения «Сохраним Копыловский бор» Дарья Мельникова сказала, что рубка была частью плана.\n"
                + members + " требуют расторгнуть договор аренды.").Last());

    /// <summary>"сообщается на её сайте" is the body the pronoun stands for, named last; another place than a site is left as written.</summary>
    [Theory]
    [InlineData("на её сайте", "Прокуратура Томской области")]
    [InlineData("в её канале", "канале")]
    public void A_site_named_by_a_pronoun_is_the_bodys_named_last(string site, string speaker) =>
        Assert.Equal([speaker], Speakers("Прокуратура Томской области начала проверку законности изменения назначения участка, сообщается " + site + "."));

    /// <summary>The subject set off by dashes before "своей вины" speaks, not the object "свой" opens.</summary>
    [Fact]
    public void The_name_before_a_reflexive_object_is_the_speaker() =>
        Assert.Equal(["«Волгадизель»"], Speakers("Поставщик двигателей — нижегородская компания «Волгадизель» — своей вины в задержке не признаёт."));

    /// <summary>
    /// "пресс-служба перевозчика, компании «…»" is the press service of the company set off after it, an actor of its own;
    /// with no company set off, as written (the near miss).
    /// </summary>
    [Theory]
    [InlineData(", компании «Северные пригородные линии».", "пресс-служба компании «Северные пригородные линии»")]
    [InlineData(", которая работает в регионе.", "пресс-служба перевозчика")]
    public void A_press_service_speaks_for_the_company_set_off_after_it(string after, string speaker) =>
        Assert.Equal([speaker], Speakers("С 1 мая отменят шесть пригородных поездов, сообщила в среду пресс-служба перевозчика" + after));

    /// <summary>
    /// A quote after a company's noun that opens in lower case is what was said of it, not its name: "в компании" goes
    /// back to the company named before; a capitalised name in quotes after the noun is the company (the near miss).
    /// </summary>
    [Theory]
    [InlineData("«ударом по людям»", "«Северные линии»")]
    [InlineData("«Южные линии» ошибкой", "«Южные линии»")]
    public void A_lower_case_quote_after_a_companys_noun_is_no_name(string named, string speaker) =>
        Assert.Equal(speaker, Speakers(
            "Компания «Северные линии» отменит шесть поездов.\nГлава округа Наталья Крылова назвала решение перевозчика " + named + ".\n"
                + "От комментариев о сроках в компании отказались.").Last());

    /// <summary>"городской администрации" is the administration of the dateline's city, named so; "областная администрация" as written.</summary>
    [Theory]
    [InlineData("городской", "администрация Оренбурга")]
    [InlineData("областной", "областная администрация")]
    public void The_city_administration_is_that_of_the_datelines_city(string adjective, string speaker) =>
        Assert.Equal(speaker, Speakers(
            "ОРЕНБУРГ, 10 июня (Nordic Wire) — Приют Оренбурга переполнен, сообщили в прокуратуре.\n"
                + "По данным " + adjective + " администрации, жители подали около 2,3 тысячи жалоб.").Last());

    /// <summary>
    /// "Бывший" opening the sentence is capitalised as its first word, not as a name: the person is named by the last two
    /// words; another capitalised word before the title is left as it was (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Бывший", "Тамара Грекова")]
    [InlineData("Новый", "Новый хранитель музея Тамара Грекова")]
    public void A_former_holder_of_a_title_is_named_by_the_name(string adjective, string speaker) =>
        Assert.Equal([speaker], Speakers(adjective + " хранитель музея Тамара Грекова утверждает, что руководство знало о пропажах."));

    /// <summary>
    /// A head of a university's chair ("Заведующий кафедрой …") and a historian are titles before the person's name, however
    /// long; "Сотрудник", which is none, leaves the long run no speaker (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Заведующий кафедрой акушерства и гинекологии Петрозаводского государственного университета Николай Веселов предупредил, что риск растёт.",
        "Николай Веселов")]
    [InlineData("Историк архитектуры Вологодского государственного университета Павел Зуев поддержал требование активистов сохранить дома.", "Павел Зуев")]
    [InlineData("Сотрудник кафедры акушерства и гинекологии Петрозаводского государственного университета Николай Веселов предупредил, что риск растёт.",
        null)]
    public void A_chairs_head_and_a_historian_are_titles(string sentence, string? name) =>
        Assert.Equal(name, Speakers(sentence).SingleOrDefault());

    /// <summary>
    /// A body's noun opening a source in lower case with a place after it ("администрация главы Карелии") names the body
    /// whole, not a person "Карелии"; a title before a name is still the person's (the near miss).
    /// </summary>
    [Theory]
    [InlineData("В администрации главы Карелии на запрос агентства пока не ответили.", "администрация главы Карелии")]
    [InlineData("Глава администрации Карелии Пётр Орлов заявил, что запрос получен.", "Пётр Орлов")]
    public void A_bodys_noun_opening_a_source_names_the_body_whole(string sentence, string speaker) =>
        Assert.Equal([speaker], Speakers(sentence));

    /// <summary>
    /// A body named by its noun, "по" and what it deals with, and its region is the body "в комитете" refers back to, past
    /// a person's words about "решение комитета" after it; with no such body named, those words name none (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Комитет по охране объектов культурного наследия Вологодской области исключил дома из перечня.\n",
        "Комитет по охране объектов культурного наследия Вологодской области")]
    [InlineData("", "комитете")]
    public void A_body_named_by_its_portfolio_and_region_is_the_body_its_bare_noun_refers_to(string before, string speaker) =>
        Assert.Equal(speaker, Speakers(before + "Координатор движения Мария Шестакова осудила решение комитета.\nВ комитете отвергли обвинения.").Last());

    /// <summary>
    /// "В компании" after "туроператора «Меридиан»", "оператора каршеринга «Меридиан»": an operator is a company, with what it
    /// operates between its noun and its name; a festival is none (the near miss).
    /// </summary>
    [Theory]
    [InlineData("туроператора", "«Меридиан»")]
    [InlineData("оператора каршеринга", "«Меридиан»")]
    [InlineData("фестиваль", "компании")]
    public void A_tour_operator_is_a_company(string noun, string speaker) =>
        Assert.Equal(speaker, Speakers($"Агентство бронировало туры через {noun} «Меридиан».\nВ компании приговор комментировать не стали.").Last());

    /// <summary>
    /// A company named without quotes by a place's adjective, its noun and what it makes ("Средневолжский завод
    /// автокомпонентов") is the company its press service, "в компании" and the union "завода" refer back to; an adjective
    /// of no place ("Крупный завод") names none (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Средневолжский завод автокомпонентов", "пресс-служба Средневолжского завода автокомпонентов",
        "Средневолжский завод автокомпонентов", "профсоюзная организация Средневолжского завода автокомпонентов")]
    [InlineData("Крупный завод автокомпонентов", "пресс-служба предприятия", "компании", "профсоюзная организация завода")]
    public void A_company_named_by_a_places_adjective_is_the_company_its_nouns_refer_to(string plant, string press, string company, string union) =>
        Assert.Equal(
            [press, company, "Наталья Кузьмина", union],
            Speakers(plant + " сократит 450 человек, сообщила пресс-служба предприятия.\n"
                + "В компании объяснили это решение тем, что заказы упали.\n"
                + "Председатель профсоюзной организации завода Наталья Кузьмина заявила, что профсоюз не уведомили.\n"
                + "Профсоюз потребовал от руководства отказаться от увольнений."));

    /// <summary>
    /// A ministry "республики" is of the republic named before, by its official name, and "В министерстве" after it is the
    /// same ministry; "правительство республики" is left as written (the near miss).
    /// </summary>
    [Theory]
    [InlineData("министерстве здравоохранения", "министерство здравоохранения Республики Карелия")]
    [InlineData("правительстве", "правительство республики")]
    public void A_ministry_of_the_republic_is_of_the_republic_named_before(string body, string speaker) =>
        Assert.Equal(
            [speaker, speaker],
            Speakers($"Роддом в Карелии закроют, сообщили в {body} республики.\nВ {body.Split(' ')[0]} пояснили, что врачей не хватает."));

    /// <summary>
    /// The inquiry ("следствия, которое вело ГСУ …") is the body the clause after it names, "управление СК по …" the
    /// committee's investigative directorate, "следственное управление СК по …" named as written; with no such clause it is
    /// as written (the near miss), and a lower-case body that is not the committee's office names none.
    /// </summary>
    [Theory]
    [InlineData("По версии следствия, которое вело ГСУ ГУ МВД по Свердловской области, агентство брало деньги.", "ГСУ ГУ МВД по Свердловской области")]
    [InlineData(
        "По версии следствия, которое вело управление СК по Тверской области, глава брал деньги.", "Следственное управление СК России по Тверской области")]
    [InlineData("По версии следствия, которое вело управление полиции, глава брал деньги.", "следствия")]
    [InlineData(
        "По версии следствия, которое вело следственное управление СК по Владимирской области, нотариус продавала квартиры.",
        "следственное управление СК по Владимирской области")]
    [InlineData("По версии следствия, которое вело следственное управление полиции, нотариус продавала квартиры.", "следствия")]
    [InlineData("По версии следствия, агентство брало деньги.", "следствия")]
    public void The_inquiry_is_the_body_named_as_leading_it(string sentence, string speaker) =>
        Assert.Equal([speaker], Speakers(sentence));

    /// <summary>
    /// A body of the bare "края" is of the krai named last, a dative "по Ставропольскому краю" too, in the genitive; with
    /// none named it is as written (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Управление Роспотребнадзора по Ставропольскому краю закрыло бассейн.", "министерство здравоохранения Ставропольского края")]
    [InlineData("Управление Роспотребнадзора закрыло бассейн.", "министерство здравоохранения края")]
    public void A_body_of_the_bare_region_is_of_the_region_named_before(string before, string speaker) =>
        Assert.Equal(speaker, Speakers(before + "\nПо данным министерства здравоохранения края, четверо заболевших в тяжёлом состоянии.").Last());

    /// <summary>
    /// With no region named, a body "края" or "краевое" is of the krai named after the dateline's city; a city whose name
    /// ends in a vowel gives none (the near miss).
    /// </summary>
    [Theory]
    [InlineData("КРАСНОЯРСК", "министерство здравоохранения Красноярского края")]
    [InlineData("ЧИТА", "краевое министерство здравоохранения")]
    public void A_regional_body_with_no_region_named_is_of_the_datelines_region(string city, string speaker) =>
        Assert.Equal(speaker, Speakers(city + ", 25 ноября (Nordic Wire) — Смог держится над городом.\n"
            + "В краевом министерстве здравоохранения рекомендовали реже выходить на улицу.").Last());

    /// <summary>
    /// "Государственная жилищная инспекция области" is of the region named last, the body "ведомстве" refers back to;
    /// with no region named it is the body as matched (the near miss).
    /// </summary>
    [Theory]
    [InlineData("По данным следственного управления СК по Воронежской области, осмотры не проводились.\n",
        "Государственная жилищная инспекция Воронежской области")]
    [InlineData("", "Государственная жилищная инспекция")]
    public void A_body_named_with_its_bare_region_is_of_the_region_named_before(string before, string speaker) =>
        Assert.Equal(speaker, Speakers(before + "Государственная жилищная инспекция области начала проверку компании, сообщили в ведомстве.").Last());

    /// <summary>
    /// After "По данным", a body named by a place's adjective and its noun runs through "по" and its portfolio to the
    /// comma; "по итогам проверки" is no portfolio (the near miss).
    /// </summary>
    [Theory]
    [InlineData("гидрометеорологии и мониторингу окружающей среды", "Среднесибирское управление по гидрометеорологии и мониторингу окружающей среды")]
    [InlineData("итогам проверки", "Среднесибирское управление")]
    public void According_to_a_body_named_by_its_place_and_portfolio_is_the_body(string portfolio, string speaker) =>
        Assert.Equal([speaker], Speakers("По данным Среднесибирского управления по " + portfolio + ", концентрация частиц превышала допустимую в 4,5 раза."));

    /// <summary>"пресс-служба суда" is the press service of the court named before, by its name in the genitive; with no court named, as written.</summary>
    [Theory]
    [InlineData("Коминтерновский районный суд Воронежа арестовал директора компании", "пресс-служба Коминтерновского районного суда Воронежа")]
    [InlineData("Полиция задержала директора компании", "пресс-служба суда")]
    public void The_press_service_of_the_court_is_that_of_the_court_named_before(string deed, string speaker) =>
        Assert.Equal([speaker], Speakers(deed + ", сообщила в среду пресс-служба суда."));

    /// <summary>
    /// ", а обвинения активистов назвали голословными": the words before "назвали" are what it names, and the verb has the
    /// subject of the cue before; "а активисты назвали обвинения голословными" has its own subject (the near miss).
    /// </summary>
    [Theory]
    [InlineData("обвинения активистов назвали голословными", "Сибирская генерирующая компания")]
    [InlineData("активисты назвали обвинения голословными", "активисты")]
    public void Named_after_a_with_its_object_before_it_has_the_subject_of_the_cue_before(string clause, string speaker) =>
        Assert.Equal(speaker, Speakers("В Сибирской генерирующей компании сообщили, что станции перешли на другой уголь, а " + clause + ".").Last());

    /// <summary>
    /// A name in quotes and then the verb's object in lower case ("В «Мигоме» утечку подтвердили") is the name as first
    /// written; with no earlier name in quotes of that form, the source is as written (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Сервис такси «Мигом» оштрафовали на 1,5 миллиона рублей.", "«Мигом»")]
    [InlineData("Сервис такси «Быстро» оштрафовали на 1,5 миллиона рублей.", "«Мигоме» утечку")]
    public void A_name_in_quotes_before_the_verbs_object_is_the_name_as_first_written(string before, string speaker) =>
        Assert.Equal(speaker, Speakers(before + "\nВ «Мигоме» утечку подтвердили, но заявили, что база была выгружена у подрядчика.").Last());

    /// <summary>
    /// A name in quotes first written after a group's adjective and "группа" ("строительная группа «Верхневолжье-Инвест»")
    /// is named with them when it speaks later by its name alone; first written after a noun of no firm's sort, by its
    /// name alone (the near miss).
    /// </summary>
    [Theory]
    [InlineData("генеральный спонсор, строительная группа", "строительная группа «Верхневолжье-Инвест»")]
    [InlineData("генеральный спонсор", "«Верхневолжье-Инвест»")]
    public void A_name_in_quotes_first_written_after_a_groups_noun_is_named_with_it(string before, string speaker) =>
        Assert.Equal(speaker, Speakers("Фестиваль отменили: " + before + " «Верхневолжье-Инвест» не перечислил деньги.\n"
            + "В «Верхневолжье-Инвесте» обвинения отвергли.").Last());

    /// <summary>
    /// A deed joined by "и" to a cue's verb and relayed by the source that closes the sentence is a statement of its own,
    /// its evidence the deed's clause; with no relay the deed is none (the near miss).
    /// </summary>
    [Theory]
    [InlineData(", сообщили в ведомстве", true)]
    [InlineData("", false)]
    public void A_deed_joined_to_a_cue_and_relayed_is_a_statement_of_its_own(string relay, bool deed)
    {
        var draft = Draft("Управление Роскомнадзора по Республике Татарстан начало проверку и потребовало от сервиса представить сведения об утечке"
            + relay + ".");

        Assert.Equal(deed, draft.Statements.Any(s => s.Evidence == "Управление Роскомнадзора по Республике Татарстан начало проверку"));
        Assert.All(DraftSpeakers.Of(draft, Folder), speaker => Assert.Equal("Управление Роскомнадзора по Республике Татарстан", speaker));
    }

    /// <summary>
    /// A body named by one capitalised word is the body named before by that word and the place it serves; with no such
    /// mention it is as written (the near miss).
    /// </summary>
    [Theory]
    [InlineData("По данным Госавтоинспекции Краснодара, с начала года произошло 117 аварий.", "Госавтоинспекции Краснодара")]
    [InlineData("По данным полиции, с начала года произошло 117 аварий.", "Госавтоинспекции")]
    public void A_body_named_by_one_word_is_the_body_named_before_with_its_place(string before, string speaker) =>
        Assert.Equal(speaker, Speakers(before + "\nВ Госавтоинспекции предупредили, что с июля начнутся рейды.").Last());

    /// <summary>"СК" before the region an office serves is "СК России", as the offices' names write it; other letters are as written (the near miss).</summary>
    [Theory]
    [InlineData("СК", "следственное управление СК России по Воронежской области")]
    [InlineData("ГСУ", "следственное управление ГСУ по Воронежской области")]
    public void The_committees_letters_are_those_of_the_committee_of_russia(string letters, string speaker) =>
        Assert.Equal([speaker], Speakers($"По данным следственного управления {letters} по Воронежской области, осмотры не проводились."));

    /// <summary>
    /// A firm named by the noun of its sort in lower case and a one-word name is named whole, and its name in quotes after
    /// refers back to it; a person after a noun that describes her is her name (the near miss).
    /// </summary>
    [Theory]
    [InlineData("в компании по информационной безопасности «Периметр»", "компания по информационной безопасности «Периметр»")]
    [InlineData("клиентка сервиса Алсу Гарипова", "Алсу Гарипова")]
    public void A_firm_named_by_its_sorts_noun_and_one_word_is_named_whole(string source, string speaker) =>
        Assert.Equal([speaker], Speakers("Базу клиентов выложили на форуме, сообщили в среду " + source + "."));

    [Fact]
    public void A_firms_name_in_quotes_refers_back_to_the_firm_named_whole() =>
        Assert.Equal(
            ["компания по информационной безопасности «Периметр»", "компания по информационной безопасности «Периметр»"],
            Speakers("Базу клиентов выложили на форуме, сообщили в среду в компании по информационной безопасности «Периметр».\n"
                + "В «Периметре» предупредили, что мошенники могут звонить от имени курьеров."));

    /// <summary>
    /// A name in quotes first written after the noun of a firm's sort ("сервиса доставки продуктов «Корзинка»") is named
    /// with it; first written with no such noun it is the name alone (the near miss).
    /// </summary>
    [Theory]
    [InlineData("казанского сервиса доставки продуктов", "сервиса доставки продуктов «Корзинка»")]
    [InlineData("казанского магазина", "«Корзинка»")]
    public void A_name_in_quotes_first_written_after_a_firms_noun_is_named_with_it(string before, string speaker) =>
        Assert.Equal(speaker, Speakers($"Данные клиентов {before} «Корзинка» выложили на форуме.\nВ «Корзинке» заявили, что база была выгружена у подрядчика.")
            .Last());

    /// <summary>
    /// A confirmation with nothing after its verb, then ", но заявили, что …", concedes one thing and claims another: two
    /// statements of one speaker; joined by "и" it stays one (the near miss).
    /// </summary>
    [Theory]
    [InlineData(", но", 2)]
    [InlineData(" и", 1)]
    public void A_confirmation_then_but_is_two_statements(string joint, int count)
    {
        var draft = Draft(
            $"Сервис «Корзинка» работает в Казани.\nВ «Корзинке» утечку подтвердили{joint} заявили, что база была выгружена из системы подрядчика.");

        Assert.Equal(count, draft.Statements.Count);
        Assert.All(DraftSpeakers.Of(draft, Folder), speaker => Assert.Equal("«Корзинка»", speaker));
    }

    /// <summary>
    /// A bare noun of a body's sort ("В прокуратуре") refers back to the body drafted before whose name opens with that
    /// noun in lower case ("говорится в сообщении прокуратуры Саратовской области"), though another body spoke after it;
    /// after a body of another sort it is left as written (the near miss).
    /// </summary>
    [Theory]
    [InlineData("прокуратуры Саратовской области", "", "прокуратура Саратовской области")]
    [InlineData(
        "прокуратуры Саратовской области", "В Главном управлении МЧС по Саратовской области напомнили о предписании.\n", "прокуратура Саратовской области")]
    [InlineData("инспекции труда Саратовской области", "", "прокуратуре")]
    public void A_bare_noun_of_a_sort_is_the_body_drafted_before_with_that_noun(string body, string between, string speaker) =>
        Assert.Equal(
            speaker,
            Speakers($"В здании выявили 37 нарушений, говорится в сообщении {body}.\n{between}В прокуратуре добавили, что проверяют ещё 11 центров.").Last());

    /// <summary>
    /// The bare noun of a university, alone or ending the source, is the university named before: as first written when
    /// alone, in the genitive after other words; a source with a name after the noun is left as written (the near miss).
    /// </summary>
    [Theory]
    [InlineData("В университете отвергли слухи о премиях.", "Томский инженерно-экономический университет")]
    [InlineData("Плату поднимут с 1 октября, сообщили во вторник в пресс-службе вуза.", "пресс-служба Томского инженерно-экономического университета")]
    [InlineData("Студенческая профсоюзная организация университета назвала повышение «несоразмерным».",
        "Студенческая профсоюзная организация Томского инженерно-экономического университета")]
    [InlineData("Председатель совета университета Кирилл Носов заявил, что не согласен.", "Кирилл Носов")]
    public void A_bare_noun_of_a_university_is_the_university_named_before(string sentence, string speaker) =>
        Assert.Equal(speaker, Speakers("Томский инженерно-экономический университет поднимет плату за общежития.\n" + sentence).Last());

    /// <summary>
    /// "В министерстве" refers back to a ministry named with its region's bare noun ("Министерство здравоохранения области"),
    /// named by the region named before; a ministry named with neither region nor its noun is that ministry as named.
    /// </summary>
    [Theory]
    [InlineData("Министерство здравоохранения области", "Министерство здравоохранения Челябинской области")]
    [InlineData("Министерство здравоохранения", "Министерство здравоохранения")]
    public void A_ministry_of_the_bare_region_is_of_the_region_named_before(string ministry, string speaker) =>
        Assert.Equal(speaker, Speakers($"В Челябинской области не работает сканер.\n{ministry} сообщило, что направило 340 пациентов в Тюмень.\n"
            + "В министерстве критику отвергли, заявив, что ремонт затянул поставщик.").Last());

    /// <summary>
    /// "России" ending a body's name is the federation a declared body's name writes in full ("Министерство науки и высшего
    /// образования Российской Федерации"); a body declared by no such name is left as written (the near miss).
    /// </summary>
    [Theory]
    [InlineData(
        "В Министерстве науки и высшего образования России сообщили, что запросили расчёт.", "Министерство науки и высшего образования Российской Федерации")]
    [InlineData("В Министерстве просвещения России сообщили, что запросили расчёт.", "Министерство просвещения России")]
    public void Russia_ending_a_bodys_name_is_the_federation_a_declared_name_writes_in_full(string sentence, string speaker)
    {
        KnownActor[] folder = [new("science-ministry", "Министерство науки и высшего образования Российской Федерации", [], "government-body")];
        var draft = ArticleDrafter.Draft(new DraftRequest("Заголовок\n" + sentence, new DateValue(2026, 7, 22), folder, [], []));
        Assert.Equal(speaker, DraftSpeakers.Of(draft, folder).Last());
    }

    /// <summary>
    /// A surname alone that no one has spoken by ("Сомов вину не признал") is the person named before by first name and
    /// surname in any case ("главу округа Андрея Сомова"), put in the nominative; with no such name before, it stays the
    /// surname (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Суд приговорил бывшего главу округа Андрея Сомова к семи годам.", "Андрей Сомов")]
    [InlineData("Суд приговорил бывшего главу округа к семи годам.", "Сомов")]
    public void A_surname_alone_is_the_person_named_before_in_full(string before, string speaker) =>
        Assert.Equal(speaker, Speakers(before + "\nСомов вину не признал.").Last());

    /// <summary>
    /// A body named in another case is drafted in the nominative, its name cut short by the reading run on to its
    /// complement ("в пресс-службе Краснодарского краевого суда").
    /// </summary>
    [Theory]
    [InlineData("В пресс-службе Краснодарского краевого суда сообщили, что приговор вступил в силу.", "пресс-служба Краснодарского краевого суда")]
    [InlineData("В Главном управлении МЧС по Саратовской области сообщили, что пожар потушен.", "Главное управление МЧС по Саратовской области")]
    [InlineData("Субсидии не выплачены, заявила во вторник Ассоциация крестьянских (фермерских) хозяйств Кубани.",
        "Ассоциация крестьянских фермерских хозяйств Кубани")]
    public void A_body_named_in_another_case_is_drafted_in_the_nominative(string sentence, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Speakers(sentence)));

    /// <summary>
    /// "В агентстве сообщили" after "с Федеральным агентством морского и речного транспорта": a bare noun, in any case,
    /// is the last body named with that noun, in the nominative and with its complement whole.
    /// </summary>
    [Fact]
    public void A_bare_noun_in_another_case_is_the_body_named_before_in_the_nominative()
    {
        var speakers = Speakers(
            "Контракт завод заключил в 2024 году с Федеральным агентством морского и речного транспорта.\n"
            + "В агентстве сообщили, что уже направили заводу претензию.");
        Assert.Equal("Федеральное агентство морского и речного транспорта", Assert.Single(speakers));
    }

    /// <summary>
    /// A surname alone is the person named before in full after a name in quotes that ends the title ("владельца фабрики
    /// «Ивтекс» Геннадия Рожкова"), put in the nominative; two capitalised words there that hold another surname are no such name (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Суд приговорил владельца фабрики «Ивтекс» Геннадия Рожкова к пяти годам.", "Геннадий Рожков")]
    [InlineData("Суд приговорил владельца фабрики «Ивтекс» Геннадия Петрова к пяти годам.", "Рожков")]
    public void A_surname_alone_is_the_person_named_in_full_after_a_name_in_quotes(string before, string speaker) =>
        Assert.Equal(speaker, Speakers(before + "\nРожков вину не признал.").Last());

    /// <summary>
    /// The Investigative Committee's regional office by its bare noun ("В управлении СК по Ивановской области") is named as
    /// written, with no "России" added; with an adjective before the noun it is written as the committee's offices are (the
    /// near miss).
    /// </summary>
    [Theory]
    [InlineData("В управлении СК по Ивановской области подтвердили, что дело расследуется.", "управление СК по Ивановской области")]
    [InlineData("В следственном управлении СК по Ивановской области подтвердили, что дело расследуется.",
        "следственное управление СК России по Ивановской области")]
    public void The_committees_office_by_its_bare_noun_is_named_as_written(string sentence, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Speakers(sentence)));

    /// <summary>
    /// "Эти обвинения в департаменте отвергли": the verb's object, opened by a demonstrative, stands before the place after
    /// "в", and the place's bare noun is the body named before; a place that is a capitalised name is left with the words
    /// before it (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Эти обвинения в департаменте отвергли, заявив, что зарплаты выросли.", "Департамент здравоохранения Вологодской области")]
    [InlineData("Эти обвинения в Вологде отвергли, заявив, что зарплаты выросли.", "Эти обвинения в Вологде")]
    public void A_demonstrative_object_before_the_place_is_not_the_source(string sentence, string speaker) =>
        Assert.Equal(speaker, Speakers("Депутат обвинил Департамент здравоохранения Вологодской области в том, что зарплаты не росли.\n" + sentence)
            .Skip(1).Single());

    /// <summary>
    /// "один из организаторов акции, владелец трёх пунктов Денис Шутов": one of those, then what the person is set off by a
    /// comma and the name, is the person; one of those with a relative clause after the comma names no one by name (the
    /// near miss).
    /// </summary>
    [Theory]
    [InlineData("Пункты не открылись, сообщил агентству один из организаторов акции, владелец трёх пунктов Денис Шутов.", "Денис Шутов")]
    [InlineData("Пункты не открылись, сообщил агентству один из организаторов акции, который просил не называть его имени.", "один")]
    public void One_of_those_then_a_title_set_off_by_a_comma_is_the_named_person(string sentence, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Speakers(sentence)));

    /// <summary>
    /// A marketplace named with its name in quotes is a company, which "В компании" refers back to by that name; with no noun
    /// before the name in quotes the bare noun is left as written (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Пункты выдачи маркетплейса «Корзина» не открылись в понедельник.", "«Корзина»")]
    [InlineData("Пункты выдачи «Корзины» не открылись в понедельник.", "компании")]
    public void A_marketplace_is_a_company_the_bare_noun_refers_back_to(string before, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Speakers(before + "\nВ компании сообщили, что владельцы смогут оспорить штраф.")));

    /// <summary>
    /// A body named before in lower case runs to its region's noun after the region's adjective ("министерство образования
    /// Рязанской области"), which a bare noun refers back to whole; the region's bare noun with no adjective before it
    /// ("министерство образования области") is not taken into the name (the near miss, as it was).
    /// </summary>
    [Theory]
    [InlineData("Выпускники должны отработать три года, сообщило министерство образования Рязанской области.",
        "министерство образования Рязанской области")]
    [InlineData("Экспедиция попросила комитет по охране объектов культурного наследия Новгородской области продлить раскопки.",
        "комитет по охране объектов культурного наследия Новгородской области")]
    [InlineData("Выпускники должны отработать три года, сообщило министерство образования области.", "министерство образования")]
    public void A_body_named_in_lower_case_runs_to_its_regions_noun(string before, string speaker)
    {
        var noun = before.Contains("комитет", StringComparison.Ordinal) ? "В комитете по охране объектов культурного наследия" : "В министерстве";
        Assert.Equal(speaker, Speakers(before + "\n" + noun + " сообщили, что рассмотрят обращение.").Last());
    }

    /// <summary>
    /// "поддержала решение, но потребовала прописать …": a verb after "но" and the first verb's object shares its subject
    /// when the two agree in the past; with a subject of its own after "но", the second verb has that (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Профсоюз работников образования поддержал решение, но потребовал прописать в договоре размер надбавки.", "Профсоюз работников образования")]
    [InlineData("Профсоюз работников образования поддержал решение, но губернатор Павел Малков потребовал прописать в договоре размер надбавки.",
        "Павел Малков")]
    public void A_verb_after_but_and_the_objects_of_the_verb_before_shares_its_subject(string sentence, string second) =>
        Assert.Equal(["Профсоюз работников образования", second], Speakers(sentence));

    /// <summary>
    /// "отметила, что …, но подчеркнула, что …": a verb after "но" that opens a "что" clause of its own shares the subject of
    /// the verb before when the two agree in the past, so each says its own; a present verb before does not agree with a past
    /// one after (the near miss: one statement).
    /// </summary>
    [Theory]
    [InlineData("Директор библиотеки Марина Зайцева отметила, что посещаемость упала вдвое, но подчеркнула, что залы нужны.", 2)]
    [InlineData("Эксперт Иван Петров утверждает, что руководство знало, но не сообщало, что завод закроют.", 1)]
    public void A_verb_after_but_opening_its_own_that_clause_shares_the_subject(string sentence, int statements) =>
        Assert.Equal(statements, Speakers(sentence).Count);

    /// <summary>
    /// "Поставщик, компания «МедЛайн Трейд», обвинения отвергла": lower-case words after a name in quotes set off by commas are
    /// the verb's object, the name (with its noun before it, or alone) its subject; a name in quotes after "в", set off by no
    /// comma of its own, leaves the words before the verb as they were (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Поставщик, компания «МедЛайн Трейд», обвинения отвергла.", "«МедЛайн Трейд»")]
    [InlineData("Третья оштрафованная сеть, «Степь-Ойл», на запрос агентства не ответила.", "«Степь-Ойл»")]
    [InlineData("Жители Лянгасова, которые ходят в «Книжный дом», эти обвинения отвергли.", "эти обвинения")]
    public void The_verbs_object_after_a_name_set_off_by_commas_is_not_its_subject(string sentence, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Speakers(sentence)));

    /// <summary>
    /// "В музее-заповеднике «Кижи» выразили обеспокоенность": a museum named by its noun and its one-word name in quotes is
    /// named whole, in the nominative; a museum's noun in a person's title before her one-word name is no body (the near miss).
    /// </summary>
    [Theory]
    [InlineData("В музее-заповеднике «Кижи» выразили обеспокоенность сокращением рейсов.", "музей-заповедник «Кижи»")]
    [InlineData("В музее «Эрмитаж» заявили, что выставка откроется.", "музей «Эрмитаж»")]
    [InlineData("Директор музея Грекова заявила, что выставка откроется.", "Грекова")]
    public void A_museum_and_its_name_in_quotes_are_named_whole(string sentence, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Speakers(sentence)));

    /// <summary>
    /// "В управлении культуры" after "Начальник управления Лариса Хохлова": a title before a body's noun opens a person's title,
    /// not the body's name, so the bare noun is the body named before; a capitalised adjective before the noun opens the
    /// body's name, as before (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Начальник управления Лариса Хохлова объяснила, что читателей мало.", "городское управление культуры")]
    [InlineData("Главное управление культуры объяснило, что читателей мало.", "Главное управление культуры")]
    public void A_title_before_a_bodys_noun_opens_no_bodys_name(string between, string speaker) =>
        Assert.Equal(speaker, Speakers("Девять библиотек закроют, сообщило в среду городское управление культуры.\n" + between
            + "\nВ управлении культуры отвергли сообщения о том, что здания обещаны под аренду.").Last());

    /// <summary>
    /// "Юрист Ассоциации … Ольга Зуева": a lawyer's noun titles the name after it as a trade's noun does, so the person speaks;
    /// a long run with no title before the name is still no speaker (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Юрист Ассоциации председателей советов многоквартирных домов Ольга Зуева призвала жильцов запрашивать отчёты.", "Ольга Зуева")]
    [InlineData("Жильцы Ассоциации председателей советов многоквартирных домов Ольга Зуева призвала жильцов запрашивать отчёты.", null)]
    public void After_a_lawyers_noun_too_long_to_be_a_name_the_persons_name_speaks(string sentence, string? name) =>
        Assert.Equal(name, Speakers(sentence).SingleOrDefault());

    /// <summary>
    /// "«Тульский дом», на запрос агентства о ремонте крыш не ответила": a request after a name set off by commas runs on with
    /// what it was about, and the name is the subject; lower-case words after "на" that ask nothing are no object (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Новая управляющая компания домов, «Тульский дом», на запрос агентства о ремонте крыш не ответила.", "«Тульский дом»")]
    [InlineData("Новая управляющая компания домов, «Тульский дом», на ремонт крыш в домах денег не нашла.", null)]
    public void A_request_about_something_after_a_name_set_off_by_commas_is_no_subject(string sentence, string? speaker) =>
        Assert.Equal(speaker, Speakers(sentence).SingleOrDefault());

    /// <summary>
    /// "По данным Владивостокской таможни": a customs office is a body, named whole by its place's adjective and its noun in
    /// the nominative; a customs post's place before it is no body (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Владивостокской таможни", "Владивостокская таможня")]
    [InlineData("Владивостокской гавани", "Владивостокской")]
    public void A_customs_office_is_a_body_named_whole(string source, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Speakers("По данным " + source + ", в августе оформлено 9,8 тысячи машин.")));

    /// <summary>
    /// "подтвердили, что …, но о планах на участок говорить отказались": what the second verb is about, after "но", is no
    /// subject; the verb shares the first one's; with the two verbs not agreeing, the words are read as before (the near miss).
    /// </summary>
    [Theory]
    [InlineData("В «Столица-Инвесте» подтвердили, что договор продлевать не будут, но о планах на участок говорить отказались.", true)]
    [InlineData("«Столица-Инвест» подтвердил, что договор продлевать не будут, но о планах на участок говорить отказались.", false)]
    public void What_a_verb_after_but_is_about_is_no_subject(string sentence, bool shared)
    {
        var speakers = Speakers(sentence);
        Assert.Equal(2, speakers.Count);
        Assert.Equal(shared, speakers[0] == speakers[1]);
    }

    /// <summary>
    /// "в региональной ассоциации родителей детей с диабетом «Сладкое детство»": a body described in lower-case words, a
    /// preposition and a few more, is named by the name in quotes that ends the clause; with no name in quotes, the words
    /// before the preposition are as before (the near miss).
    /// </summary>
    [Theory]
    [InlineData("в региональной ассоциации родителей детей с диабетом «Сладкое детство»", true)]
    [InlineData("в региональной ассоциации родителей детей с диабетом первого типа", false)]
    public void A_body_described_before_its_name_in_quotes_is_named_by_it(string source, bool named) =>
        Assert.Equal(named, Speakers("Около 600 детей остались без датчиков, сообщили во вторник " + source + ".").Last()
            .Contains("диабетом", StringComparison.Ordinal));

    /// <summary>
    /// A person described by a noun and the settlement she is from, its noun in lower case before its name ("из села
    /// Чаваньга"), then her name, is the person her name names; a settlement with no name after it is as before (the near miss).
    /// </summary>
    [Theory]
    [InlineData("«Мы восемь часов везли больную на вездеходе», — рассказал агентству фельдшер из села Чаваньга Николай Ершов.", "Николай Ершов")]
    [InlineData("«Мы восемь часов везли больную на вездеходе», — рассказал агентству фельдшер из села.", "фельдшер")]
    public void A_person_from_a_settlement_named_after_its_noun_is_named_by_her_name(string sentence, string speaker) =>
        Assert.Equal(speaker, Speakers(sentence).Last());

    /// <summary>
    /// "в областном центре медицины катастроф": an institution whose own name holds the region's adjective is named as
    /// written, in the nominative; a government body so described is of the region named before (the near miss).
    /// </summary>
    [Theory]
    [InlineData("областном центре медицины катастроф", "областной центр медицины катастроф")]
    [InlineData("областном министерстве здравоохранения", "министерство здравоохранения Мурманской области")]
    public void An_institution_named_with_the_regions_adjective_is_named_as_written(string source, string speaker) =>
        Assert.Equal(speaker, Speakers("В Мурманской области не летает вертолёт.\nПациентов везут морем, сообщили во вторник в " + source + ".").Last());

    /// <summary>
    /// "сообщили в музее" after "Музей-заповедник А. С. Пушкина «Михайловское»": the noun opening a compound noun, then the
    /// person the body is named after, then its name in quotes, is that name; a noun of another sort is as before (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Музей-заповедник А. С. Пушкина «Михайловское»", "«Михайловское»")]
    [InlineData("Театр-студия А. С. Пушкина «Михайловское»", "музее")]
    public void A_body_named_after_a_person_is_named_by_its_name_in_quotes(string body, string speaker) =>
        Assert.Equal(speaker, Speakers(body + " с 1 октября будет пускать не более 1500 человек в день, сообщили во вторник в музее.").Last());

    /// <summary>
    /// "Там пообещали …" after a body's statement: "there", the place named before, is the body that spoke last; a place
    /// named as written ("В мэрии пообещали …") is that place (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Там", "компания «Сибфармтрейд»")]
    [InlineData("В мэрии", "мэрии")]
    public void There_refers_back_to_the_body_that_spoke_last(string opening, string speaker) =>
        Assert.Equal(speaker, Speakers("В компании «Сибфармтрейд», выигравшей аукцион, обвинения опровергли, заявив, что отгрузку задержал "
            + "производитель. " + opening + " пообещали доставить первые дозы до 5 июня.").Last());

    /// <summary>
    /// "в администрации города" under the dateline "ЙОШКАР-ОЛА": the hyphenated city capitalised part by part, in the
    /// genitive though the text has none ("Йошкар-Олы"); a city not ending in "а" is as its dateline writes it (the near miss).
    /// </summary>
    [Theory]
    [InlineData("ЙОШКАР-ОЛА", "администрация Йошкар-Олы")]
    [InlineData("АРХАНГЕЛЬСК", "администрация Архангельск")]
    public void A_body_of_the_city_is_of_the_datelines_city_in_the_genitive(string dateline, string speaker) =>
        Assert.Equal(speaker, Speakers(dateline + ", 21 октября (Nordic Wire) — Гаражи в городе снесут, сообщили во вторник в администрации города.").Last());

    /// <summary>
    /// "Глава Марий Эл поручил …": a title before a republic's name alone is the office, named whole; with the holder's name
    /// after it, the holder (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Глава Марий Эл", "глава Марий Эл")]
    [InlineData("Глава Марий Эл Юрий Зайцев", "Юрий Зайцев")]
    public void A_title_before_a_republic_alone_is_the_office(string source, string speaker) =>
        Assert.Equal(speaker, Speakers(source + " в понедельник поручил мэрии провести повторную оценку гаражей.").Last());

    /// <summary>
    /// "По данным краевой прокуратуры, …": the body is "краевая прокуратура", not a name opened by the preposition that opens
    /// the sentence; a body named with its capitalised adjective is found as before (the near miss).
    /// </summary>
    [Theory]
    [InlineData("По данным краевой прокуратуры", "краевая прокуратура")]
    [InlineData("По данным Генеральной прокуратуры", "Генеральная прокуратура")]
    public void According_to_opens_no_bodys_name(string opening, string speaker) =>
        Assert.Equal(speaker, Speakers(opening + ", поддерживавшей обвинение, с 2022 по 2025 год Белецкая вместе с двумя сообщниками "
            + "продала через сайт не менее 900 документов.").Single());

    /// <summary>
    /// "Ассоциации ювелиров Поволжья Юрий Лавров": the land in "-ья" ends the body's name before the person's; a given name
    /// after the body's words is not its name (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Президент Ассоциации ювелиров Поволжья Юрий Лавров оценил", "Ассоциации ювелиров Поволжья")]
    [InlineData("Президент Ассоциации ювелиров Наталья Лаврова оценила", "Ассоциации ювелиров")]
    public void A_land_in_the_genitive_ends_a_bodys_name(string sentence, string body)
    {
        var start = sentence.IndexOf("Ассоциации", StringComparison.Ordinal);
        Assert.Equal(body, sentence[start..RussianBodies.ComplementEnd(sentence, start + "Ассоциации".Length)]);
    }

    /// <summary>
    /// "признал, что …, но пообещал закончить …": a verb an infinitive follows after "но" shares the subject of the verb that
    /// opened the "что" clause when the two agree in the past; a verb of another number is the "что" clause's (the near miss).
    /// </summary>
    [Theory]
    [InlineData("пообещал", 2)]
    [InlineData("пообещали", 1)]
    public void A_verb_with_an_infinitive_after_but_shares_the_subject_of_the_verb_before_the_that_clause(string verb, int his)
    {
        var speakers = Speakers(
            $"Директор фонда Денис Ковалёв признал, что подрядчики сорвали сроки ремонта, но {verb} закончить его до конца лета.");
        Assert.Equal("Денис Ковалёв", speakers[0]);
        Assert.Equal(his, speakers.Count(s => s == "Денис Ковалёв"));
    }

    /// <summary>
    /// "Один из подсудимых, 19-летний студент Кирилл Бабкин, вину признал": guilt alone after a comma is the verb's object,
    /// and the person set off by the commas before it is the subject; words set off with no name in them are not (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Один из подсудимых, 19-летний студент Кирилл Бабкин, вину признал.", true)]
    [InlineData("Один из подсудимых, студент колледжа, вину признал.", false)]
    public void Guilt_after_a_comma_is_the_object_and_the_person_set_off_before_it_speaks(string sentence, bool named) =>
        Assert.Equal(named, Speakers(sentence).Any(s => s.EndsWith("Кирилл Бабкин", System.StringComparison.Ordinal)));

    /// <summary>
    /// "— заявил в суде другой подсудимый, 23-летний Денис Рахимов": after a description set off by a comma, the age alone
    /// before the name ending the clause, or the country of a title ("заслуженный артист России Юрий Лапин"), leads to the
    /// person's name; a patronymic is no first name (the near miss keeps the description).
    /// </summary>
    [Theory]
    [InlineData("заявил в суде другой подсудимый, 23-летний Денис Рахимов", "Денис Рахимов")]
    [InlineData("сказал ветеран театра, заслуженный артист России Юрий Лапин", "Юрий Лапин")]
    [InlineData("сказал ветеран театра, заслуженный артист России Юрий Петрович Лапин", null)]
    public void After_a_description_set_off_by_a_comma_the_person_named_after_an_age_or_a_country_speaks(string source, string? name)
    {
        var speaker = Speakers("«Я не знал, что это мошенничество», — " + source + ".").Single();
        Assert.Equal(name is not null, speaker.EndsWith(name ?? "Юрий Лапин", System.StringComparison.Ordinal));
    }

    /// <summary>
    /// "Крупнейший заказчик «Уралсофта», банк «Исеть-Капитал», от комментариев отказался": a noun and a name in quotes set off
    /// by commas before the declined comment is the subject named again, no relative clause; a relative clause set off
    /// still leads back to the body before it (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Крупнейший заказчик «Уралсофта», банк «Исеть-Капитал», от комментариев отказался.", "Исеть-Капитал")]
    [InlineData("В службе такси «Балт-Такси», куда перешли несколько водителей, от комментариев отказались.", "Балт-Такси")]
    public void A_name_in_quotes_set_off_before_a_declined_comment_declines_it(string sentence, string name) =>
        Assert.Contains(name, Speakers(sentence).Single(), System.StringComparison.Ordinal);

    /// <summary>
    /// "признал, что …, но отверг сообщения о конфликте": reports or reproaches after the verb after "но" are its object, and
    /// the verb shares the subject of the verb before the "что" clause; a verb of another number does not (the near miss),
    /// and the noun is no speaker either way.
    /// </summary>
    [Theory]
    [InlineData("отверг", 2)]
    [InlineData("отвергли", 1)]
    public void Reports_denied_after_but_are_the_object_and_the_verb_shares_the_subject(string verb, int his)
    {
        var speakers = Speakers($"Главный врач больницы Вадим Лосев признал, что удержать специалистов не удалось, но {verb} сообщения о конфликте.");
        Assert.Equal(his, speakers.Count(s => s.EndsWith("Вадим Лосев", System.StringComparison.Ordinal)));
        // "сообщения", a message's noun, names no one whichever the verb's number, and is never made an actor.
        Assert.DoesNotContain("сообщения", speakers);
    }

    /// <summary>
    /// A sentence that opens with "Один из …" and has no "ни" after it: the search for "ни одного" finds nothing and reads
    /// nothing, where it once read the sentence's first word as the word after the miss and the draft stopped on it.
    /// </summary>
    [Fact]
    public void A_sentence_opening_with_one_of_is_drafted_and_reads_no_denial()
    {
        var draft = Draft("Один из подсудимых, 19-летний студент Кирилл Бабкин, вину признал и сказал, что готов возмещать ущерб.");
        Assert.NotEmpty(draft.Statements);
        Assert.DoesNotContain(draft.Statements, s => s.Act == "deny");
    }

    /// <summary>
    /// A lone lower-case word that names no one — a verb standing alone, a pronoun or relative, a message's, claim's or
    /// finding's noun in any case — is never made an actor; the near misses name someone and stay speakers.
    /// </summary>
    [Theory]
    [InlineData("выделить", true)]
    [InlineData("добиться", true)]
    [InlineData("стали", true)]
    [InlineData("признался", true)]
    [InlineData("это", true)]
    [InlineData("котором", true)]
    [InlineData("которые", true)]
    [InlineData("сообщении", true)]
    [InlineData("утверждения", true)]
    [InlineData("экспертиза", true)]
    [InlineData("заключении", true)]
    [InlineData("лишь", true)]
    [InlineData("также", true)]
    [InlineData("уже", true)]
    [InlineData("виновными", true)]
    [InlineData("дальнейших", true)]
    [InlineData("вопросы", true)]
    [InlineData("пострадавших", false)]
    [InlineData("задержанные", false)]
    [InlineData("родители", false)]
    [InlineData("власти", false)]
    [InlineData("мать", false)]
    [InlineData("жители", false)]
    [InlineData("учителя", false)]
    [InlineData("следователи", false)]
    [InlineData("ведомство", false)]
    [InlineData("компании", false)]
    [InlineData("министр", false)]
    [InlineData("пресс-служба", false)]
    [InlineData("полиция", false)]
    [InlineData("Выделить", false)]
    public void A_lone_lower_case_verb_pronoun_or_message_noun_names_no_one(string word, bool noOne) =>
        Assert.Equal(noOne, RussianNoOne.Contains(word));

    /// <summary>
    /// A pronoun read as the source with no subject in its clause ("…, а это подтвердили", the pasts disagreeing with the
    /// clause before) is the last speaker, not an actor named "это".
    /// </summary>
    [Fact]
    public void A_pronoun_standing_as_the_source_is_the_last_speaker()
    {
        var speakers = Speakers("Директор фонда Ольга Миронова заявила, что фонд закроется. Сотрудники фонда узнали об этом вчера, а это подтвердили.");
        Assert.DoesNotContain("это", speakers);
        Assert.All(speakers, s => Assert.Equal("Ольга Миронова", s));
    }

    /// <summary>A verb read as the source ("пообещали выделить") is the subject named before it, not an actor named "выделить".</summary>
    [Fact]
    public void A_verb_standing_as_the_source_is_the_speaker_before_it()
    {
        var speakers = Speakers("В министерстве культуры Карелии признали, что музей закрыт, но пообещали выделить на него 5 миллионов рублей.");
        Assert.DoesNotContain("выделить", speakers);
    }

    /// <summary>A message's noun read as the source ("В его сообщении говорится") is the last speaker, not an actor of the noun.</summary>
    [Fact]
    public void A_message_noun_standing_as_the_source_is_the_last_speaker()
    {
        var speakers = Speakers("Глава района Пётр Сомов заявил, что мост откроют. В его сообщении говорится, что ремонт завершён.");
        Assert.DoesNotContain("сообщении", speakers);
        Assert.All(speakers, s => Assert.Equal("Пётр Сомов", s));
    }

    /// <summary>
    /// "это опроверг" after a participle's phrase set off by commas: the word before the verb names no one, so the source is
    /// the name that opens the clause, and "сказал он" after it goes on with him; with no name before the phrase set off
    /// (the near miss, "Как выяснилось, это опроверг …" has none), the word still makes no actor.
    /// </summary>
    [Fact]
    public void A_word_naming_no_one_before_the_verb_gives_the_subject_the_clause_opens_with()
    {
        var speakers = Speakers("Директор завода Ольга Миронова заявила, что цех закроют. Бывший главный инженер завода Сергей Котов, "
            + "проработавший там двадцать лет, это опроверг. «Цех работает», — сказал он агентству.");
        Assert.Equal(2, speakers.Count(s => s.EndsWith("Сергей Котов", System.StringComparison.Ordinal)));
        Assert.DoesNotContain("это", speakers);
    }

    /// <summary>
    /// "признал, что …, но отверг утверждения": the noun after the verb after "но" names no one, so the verb has the subject
    /// of the verb that opened the "что" clause; a subject of its own after "но" (the near miss) speaks for itself.
    /// </summary>
    [Theory]
    [InlineData("отверг утверждения о хищениях", 2)]
    [InlineData("подрядчик отверг утверждения о хищениях", 1)]
    public void A_word_naming_no_one_after_the_verb_after_but_gives_the_subject_of_the_verb_before(string clause, int his)
    {
        var speakers = Speakers($"Глава района Пётр Сомов признал, что дорогу не отремонтировали, но {clause}.");
        Assert.Equal(his, speakers.Count(s => s.EndsWith("Пётр Сомов", System.StringComparison.Ordinal)));
        Assert.DoesNotContain("утверждения", speakers);
    }

    /// <summary>
    /// A body's name that opens with a compound capitalised word ("Черноморо-Азовское", "Северо-Западное") is named
    /// whole, not from the word after its hyphen; a name read from a voice in the body ("сообщили в управлении") too.
    /// </summary>
    [Theory]
    [InlineData("Черноморо-Азовское межрегиональное управление Росприроднадзора начало проверку терминала, сообщили в управлении.",
        "Черноморо-Азовское межрегиональное управление Росприроднадзора")]
    [InlineData("Северо-Западное управление Ростехнадзора начало проверку ветропарка, сообщили в ведомстве.", "Северо-Западное управление Ростехнадзора")]
    [InlineData("Северо-Западное управление Ростехнадзора предупредило, что проверка продлится месяц.", "Северо-Западное управление Ростехнадзора")]
    [InlineData("Юго-Восточное управление Ростехнадзора заявило, что проверка продлится месяц.", "Юго-Восточное управление Ростехнадзора")]
    public void A_compound_capitalised_word_opening_a_bodys_name_is_kept_whole(string sentence, string name) =>
        Assert.Equal(name, Speakers(sentence).Last());

    /// <summary>
    /// A particle or an adjective standing alone read as the source ("а лишь требует", "признав их виновными", "От
    /// дальнейших комментариев там отказались") names no one: the subject before it or the last speaker speaks; a lone
    /// noun of people ("по словам пострадавших") still speaks (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Министр образования Ирина Гладких подчеркнула, что министерство не закрывает гимназию, а лишь требует устранить нарушения.", "лишь")]
    [InlineData("Районный суд приговорил Кристину Жаркову к пяти годам колонии, признав её виновными в мошенничестве, сообщила пресс-служба суда.",
        "виновными")]
    [InlineData("На заводе «Композит-Волга» заявили, что партия прошла испытания. От дальнейших комментариев там отказались.", "дальнейших")]
    public void A_particle_or_an_adjective_standing_alone_is_never_the_speaker(string sentence, string word) =>
        Assert.DoesNotContain(Speakers(sentence), s => s.Contains(word, StringComparison.Ordinal));

    [Fact]
    public void A_lone_noun_of_people_read_as_the_source_still_speaks() =>
        Assert.Contains(Speakers("По словам пострадавших, дом стоит без отопления неделю."), s => s.Contains("пострадавш", StringComparison.Ordinal));

    /// <summary>
    /// "Министерство также проверит …, сообщили в его пресс-службе": the subject a possessive voice speaks for stops at a
    /// particle, so the clause is never taken whole as a name.
    /// </summary>
    [Fact]
    public void The_subject_a_possessive_voice_speaks_for_stops_at_a_particle() =>
        Assert.DoesNotContain(Speakers("Министерство также проверит все закупки музея за последние пять лет, сообщили в его пресс-службе."),
            s => s.Contains("проверит", StringComparison.Ordinal));

    /// <summary>
    /// "сообщили в музее" after "Этюд, который Красноярский художественный музей купил": the relative before the body's
    /// name is no adjective of it, so the museum is named without it; an adjective there still is (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Этюд, который Красноярский художественный музей купил за 12 миллионов рублей, поддельный. Этюд снят с экспозиции, сообщили в музее.",
        "Красноярский художественный музей")]
    [InlineData("Этюд за 12 миллионов рублей купил Красноярский художественный музей. Этюд снят с экспозиции, сообщили в музее.",
        "Красноярский художественный музей")]
    public void A_relative_before_a_bodys_name_is_not_its_adjective(string text, string speaker) =>
        Assert.Equal(speaker, Speakers(text).Last());

    /// <summary>
    /// A body's name runs on to "имени" and the initials and surname of whom it is named after ("музей имени В. И.
    /// Сурикова"); "имени" with no initials is read as before (the near miss).
    /// </summary>
    [Theory]
    [InlineData("Этюд купил Красноярский художественный музей имени В. И. Сурикова. Этюд снят с экспозиции, сообщили в музее.",
        "Красноярский художественный музей имени")]
    [InlineData("Этюд купил Красноярский художественный музей имени Сурикова. Этюд снят с экспозиции, сообщили в музее.",
        "Красноярский художественный музей имени")]
    public void A_bodys_name_runs_on_to_whom_it_is_named_after(string text, string speaker)
    {
        // The initials' stops are dropped from a drafted name ("имени В И Сурикова").
        var last = Speakers(text).Last();
        Assert.StartsWith(speaker, last, StringComparison.Ordinal);
        Assert.EndsWith("Сурикова", last, StringComparison.Ordinal);
    }

    /// <summary>
    /// "Министерство также проверит …, сообщили в его пресс-службе": a possessive voice speaks for a body's noun standing
    /// alone as the clause's subject; a lone word of no body ("Он") is not taken so (the near miss).
    /// </summary>
    [Fact]
    public void A_possessive_voice_speaks_for_a_bodys_noun_alone()
    {
        Assert.Equal("Министерство", Speakers("Министерство также проверит все закупки музея, сообщили в его пресс-службе.").Last());
        Assert.DoesNotContain("Он", Speakers("Он также проверит все закупки музея, сообщили в его пресс-службе."));
    }

    private static List<string> Speakers(string text) => DraftSpeakers.Of(Draft(text), Folder);

    private static ArticleDraft Draft(string text) =>
        ArticleDrafter.Draft(new DraftRequest("Заголовок\n" + text, new DateValue(2026, 7, 22), Folder, [], []));
}
