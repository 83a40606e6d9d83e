using Dataset.Annotations.Text;

namespace Dataset.Annotations.Drafting.Acts;

/// <summary>
/// The word classes the Russian act rules read (<see cref="RussianSaidActs"/>), as stems that take any ending
/// (<see cref="StemSet"/>) or, where a stem would reach other words, as whole words. Each is closed and says one
/// thing about the act, as <see cref="ActWords"/> does for English.
/// </summary>
internal static class RussianActWords
{
    public static readonly WordSet Negations = new("не", "ни", "никогда", "нет");

    /// <summary>"не только": a negation that negates nothing.</summary>
    public static readonly WordSet NotOnly = new("только", "просто", "менее");

    public static readonly WordSet FirstPerson = new("мы", "я");

    /// <summary>"никто не реагировал": a negation whose subject is no one reports an absence, not a denial.</summary>
    public static readonly WordSet NoOne = new("никто", "ничто", "ничего", "никого", "никому");

    /// <summary>"не откроем границу, пока …", "если …": a condition set on what the source will do.</summary>
    public static readonly WordSet Conditions = new("пока", "если", "покуда");

    /// <summary>"не имеет отношения к", "не связан с": a tie to what happened, which negated is a denial.</summary>
    public static readonly WordSet Ties = new("отношения", "отношение", "связан", "связана", "связано", "связаны", "причастен", "причастна", "причастны");

    /// <summary>"отношения": a tie only with "к" ("не имеет отношения к"); "отношения с" are relations.</summary>
    public static readonly WordSet Relation = new("отношения", "отношение");

    /// <summary>"ответственность … несёт финская сторона", "вина лежит на": blame laid on another, now.</summary>
    public static readonly StemSet Responsibility = new("ответственност", "вина", "вину", "вины");

    public static readonly WordSet Bears = new("несёт", "несет", "несут", "лежит", "лежат", "возлагает", "возлагают");

    /// <summary>"оно лишь вредит жителям": harm done now, a deed judged wrong (a harm foreseen, "может навредить", warns).</summary>
    public static readonly WordSet PresentHarms = new("вредит", "вредят", "вредило", "вредил", "вредила");

    /// <summary>"министерство поддерживает проверку": backing given.</summary>
    public static readonly WordSet Backing = new(
        "поддерживает", "поддерживают", "поддерживаю", "поддерживаем", "поддержал", "поддержала", "поддержало", "поддержали", "одобряет",
        "одобряют", "приветствует", "приветствуют");

    /// <summary>"начала проверку", "возбудила дело", "начнёт проверку": an inquiry opened or to be, announced by the one who opens it.</summary>
    public static readonly WordSet Began = new(
        "начал", "начала", "начали", "начало", "возбудил", "возбудила", "возбудили", "возбудило", "начнёт", "начнет", "начнут", "проведёт", "проведет",
        "проведут", "проводит", "проводят", "возбудит", "возбудят");

    public static readonly StemSet Inquiries = new("проверк", "расследовани", "разбирательств", "дело", "дела", "аудит", "экспертиз");

    /// <summary>"выделят средства", "введут ограничения": a measure, which a future announces rather than promises.</summary>
    public static readonly StemSet Measures = new("средств", "ограничени", "запрет", "санкци", "мер", "штраф", "предписани", "график", "режим");

    /// <summary>"проведёт оценку его последствий": what is examined, so that a threat word after it threatens nothing.</summary>
    public static readonly StemSet Assessments = new("оценк", "анализ", "изучени", "расчёт", "расчет");

    /// <summary>"назвал решение «экономией на детях»": the verb that gives a deed a name.</summary>
    public static readonly StemSet Names = new("назвал", "называ", "назвав");

    /// <summary>Those a hardship befalls: "люди занимают у родственников", "семьи голодают".</summary>
    public static readonly WordSet AffectedPeople = new(
        "люди", "семьи", "жители", "пенсионеры", "рабочие", "работники", "дети", "родители", "пассажиры", "вкладчики", "сотрудники", "горожане");

    /// <summary>Hardship: borrowing to live, hunger, cold, want — "занимают у родственников", "мёрзнут", "нечем платить".</summary>
    public static readonly StemSet Hardships = new("занима", "одалжива", "голода", "мерзн", "выжива", "нечем", "бедству", "нуждаю", "отчаива");

