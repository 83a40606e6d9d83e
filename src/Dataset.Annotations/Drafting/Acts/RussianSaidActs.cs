using System;
using System.Collections.Generic;
using Dataset.Annotations.Model;
using Dataset.Annotations.Text;
using static Dataset.Annotations.Drafting.Acts.RussianActWords;

namespace Dataset.Annotations.Drafting.Acts;

/// <summary>
/// The act a Russian statement most likely makes when its verb names none (заявил, сказал, "по словам"): the rules of
/// <see cref="SaidActs"/> in the same order, read from stems that take any ending (<see cref="RussianActWords"/>), "не"
/// before a word and the first person ("мы", "я"), since free word order leaves no head to find as English has.
/// </summary>
internal static class RussianSaidActs
{
    private static readonly Func<SaidContent, ActReading?>[] Rules =
    {
        Performative, Feeling, Hardship, NoComment, Refusal, Condition, Falsehood, Unproven, DeniedBlame, NoneFound, NoTie, Neglect, Condemnation,
        Naming, Wrongdoing, Delay, Charge, OwnNegation, Blame, Precondition, SetCondition, Readiness, FirstPersonPromise, Provision, Appeal, Threat,
        Conditional, Harm, Obligation, Support, Plan, Commitment, Decision, Figure, Hedge,
    };

    /// <summary>How many words before a word a "не" still negates it ("не вводит собственную блокаду"), and how many
    /// after "мы" its verb's "не" stands ("мы никогда не").</summary>
    private const int NegationReach = 3;

    /// <summary>The act the content reads as, or null when no rule fires (a claim).</summary>
    public static ActReading? Read(SaidContent content) => ContentActs.First(Rules, content);

    /// <summary>Every rule that fires on the content, not only the first: the act model's signals.</summary>
    public static IEnumerable<FiredRule> Fired(SaidContent content) => ContentActs.All(Rules, content);

    /// <summary>The act of a verb that what was said overrides, or null: a promise of retaliation ("пообещал ответные меры") threatens.</summary>
    public static ActReading? Refine(string act, SaidContent content) =>
        act == SpeechActs.Pledge ? Threat(content) : act == SpeechActs.Confirm ? Ruling(content) : null;

    /// <summary>"суд признал банкротом «Камский банк»": "признать" with what a party is declared to be is a ruling announced, not an admission.</summary>
    private static ActReading? Ruling(SaidContent c) =>
        c.FirstWord() is var first and >= 0 && c.IsIn(first, Rulings) ? new ActReading(SpeechActs.Announce, c.Words(first, first)) : null;

    /// <summary>"мы осуждаем", "я требую": the source names its own act, in the first person.</summary>
    private static ActReading? Performative(SaidContent c)
    {
        for (var i = c.Start; i < c.End; i++)
        {
            if (RussianCueLexicon.FindFirstPerson(c.Text, c.Tokens[i]) is { IsNeutral: false } verb && Negated(c, i) < 0)
            {
                return new ActReading(verb.Act, c.Words(i, i));
            }
        }

        return null;
    }

    /// <summary>"мы глубоко обеспокоены", "вызывает тревогу": alarm expressed.</summary>
    private static ActReading? Feeling(SaidContent c) =>
        c.Find(Feelings) is var i and >= 0 ? new ActReading(SpeechActs.ExpressConcern, c.Words(i, i)) : null;

    /// <summary>"не может комментировать", "без комментариев": a source that will not say declines to.</summary>
    private static ActReading? NoComment(SaidContent c)
    {
        var i = c.Find(Comment);
        var not = c.Is(i - 1, "без") ? i - 1 : Negated(c, i);
        return not >= 0 ? new ActReading(SpeechActs.DeclineComment, c.Words(not, i)) : null;
    }

    /// <summary>"не примем ультиматумов", "не допустим", "Мы не отпустим детей": a line the source says others must not cross.</summary>
    private static ActReading? Refusal(SaidContent c)
    {
        var refused = c.Find(Refusals);
        return Negated(c, refused) is var not and >= 0 ? new ActReading(SpeechActs.Warn, c.Words(not, refused)) : null;
    }