    /// <summary>"откладывало замену сетей", "задержал оплату": putting off what is owed, with <see cref="Dues"/>.</summary>
    public static readonly StemSet Delays = new("отклад", "отложил", "затягива", "затянул", "задержал", "задерживал", "задерживает", "задерживают", "тянул");

    /// <summary>What is owed: a payment, a repair, a replacement, a delivery.</summary>
    public static readonly StemSet Dues = new("оплат", "выплат", "зарплат", "заработн", "замен", "ремонт", "поставк", "строительств", "погашени");

    /// <summary>"по утверждённому расписанию", "принятых мер": a participle that qualifies a noun, by its case ending.</summary>
    public static readonly EndingSet Attributives = new(
        "ому", "ого", "ым", "ыми", "ых", "ую", "ой", "ему", "его", "им", "ими", "их", "ее", "ое", "ые", "ий", "ый");

    /// <summary>"мы обеспокоены", "вызывает тревогу": the source's own alarm.</summary>
    public static readonly StemSet Feelings = new(
        "обеспокоен", "озабочен", "встревож", "тревог", "тревож", "сожалени", "огорчен", "шокирован", "потрясен", "возмущен", "беспоко",
        "переживаю", "переживает", "опасаю", "опасает", "опасаем", "страша", "боятся", "боится");

    public static readonly StemSet Comment = new("комментир", "комментар");

    /// <summary>
    /// What a source will not accept or allow (docs/acts.md, decision 4): "не примем ультиматумов", "не допустим", "не
    /// позволим", "не отпустим детей", "не разрешим".
    /// </summary>
    public static readonly StemSet Refusals = new(
        "примем", "примут", "примет", "допуст", "потерп", "позвол", "смирим", "смирят", "отступ", "уступ", "отпуст", "разреш", "пустим", "дадим");

    /// <summary>What a report is called when it is denied: "это ложь", "обвинения необоснованны".</summary>
    public static readonly StemSet Falsehoods = new(
        "лжив", "ложн", "необоснованн", "беспочвенн", "безосновательн", "голословн", "клевет", "фейк", "вымысел", "вымысл", "выдумк",
        "абсурд", "неправд", "сфабрикова", "домысл", "дезинформац", "непричастн");

    /// <summary>Whole words of a lie: "ложь" as a stem would also be "ложка".</summary>
    public static readonly WordSet Lies = new("ложь", "лжи", "ложью", "чушь", "бред");

    /// <summary>A deed judged wrong: "недопустимо", "неприемлемо", "варварский обстрел".</summary>
    public static readonly StemSet Condemnations = new(
        "недопустим", "неприемлем", "возмутительн", "варварск", "бесчеловечн", "чудовищн", "позорн", "кощунствен", "циничн", "зверств",
        "злодеян", "бесчинств", "вопиющ", "омерзительн", "несправедлив", "ошибк", "ошибочн", "преступн", "позор");

    /// <summary>Wrongdoing laid at another's door: "нарушают соглашение", "это давление", "провокация", "виноват".</summary>
    public static readonly StemSet Wrongdoing = new(
        "наруш", "давлени", "шантаж", "провокац", "провокационн", "агресси", "вмешательств", "фальсифи", "подтасов", "вброс", "мошенн",
        "коррупц", "саботаж", "блокад", "виноват", "виновн", "причастн", "манипул", "обман", "подкуп", "сговор", "незаконн", "дискриминац",
        "проигнорир", "игнорир", "сомнительн", "выводил", "вывел", "скрыл", "скрыва", "утаил", "похитил", "хищени", "растрат", "присвоил",
        "злоупотреб", "отмыв", "уклонил", "уклоня", "запрещённ", "запрещенн", "заведом", "умышленн");

    /// <summary>"никаких нарушений … не было", "никакого давления": a wrongdoing said to be none at all, a denial.</summary>
    public static readonly WordSet NoneAtAll = new("никаких", "никакого", "никакой", "никакие", "никакая", "никакое", "никаким");

    /// <summary>"обвинение не доказало умысла", "вина не доказана": a charge said to be unproven, when negated.</summary>
    public static readonly StemSet Proof = new("доказа");

    /// <summary>"вина не доказана", "недоказанные обвинения": a charge unproven, in one word.</summary>
    public static readonly StemSet Unproven = new("недоказ");

    /// <summary>"подсудимые понимали", "обвиняемые выводили": the accused, whose deeds told are the charge.</summary>
    public static readonly StemSet Accused = new("подсудим", "обвиняем");

    /// <summary>"нарушений не выявлено", "нарушений не обнаружено": a wrongdoing found not to exist.</summary>
    public static readonly StemSet Found = new("выявлен", "выявил", "обнаружен", "обнаружил", "установлен", "зафиксирован", "было", "были", "был");

    /// <summary>"ни одного рубля не выводилось": none at all.</summary>
    public static readonly WordSet OneOf = new("одного", "одной", "один", "одна", "одно");

    /// <summary>A duty another failed, when negated: "не соблюдал порядок", "не выполнил обязательства", "не уведомил".</summary>
    public static readonly StemSet Duties = new("соблюд", "выполнял", "выполнил", "исполнял", "исполнил", "уведомил", "уведомлял", "платил", "выплачивал");

    /// <summary>"суд признал банкротом", "признал виновным": what a ruling declares a party to be.</summary>
    public static readonly StemSet Rulings = new("банкрот", "виновн", "невиновн", "недействительн", "незаконн", "законн", "утратившим", "экстремистск");

    /// <summary>"защита обжалует решение", "оспорит иск": a legal step one side will take.</summary>
    public static readonly WordSet Appeals = new("обжалует", "обжалуют", "обжалуем", "оспорит", "оспорят", "оспорим");

    /// <summary>"возможны перебои", "есть риск": a harm that may come, which with a harm word warns.</summary>
    public static readonly WordSet Possible = new("возможны", "возможен", "возможна", "возможно", "вероятны", "грозят", "грозит", "риск", "рискуют");

    /// <summary>"вкладчики добиваются возбуждения дела", "требуют": a demand pressed on another.</summary>
    public static readonly WordSet Demands = new("добиваются", "добивается", "требуют", "требует", "требуем", "настаивают", "настаивает");

    /// <summary>"необходимо вернуть", "следует приостановить": a need, a demand only with what must be done (not "сокращение необходимо").</summary>
    public static readonly WordSet Needs = new("необходимо", "следует", "нужно", "надо");

    /// <summary>"считает решение своевременным и обоснованным": an approving judgement.</summary>
    public static readonly StemSet Approvals = new("обоснованн", "своевременн", "правильн", "оправданн", "справедлив", "верным", "разумн");

    /// <summary>"агентство намерено взыскать", "планирует": an intention declared.</summary>
    public static readonly StemSet Intentions = new("намерен", "намерева", "планиру", "собирает", "собираю");

    /// <summary>"готовы к переговорам", "готова помочь": a source declaring itself willing.</summary>
    public static readonly WordSet Readiness = new("готов", "готова", "готово", "готовы");

    /// <summary>A first-person future that promises: "мы будем", "обеспечим", "поможем".</summary>
    public static readonly WordSet FirstPersonFuture = new(
        "будем", "обеспечим", "гарантируем", "поможем", "защитим", "компенсируем", "восстановим", "поддержим", "выполним", "сделаем",
        "продолжим", "предоставим", "передадим", "окажем", "рассмотрим", "проверим", "вернём", "вернем", "возместим", "выплатим", "устраним",
        "накажем", "добьёмся", "добьемся", "предпримем", "раскроем", "опубликуем", "заберём", "заберем", "отзовём", "отзовем", "изымем",
        "заменим", "прекратим", "остановим", "подадим");

    /// <summary>
    /// What those affected will be given: "заменят 40 километров сетей", "достраивать дома будет фонд", "люди получат
    /// квартиры" — in the future, a deliverable promised.
    /// </summary>
    public static readonly StemSet Provisions = new(
        "достро", "достраива", "замен", "получ", "окаж", "обеспеч", "выплат", "компенсир", "возмест", "восстанов", "отремонтир", "постро",
        "переселят", "расселят");

    /// <summary>Words of a threat: "серьёзные последствия", "ответные меры", "возмездие".</summary>
    public static readonly StemSet Threats = new("последстви", "ответн", "возмезди", "расплат", "поплат", "пожалеют");

    /// <summary>"Ответ будет", "последует ответ" (not "ждёт ответа", "в ответ на"): a response promised to another.</summary>
    public static readonly WordSet Response = new("ответ");