    /// <summary>The "если" or "пока" at most <see cref="NegationReach"/> words before <paramref name="i"/>, or -1.</summary>
    private static int Conditioned(SaidContent c, int i)
    {
        for (var j = i - 1; j >= c.Start && j >= i - NegationReach; j--)
        {
            if (c.IsIn(j, Conditions))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Люди занимают у родственников, чтобы купить детям продукты": the hardship of those affected, told to move others,
    /// expresses concern (docs/acts.md); a hardship word without the people it befalls ("ремонт занимает месяц") does not.
    /// </summary>
    private static ActReading? Hardship(SaidContent c)
    {
        for (var h = c.Find(Hardships); h >= 0; h = c.Find(Hardships, h + 1))
        {
            for (var p = h - 1; p >= c.Start && p >= h - NegationReach; p--)
            {
                if (c.IsIn(p, AffectedPeople))
                {
                    return new ActReading(SpeechActs.ExpressConcern, c.Words(p, h));
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "мы не откроем границу, пока ситуация не изменится": what the source will not do until others change; "если мы не
    /// ограничим подачу сейчас, в августе …": what comes of the source's own inaction — each a warning.
    /// </summary>
    private static ActReading? Condition(SaidContent c)
    {
        var condition = c.Find(Conditions);
        for (var i = c.Start; condition >= 0 && i < c.End; i++)
        {
            if (c.IsIn(i, Negations) && FirstPersonBefore(c, i) is var subject and >= 0)
            {
                if (i < condition)
                {
                    return new ActReading(SpeechActs.Warn, c.Words(subject, condition));
                }

                if (condition < subject && subject - condition <= NegationReach)
                {
                    return new ActReading(SpeechActs.Warn, c.Words(condition, c.NextWord(i)));
                }
            }
        }

        return null;
    }

    /// <summary>"это ложь", "обвинения необоснованны", "не соответствует действительности": what others said, called false.</summary>
    private static ActReading? Falsehood(SaidContent c)
    {
        var i = c.Find(Falsehoods);
        i = i >= 0 ? i : c.Find(Lies);
        if (i >= 0)
        {
            return new ActReading(SpeechActs.Deny, c.Words(i, i));
        }

        var reality = c.Find("действительности");
        return Negated(c, reality) is var not and >= 0 ? new ActReading(SpeechActs.Deny, c.Words(not, reality)) : null;
    }

    /// <summary>"обвинение не доказало умысла на хищение", "вина не доказана", "недоказанные обвинения": a charge called unproven.</summary>
    private static ActReading? Unproven(SaidContent c)
    {
        var unproven = c.Find(RussianActWords.Unproven);
        if (unproven >= 0)
        {
            return new ActReading(SpeechActs.Deny, c.Words(unproven, unproven));
        }

        for (var p = c.Find(Proof); p >= 0; p = c.Find(Proof, p + 1))
        {
            if (Negated(c, p) is var not and >= 0)
            {
                return new ActReading(SpeechActs.Deny, c.Words(not, p));
            }
        }

        return null;
    }

    /// <summary>"а не вводит собственную блокаду", "не причастен": wrongdoing or blame, negated.</summary>
    private static ActReading? DeniedBlame(SaidContent c)
    {
        for (var i = c.Start; i < c.End; i++)
        {
            if (c.IsIn(i, RussianActWords.Wrongdoing) && Negated(c, i) >= 0)
            {
                return new ActReading(SpeechActs.Deny, c.Words(i, i));
            }
        }

        return null;
    }

    /// <summary>
    /// "нарушений технологии не выявлено", "нарушений не было", "ни одного рубля не выводилось": the wrongdoing said not to
    /// exist, a denial (not "нарушения выявлены").
    /// </summary>
    private static ActReading? NoneFound(SaidContent c)
    {
        for (var i = c.Find(RussianActWords.Wrongdoing); i >= 0; i = c.Find(RussianActWords.Wrongdoing, i + 1))
        {
            for (var j = i + 1; j < c.End && j <= i + NegationReach + 2; j++)
            {
                if (c.IsIn(j, Negations) && (c.IsIn(c.NextWord(j), Found) || c.Is(j, "нет")))
                {
                    return new ActReading(SpeechActs.Deny, c.Words(i, c.Is(j, "нет") ? j : c.NextWord(j)));
                }
            }
        }

        // "никаких нарушений при хранении … не было": none at all, however far the verb.
        if (c.Find(NoneAtAll) is var all and >= 0 && c.IsIn(c.NextWord(all), RussianActWords.Wrongdoing))
        {
            return new ActReading(SpeechActs.Deny, c.Words(all, c.NextWord(all)));
        }

        var none = c.Find("ни");
        return c.IsIn(c.NextWord(none), OneOf) ? new ActReading(SpeechActs.Deny, c.Words(none, c.NextWord(none))) : null;
    }

    /// <summary>
    /// "профсоюз не соблюдал порядок", "банк не создавал резервы": a duty another party failed, an accusation (not "мы не
    /// выполнили", the source's own admission).
    /// </summary>
    private static ActReading? Neglect(SaidContent c)
    {
        for (var i = c.Find(Duties); i >= 0; i = c.Find(Duties, i + 1))
        {
            if (Negated(c, i) is var not and >= 0 && FirstPersonBefore(c, not) < 0)
            {
                return new ActReading(SpeechActs.Accuse, c.Words(not, i));
            }
        }

        return null;
    }

    /// <summary>"Россия не имеет отношения к потокам", "не связан с": a tie to what happened, negated.</summary>
    private static ActReading? NoTie(SaidContent c)
    {
        for (var t = c.Find(Ties); t >= 0; t = c.Find(Ties, t + 1))
        {
            var next = c.NextWord(t);
            // "отношения к" is a tie, "отношения с" relations.
            var to = c.Is(next, "к") || c.Is(next, "ко");
            var tied = c.IsIn(t, Relation) ? to : next < 0 || to || c.Is(next, "с") || c.Is(next, "со");
            if (tied && Negated(c, t) is var not and >= 0)
            {
                return new ActReading(SpeechActs.Deny, c.Words(not, t));
            }
        }

        return null;
    }

    /// <summary>
    /// "мы не задерживаем", "я никогда не получал", "Иран не поставлял дроны": the source says it does not, or a
    /// party did not — a denial (not "не только", not "никто не реагировал", an absence, and not a modal: "не смогли"
    /// reports a failure).
    /// </summary>
    private static ActReading? OwnNegation(SaidContent c)
    {
        for (var i = c.Start; i < c.End; i++)
        {
            var verb = c.NextWord(i);
            if (!c.IsIn(i, Negations) || verb < 0 || c.IsIn(verb, NotOnly) || c.IsIn(i - 1, NoOne))
            {
                continue;
            }

            if (FirstPersonBefore(c, i) is var subject and >= 0)
            {
                return new ActReading(SpeechActs.Deny, c.Words(subject, verb));
            }

            if (RussianForms.IsPast(c.Text, c.Tokens[verb]) && !c.IsIn(verb, Modals) && !c.Is(verb, "смог") && !c.Is(verb, "смогли"))
            {
                return new ActReading(SpeechActs.Deny, c.Words(i, verb));
            }
        }

        return null;
    }

    /// <summary>"это недопустимо", "варварский обстрел", "оно лишь вредит жителям": a deed judged wrong.</summary>
    private static ActReading? Condemnation(SaidContent c)
    {
        var i = c.Find(Condemnations);
        i = i >= 0 ? i : c.Find(PresentHarms);
        return i >= 0 && Negated(c, i) < 0 ? new ActReading(SpeechActs.Condemn, c.Words(i, i)) : null;
    }

    /// <summary>
    /// "назвал решение районных властей «экономией на детях»": a deed given a name in quotes by the verb "назвать" is judged
    /// (docs/acts.md: "a pejorative name"), unless the name approves ("назвал решение «своевременным»", backing).
    /// </summary>
    private static ActReading? Naming(SaidContent c)
    {
        var verb = c.Start - 1;
        while (verb >= 0 && !c.Tokens[verb].IsWord)
        {
            verb--;
        }

        if (verb < 0 || !Names.Contains(c.Text, c.Tokens[verb]))
        {
            return null;
        }

        for (var q = c.Start; q < c.End; q++)
        {
            var name = c.NextWord(q);
            if (c.Tokens[q].Kind == TokenKind.Quote && name >= 0 && !c.IsIn(name, Approvals))
            {
                return new ActReading(SpeechActs.Condemn, c.Words(name, name));
            }
        }

        return null;
    }

    /// <summary>
    /// "руководство несколько лет откладывало замену сетей", "заказчик задержал оплату": what another owed, put off — an
    /// accusation (not "мы задержали", an admission; not "полиция задержала двоих", which delays nothing owed).
    /// </summary>
    private static ActReading? Delay(SaidContent c)
    {
        for (var d = c.Find(Delays); d >= 0; d = c.Find(Delays, d + 1))
        {
            for (var o = c.NextWord(d); o >= 0 && o <= d + NegationReach; o = c.NextWord(o))
            {
                if (c.IsIn(o, Dues) && FirstPersonBefore(c, d) < 0 && Negated(c, d) < 0)
                {
                    return new ActReading(SpeechActs.Accuse, c.Words(d, o));
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A condition and what it is set on (<see cref="RussianCondition"/>): a harm or loss in the consequence ("если школу
    /// закроют, деревня умрёт") warns; a deed of another in the condition with no harm to follow ("заявку рассмотрят,
    /// если собственник представит план") is what others must do first, a demand.
    /// </summary>
    private static ActReading? SetCondition(SaidContent c)
    {
        if (RussianCondition.Find(c) is not { } condition)
        {
            return null;
        }

        for (var h = c.Find(Harms); h >= 0; h = c.Find(Harms, h + 1))
        {
            if (condition.InConsequence(h) && Negated(c, h) < 0)
            {
                return new ActReading(SpeechActs.Warn, c.Words(condition.Marker, condition.Marker));
            }
        }

        for (var i = condition.Marker + 1; i < condition.ConditionEnd; i++)
        {
            if (c.IsIn(i, Negations) || c.IsIn(i, FirstPerson))
            {
                return null;
            }

            if (RussianFuture.At(c, i) is { Person: RussianPerson.Third } && Named(c, condition.Marker, i))
            {
                return new ActReading(SpeechActs.Demand, c.Words(condition.Marker, i));
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the future at <paramref name="verb"/> has a doer named between the condition's marker and it: a
    /// singular ("если собственник представит") names one, a plural only after a plural noun ("если власти выплатят");
    /// "если школу закроют" names nobody, a plural that tells what happens rather than who must act.
    /// </summary>
    private static bool Named(SaidContent c, int marker, int verb)
    {
        var word = c.Words(verb, verb);
        if (!(word.EndsWith("ут", StringComparison.Ordinal) || word.EndsWith("ют", StringComparison.Ordinal) || word.EndsWith("ят", StringComparison.Ordinal)
            || word.EndsWith("ат", StringComparison.Ordinal)))
        {
            return verb > c.NextWord(marker);
        }

        for (var i = marker + 1; i < verb; i++)
        {
            if (c.Tokens[i].IsWord && (c.Words(i, i).EndsWith("ы", StringComparison.Ordinal) || c.Words(i, i).EndsWith("и", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"ограничения нарушают соглашение", "на деле это давление": wrongdoing, laid at another's door.</summary>
    /// <remarks>"банк проводил сомнительные операции", "руководство проигнорировало требования", "выводили средства": said
    /// by another than the doer (not "мы нарушили", an admission), and read before a negation elsewhere in the clause; a
    /// deed told before the wrongdoing is what is reported ("обратился в суд с иском о признании … незаконной": a suit announced).</remarks>
    private static ActReading? Wrongdoing(SaidContent c) =>
        c.Find(RussianActWords.Wrongdoing) is var i and >= 0 && FirstPersonBefore(c, i) < 0 && !(c.Find(Decisions) is var d and >= 0 && d < i)
            ? new ActReading(SpeechActs.Accuse, c.Words(i, i))
            : null;

    /// <summary>
    /// "Подсудимые прекрасно понимали, что дома не будут достроены, и продолжали принимать деньги": what the accused did,
    /// told by another, is the charge (not "подсудимые не признали вину", a denial, nor "мы, подсудимые, …").
    /// </summary>
    private static ActReading? Charge(SaidContent c)
    {
        var accused = c.Find(Accused);
        for (var v = c.NextWord(accused); accused >= 0 && v >= 0 && v <= accused + NegationReach; v = c.NextWord(v))
        {
            if (RussianForms.IsPast(c.Text, c.Tokens[v]) && Negated(c, v) < 0 && FirstPersonBefore(c, accused) < 0)
            {
                return new ActReading(SpeechActs.Accuse, c.Words(accused, v));
            }
        }

        return null;
    }

    /// <summary>
    /// "переговоры начнутся только после того, как люди вернутся", "только при условии": what others must do first, a
    /// demand (read before "мы готовы", which the condition limits).
    /// </summary>
    private static ActReading? Precondition(SaidContent c)
    {
        var only = c.Find("только");
        var after = c.NextWord(only);
        var condition = c.Is(after, "после") || c.Is(after, "при") || c.Is(after, "если") || c.Is(after, "когда");
        return only >= 0 && condition && !c.IsIn(only - 1, Negations) ? new ActReading(SpeechActs.Demand, c.Words(only, after)) : null;
    }

    /// <summary>"защита обжалует решение", "компания оспорит иск": a legal step the side taking it announces it will take, a pledge.</summary>
    private static ActReading? Appeal(SaidContent c) =>
        c.Find(Appeals) is var i and >= 0 && Negated(c, i) < 0 ? new ActReading(SpeechActs.Pledge, c.Words(i, i)) : null;

    /// <summary>
    /// "если требования не будут выполнены, к забастовке присоединятся …": a consequence set on a condition others may not
    /// meet, a warning (a first-person one is read by <see cref="Condition"/>).
    /// </summary>
    private static ActReading? Conditional(SaidContent c)
    {
        var condition = c.Find("если");
        for (var i = condition + 1; condition >= 0 && i < c.End && i <= condition + NegationReach + 1; i++)
        {
            if (c.IsIn(i, Negations))
            {
                return new ActReading(SpeechActs.Warn, c.Words(condition, i));
            }
        }

        return null;
    }

    /// <summary>
    /// "ответственность за последствия несёт финская сторона": blame laid on another, now (not "мы несём ответственность",
    /// nor "виновные понесут ответственность", a punishment to come).
    /// </summary>
    private static ActReading? Blame(SaidContent c)
    {
        var blame = c.Find(Responsibility);
        var bears = c.Find(Bears);
        return blame >= 0 && bears >= 0 && FirstPersonBefore(c, bears) < 0 && Negated(c, bears) < 0
            ? new ActReading(SpeechActs.Accuse, c.Words(System.Math.Min(blame, bears), System.Math.Max(blame, bears)))
            : null;
    }

    /// <summary>"готовы к переговорам", "готова помочь": a source declaring itself willing.</summary>
    private static ActReading? Readiness(SaidContent c) =>
        c.Find(RussianActWords.Readiness) is var i and >= 0 && Negated(c, i) < 0 ? new ActReading(SpeechActs.Pledge, c.Words(i, i)) : null;

    /// <summary>"мы будем помогать", "обеспечим жителей": a first-person future is a promise (not "не будем").</summary>
    private static ActReading? FirstPersonPromise(SaidContent c) =>
        c.Find(FirstPersonFuture) is var i and >= 0 && Negated(c, i) < 0 ? new ActReading(SpeechActs.Pledge, c.Words(i, i)) : null;

    /// <summary>
    /// "до конца года заменят 40 километров сетей", "достраивать дома будет региональный фонд", "люди получат квартиры":
    /// what those affected will be given, a promise (not "заменили", done; not "может получить", a likelihood).
    /// </summary>
    private static ActReading? Provision(SaidContent c)
    {
        for (var p = c.Find(Provisions); p >= 0; p = c.Find(Provisions, p + 1))
        {
            var future = ThirdPersonFuture(c, p) || (Infinitive(c, p) && (c.IsIn(c.NextWord(p), FutureBe) || c.IsIn(c.NextWord(c.NextWord(p)), FutureBe)
                || c.IsIn(p - 1, FutureBe)));
            var hedged = c.Find(Modals) is var m and >= 0 && m < p || c.Find(Hedges) is var h and >= 0 && h < p;
            if (future && !hedged && Negated(c, p) < 0)
            {
                return new ActReading(SpeechActs.Pledge, c.Words(p, p));
            }
        }

        return null;
    }

    /// <summary>"серьёзные последствия", "ответные меры", "Ответ будет", "Москва ответит", "поставит под угрозу": a threat.</summary>
    private static ActReading? Threat(SaidContent c)
    {
        // "проведёт оценку его последствий": consequences assessed, not threatened.
        for (var i = c.Find(Threats); i >= 0; i = c.Find(Threats, i + 1))
        {
            if (!(c.Find(Assessments, i - NegationReach) is var a and >= 0 && a < i))
            {
                return new ActReading(SpeechActs.Warn, c.Words(i, i));
            }
        }

        if (c.Find(Danger) is var d and >= 0 && c.Is(d - 1, "под"))
        {
            return new ActReading(SpeechActs.Warn, c.Words(d - 1, d));
        }

        // "Москва ответит «зеркальными мерами»", not "ответит на вопросы журналистов".
        for (var r = c.Find(Responds); r >= 0; r = c.Find(Responds, r + 1))
        {
            var on = c.NextWord(r);
            var answered = c.Is(on, "на") && c.IsIn(c.NextWord(on), Questions);
            if (!answered && Negated(c, r) < 0)
            {
                return new ActReading(SpeechActs.Warn, c.Words(r, r));
            }
        }

        // "Ответ будет …", "последует ответ": the response itself, not "в ответ на" or "ждёт ответа".
        for (var r = c.Find(Response); r >= 0; r = c.Find(Response, r + 1))
        {
            if (!c.Is(r - 1, "в"))
            {
                return new ActReading(SpeechActs.Warn, c.Words(r, r));
            }
        }

        return null;
    }

    /// <summary>"может ударить по поставкам", "грозит срывом", "возможны перебои": harm foreseen for others.</summary>
    private static ActReading? Harm(SaidContent c)
    {
        for (var p = c.Find(Possible); p >= 0; p = c.Find(Possible, p + 1))
        {
            var harm = c.NextWord(p);
            if (c.IsIn(harm, Harms) && Negated(c, p) < 0)
            {
                return new ActReading(SpeechActs.Warn, c.Words(p, harm));
            }
        }

        for (var m = c.Find(Modals); m >= 0; m = c.Find(Modals, m + 1))
        {
            var harm = c.NextWord(m);
            harm = c.IsIn(harm, Harms) ? harm : c.IsIn(c.NextWord(harm), Harms) ? c.NextWord(harm) : -1;
            if (harm >= 0 && Negated(c, m) < 0)
            {
                return new ActReading(SpeechActs.Warn, c.Words(m, harm));
            }
        }

        return null;
    }

    /// <summary>"Литва обязана снять ограничения": what another is bound to do (not "мы обязаны"), as English "must".</summary>
    /// <remarks>
    /// "вкладчики добиваются возбуждения дела", "необходимо вернуть", "мы хотим ключей от квартир": a demand pressed;
    /// "стороны должны сесть за стол переговоров" is what another ought to do, as English "should", an urging
    /// (docs/acts.md).
    /// </remarks>
    private static ActReading? Obligation(SaidContent c)
    {
        var ought = c.Find(Oughts);
        if (ought >= 0 && FirstPersonBefore(c, ought) < 0 && Negated(c, ought) < 0)
        {
            return new ActReading(SpeechActs.Urge, c.Words(ought, ought));
        }

        var i = c.Find(Obligations);
        i = i >= 0 ? i : c.Find(Demands);
        i = i >= 0 ? i : c.Find(Needs) is var need and >= 0 && Infinitive(c, c.NextWord(need)) ? need : -1;
        if (i >= 0 && FirstPersonBefore(c, i) < 0 && Negated(c, i) < 0)
        {
            return new ActReading(SpeechActs.Demand, c.Words(i, i));
        }

        var want = c.Find(Wants);
        return want >= 0 && Negated(c, want) < 0 ? new ActReading(SpeechActs.Demand, c.Words(want, want)) : null;
    }

    /// <summary>"министерство поддерживает проверку": backing given (not "не поддерживает").</summary>
    /// <remarks>"считает решение своевременным и обоснованным": an approving judgement is backing too (not "необоснованным", a falsehood).</remarks>
    private static ActReading? Support(SaidContent c)
    {
        var i = c.Find(Backing);
        i = i >= 0 ? i : c.Find(Approvals);
        return i >= 0 && Negated(c, i) < 0 ? new ActReading(SpeechActs.Support, c.Words(i, i)) : null;
    }

    /// <summary>"план будет представлен", "в среду пройдут консультации", "агентство намерено взыскать": a plan, an intention or an event to come.</summary>
    private static ActReading? Plan(SaidContent c)
    {
        if (c.Find(Intentions) is var n and >= 0 && Negated(c, n) < 0)
        {
            return new ActReading(SpeechActs.Announce, c.Words(n, n));
        }

        if (c.Find(FutureEvents) is var e and >= 0)
        {
            return new ActReading(SpeechActs.Announce, c.Words(e, e));
        }

        for (var b = c.Find(FutureBe); b >= 0; b = c.Find(FutureBe, b + 1))
        {
            var next = c.NextWord(b);
            if (next >= 0 && RussianForms.IsShortParticiple(c.Text, c.Tokens[next]))
            {
                return new ActReading(SpeechActs.Announce, c.Words(b, next));
            }
        }

        return null;
    }

    /// <summary>
    /// "компания разместит семьи в гостинице", "пассажирам вернут стоимость билетов", "детей будет забирать автобус": a
    /// future course, not hedged nor negated nor set on a condition, commits the speaker's side (docs/acts.md: "we will"
    /// is pledge); a future official act, measure or sum ("начнёт проверку", "выделят 1,2 миллиарда") is announced.
    /// </summary>
    private static ActReading? Commitment(SaidContent c)
    {
        var condition = RussianCondition.Find(c);
        for (var future = RussianFuture.Find(c); future is { } f; future = RussianFuture.Find(c, f.Last + 1))
        {
            var hedged = c.Find(Modals) is var m and >= 0 && m < f.First || c.Find(Hedges) is var h and >= 0 && h < f.First;
            if (hedged || Negated(c, f.First) >= 0 || condition is { } set && set.InCondition(f.First) || Conditioned(c, f.First) >= 0)
            {
                continue;
            }

            for (var o = f.Last; o >= 0 && o <= f.Last + NegationReach; o = c.NextWord(o))
            {
                if (c.IsIn(o, Inquiries) || c.IsIn(o, Measures) || IsFigure(c, o))
                {
                    return new ActReading(SpeechActs.Announce, c.Words(f.First, o));
                }
            }

            return new ActReading(SpeechActs.Pledge, c.Words(f.First, f.Last));
        }

        return null;
    }

    /// <summary>"Астана направила ноту", "власти уже договорились", "прокуратура начала проверку": a deed done or begun, told by its doer.</summary>
    private static ActReading? Decision(SaidContent c)
    {
        // "по утверждённому расписанию": a participle that qualifies a noun tells no deed.
        for (var i = c.Find(Decisions); i >= 0; i = c.Find(Decisions, i + 1))
        {
            if (Negated(c, i) < 0 && !c.IsIn(i, Attributives))
            {
                return new ActReading(SpeechActs.Announce, c.Words(i, i));
            }
        }

        // "начала проверку", "начнёт внеплановую проверку", not "с начала месяца".
        for (var b = c.Find(Began); b >= 0; b = c.Find(Began, b + 1))
        {
            var inquiry = c.NextWord(b);
            inquiry = c.IsIn(inquiry, Attributives) ? c.NextWord(inquiry) : inquiry;
            if (c.IsIn(inquiry, Inquiries) && Negated(c, b) < 0)
            {
                return new ActReading(SpeechActs.Announce, c.Words(b, inquiry));
            }
        }

        return null;
    }

    /// <summary>"15 процентов", "400 вагонов": a figure is most likely announced; a year or a day of a month is none.</summary>
    private static ActReading? Figure(SaidContent c)
    {
        for (var i = c.Start; i < c.End; i++)
        {
            if (IsFigure(c, i))
            {
                // "штраф может составить до 5 миллионов рублей": a figure that may be is an estimate (read by the hedge).
                if (c.Find(Modals) is var modal and >= 0 && modal < i)
                {
                    return null;
                }

                return new ActReading(SpeechActs.Announce, c.Words(i, i));
            }
        }

        return null;
    }

    /// <summary>"1,2 миллиарда", "15 процентов": a number or a word of quantity (not a year, not a day of a month).</summary>
    private static bool IsFigure(SaidContent c, int i)
    {
        var token = c.Tokens[i];
        var number = token.IsWord && char.IsDigit(c.Text[token.Start]) && !(token.End - token.Start == 4 && c.IsIn(c.NextWord(i), Years))
            && !c.IsIn(c.NextWord(i), Months);
        return number || c.IsIn(i, FigureWords);
    }

    /// <summary>"вероятно", "может вырасти", "ожидается": a judgement of what is or will be.</summary>
    /// <remarks>"Кто может, уже уехал": "может" after "кто" is who can, no likelihood.</remarks>
    private static ActReading? Hedge(SaidContent c)
    {
        if (c.Find(Hedges) is var i and >= 0)
        {
            return new ActReading(SpeechActs.Assess, c.Words(i, i));
        }

        for (var m = c.Find(Modals); m >= 0; m = c.Find(Modals, m + 1))
        {
            if (!c.Is(m - 1, "кто"))
            {
                return new ActReading(SpeechActs.Assess, c.Words(m, m));
            }
        }

        return null;
    }

    /// <summary>
    /// "заменят", "получит", "восстановят": a verb of the third person in the future, by its ending (not "получают",
    /// "заменяет": "-ает", "-яет" is the imperfective present, what is done now).
    /// </summary>
    private static bool ThirdPersonFuture(SaidContent c, int i)
    {
        var word = c.Words(i, i);
        foreach (var ending in ImperfectivePresentEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return false;
            }
        }

        foreach (var ending in ThirdPersonEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ThirdPersonEndings = { "ит", "ят", "ет", "ут", "ют", "ат", "ится", "ятся", "ется", "утся", "ются", "атся" };

    private static readonly string[] ImperfectivePresentEndings = { "ает", "ают", "яет", "яют", "ается", "аются", "яется", "яются" };

    /// <summary>Whether word <paramref name="i"/> is an infinitive (<see cref="RussianVerbForms.IsInfinitive"/>).</summary>
    private static bool Infinitive(SaidContent c, int i) => i >= 0 && RussianVerbForms.IsInfinitive(c.Words(i, i));

    private static readonly WordSet Years = new("год", "года", "году", "годом", "годы", "годов", "г");

    /// <summary>The "не" that negates word <paramref name="i"/> within <see cref="NegationReach"/> words before it (not "не только"), or -1.</summary>
    private static int Negated(SaidContent c, int i)
    {
        for (var j = i - 1; i >= 0 && j >= c.Start && j >= i - NegationReach; j--)
        {
            if (c.IsIn(j, Negations) && !c.IsIn(j + 1, NotOnly))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>"мы" or "я" at most <see cref="NegationReach"/> words before <paramref name="i"/>, or -1.</summary>
    private static int FirstPersonBefore(SaidContent c, int i)
    {
        for (var j = i - 1; j >= c.Start && j >= i - NegationReach; j--)
        {
            if (c.IsIn(j, FirstPerson))
            {
                return j;
            }
        }

        return -1;
    }
}