    /// <summary>"Москва ответит", "мы ответим": a response promised, in the future of "ответить".</summary>
    public static readonly WordSet Responds = new("ответит", "ответим", "ответят");

    /// <summary>"ответит на вопросы", "ответим на запрос": what an answer to a question is, not a response to a deed.</summary>
    public static readonly StemSet Questions = new("вопрос", "запрос", "письм", "обращени");

    /// <summary>"поставит под угрозу", "окажутся под угрозой": a danger foreseen.</summary>
    public static readonly WordSet Danger = new("угрозу", "угрозой");

    /// <summary>Modals of what may happen, and "грозит": with a harm, a warning; alone, an assessment.</summary>
    public static readonly WordSet Modals = new("может", "могут", "мог", "могла", "могло", "могли", "способен", "способна", "способны", "грозит", "грозят");

    /// <summary>Harm foreseen: "может ударить по поставкам", "грозит срывом", "обострить ситуацию".</summary>
    public static readonly StemSet Harms = new(
        "удар", "навред", "подорв", "разруш", "обостр", "усугуб", "парализ", "сорв", "срыв", "повред", "угрож", "дестабилиз", "перебо",
        "дефицит", "нехватк", "сбой", "сбои", "сбоев", "остановк", "задержк", "огранич", "умр", "умир", "уезжа", "уедут", "погибн", "разор",
        "потеря");

    /// <summary>"Литва обязана снять ограничения": what another is bound to do, as English "must".</summary>
    public static readonly WordSet Obligations = new("обязан", "обязана", "обязаны", "обязано");

    /// <summary>"стороны должны сесть за стол переговоров": what another ought to do, as English "should".</summary>
    public static readonly WordSet Oughts = new("должен", "должна", "должно", "должны");

    /// <summary>"мы хотим ключей от своих квартир": what the source wants of others, a demand.</summary>
    public static readonly WordSet Wants = new("хотим", "хочу", "желаем");

    /// <summary>"будет представлен", "будут открыты": a future passive, a plan announced.</summary>
    public static readonly WordSet FutureBe = new("будет", "будут");

    /// <summary>Events set for a day, in the perfective future: "пройдут консультации", "опубликует разъяснения".</summary>
    public static readonly WordSet FutureEvents = new(
        "пройдёт", "пройдет", "пройдут", "состоится", "состоятся", "начнётся", "начнется", "начнутся", "откроется", "откроются",
        "опубликует", "опубликуют", "представит", "представят", "введёт", "введет", "введут", "вступит", "вступят", "запустит",
        "запустят", "подпишет", "подпишут", "проведёт", "проведет", "проведут", "направит", "направят", "откроет", "откроют");

    /// <summary>Deeds done and decided, told by their doer: "направила ноту", "договорились о рейсах", "подписали".</summary>
    public static readonly StemSet Decisions = new(
        "направил", "договорил", "подписал", "подписан", "принял", "принят", "утвердил", "утвержд", "одобрил", "одобрен", "запустил",
        "открыл", "закрыл", "назначил", "отправил", "завершил", "выслал", "отозвал", "арестовал", "освободил", "эвакуировал", "вызвал",
        "ввел", "ввёл", "ввели", "введен", "решил", "выделил", "продлил", "приостановил", "отменил", "учредил", "изъял", "изъят", "обратил",
        "подал", "отзывает", "отзывают", "дисквалифицир", "оштрафова", "приговорил", "отстранил", "запретил", "приступил", "вводит", "вводят", "назначен");

    /// <summary>Words of quantity: a figure given is most likely an announcement.</summary>
    public static readonly StemSet FigureWords = new("процент", "миллион", "миллиард", "тысяч");

    /// <summary>A day of a month follows: "28 августа" is a date, not a figure.</summary>
    public static readonly WordSet Months = new(
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря");

    /// <summary>Words of likelihood: "вероятно", "может", "ожидается" — a judgement of what is or will be.</summary>
    /// <remarks>"Мы рассчитываем подать тепло к четвергу", "ожидаем", "по оценкам", "примерно": an estimate.</remarks>
    public static readonly StemSet Hedges = new(
        "вероятн", "возможн", "видимо", "ожидает", "ожидают", "ожидаем", "прогноз", "вряд", "рассчитыва", "оценкам", "примерно");
}
