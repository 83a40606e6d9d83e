using System;
using System.Collections.Generic;
using Dataset.Annotations.Text.Cues;
using Dataset.Annotations.Model;
using Dataset.Annotations.Text;
using static Dataset.Annotations.Drafting.Acts.ActWords;

namespace Dataset.Annotations.Drafting.Acts;

/// <summary>An act read from what was said, and the words it was read from (for the note beside it).</summary>
internal readonly record struct ActReading(string Act, string Words);

/// <summary>
/// The act a statement most likely makes, read from what was said when its verb names none ("said", "told",
/// "according to"): "said the accusations were baseless" denies, "said it was concerned" expresses concern, "said it
/// would not allow" warns. The rules are tried in order and the first that fires gives the act; each reads a few words
/// of the content (<see cref="SaidContent"/>) and says why in its comment. None fires: a claim. It stays a guess, and
/// the draft says so beside it.
/// </summary>
internal static class SaidActs
{
    private static readonly Func<SaidContent, ActReading?>[] Rules =
    {
        Performative, Feeling, NoComment, Refusal, NotRecognised, ReportCalledFalse, DeniedBlame, OwnNegation,
        Condemnation, Wrongdoing, Blamed, Attack, Readiness, Promise, FirstPersonPromise, Threat, Conditional, Harm,
        Obligation, Plan, OwnFuture, Support, Discussion, Decision, Ongoing, Change, Comparison, Figure, Toll, Hedge,
    };

    /// <summary>The act the content reads as, or null when no rule fires (a claim).</summary>
    public static ActReading? Read(SaidContent content) => ContentActs.First(Rules, content);

    /// <summary>Every rule that fires on the content, not only the first: the act model's signals.</summary>
    public static IEnumerable<FiredRule> Fired(SaidContent content) => ContentActs.All(Rules, content);

    /// <summary>The act of a verb that what was said overrides, or null: a vow of retaliation ("vowed to retaliate") threatens.</summary>
    public static ActReading? Refine(string act, SaidContent content) => act == SpeechActs.Pledge ? Threat(content) : null;

    /// <summary>"We condemn", "I can confirm that": the source names its act itself, in the first person.</summary>
    private static ActReading? Performative(SaidContent c) =>
        c.FirstPerson && c.Main >= 0 && !c.Negated && CueLexicon.Find(c.Text, c.Tokens[c.Main]) is { Form: CueForm.Base, IsNeutral: false } verb
            ? new ActReading(verb.Act, c.Words(c.SubjectStart, c.Main))
            : null;

    /// <summary>"said it was deeply concerned", "she was “appalled”": the source's own alarm.</summary>
    private static ActReading? Feeling(SaidContent c) =>
        c.Self && c.Be && c.IsIn(c.Main, Feelings) ? new ActReading(SpeechActs.ExpressConcern, c.Words(c.Main, c.Main)) : null;

    /// <summary>"he could not comment on", "it had no comment": a source that will not say declines to.</summary>
    private static ActReading? NoComment(SaidContent c) =>
        (c.Negated && c.IsIn(c.Main, Unsayable)) || (c.Is(c.Main, "no") && c.IsIn(c.NextWord(c.Main), CueContext.NoCommentNouns))
            ? new ActReading(SpeechActs.DeclineComment, c.Words(c.Verb < 0 ? c.Main : c.Verb, c.Main))
            : null;

    /// <summary>"would not allow", "will not tolerate": a line the source says others must not cross.</summary>
    private static ActReading? Refusal(SaidContent c) =>
        c.Negated && c.IsIn(c.Modal, FutureModals) && c.IsIn(c.Main, Refusals) ? new ActReading(SpeechActs.Warn, c.Words(c.Modal, c.Main)) : null;

    /// <summary>"would not recognise the result": refusing a thing its standing rejects it.</summary>
    private static ActReading? NotRecognised(SaidContent c) =>
        c.Negated && c.Modal >= 0 && c.IsIn(c.Main, Unrecognised) ? new ActReading(SpeechActs.Deny, c.Words(c.Modal, c.Main)) : null;

    /// <summary>"the accusations were baseless", "Manila’s account was false": what others said, called false.</summary>
    private static ActReading? ReportCalledFalse(SaidContent c) =>
        c.Find(Falsehoods) is var f and >= 0 && c.Find(ReportNouns) >= 0 ? new ActReading(SpeechActs.Deny, c.Words(f, f)) : null;

    /// <summary>"Late opening is not rigging", "was not involved": wrongdoing or blame, negated.</summary>
    private static ActReading? DeniedBlame(SaidContent c)
    {
        for (var i = c.Start; i < c.End; i++)
        {
            if ((c.IsIn(i, ActWords.Wrongdoing) || (c.IsIn(i, Blame) && c.AfterBe(i))) && c.NegatedAt(i))
            {
                return new ActReading(SpeechActs.Deny, c.Words(i, i));
            }
        }

        return null;
    }

    /// <summary>"it had no information", "I have never received", "it did not": the source says it did not or has not.</summary>
    private static ActReading? OwnNegation(SaidContent c) =>
        c.Self && c.Negated && (c.Perfect || c.PastBe || c.Did) && c.Main >= 0 ? new ActReading(SpeechActs.Deny, c.Words(c.SubjectStart, c.Main)) : null;

    /// <summary>"the attack was unacceptable", "not acceptable", "a war crime": a deed judged wrong.</summary>
    private static ActReading? Condemnation(SaidContent c)
    {
        for (var i = c.Start; i < c.End; i++)
        {
            var judged = (c.IsIn(i, Condemnations) && !c.NegatedAt(i))
                || (c.Is(i, "acceptable") && c.NegatedAt(i))
                || ((c.Is(i, "crime") || c.Is(i, "crimes")) && c.Is(i - 1, "war"));
            if (judged)
            {
                return new ActReading(SpeechActs.Condemn, c.Words(i, i));
            }
        }

        return null;
    }

    /// <summary>"ballot boxes had been tampered with", "marred by intimidation": wrongdoing, laid at another's door.</summary>
    private static ActReading? Wrongdoing(SaidContent c) =>
        c.Find(ActWords.Wrongdoing) is var i and >= 0 ? new ActReading(SpeechActs.Accuse, c.Words(i, i)) : null;

    /// <summary>"were involved in the supply", "was carried out by": another party put behind a deed.</summary>
    private static ActReading? Blamed(SaidContent c)
    {
        if (c.Self)
        {
            return null;
        }

        if (c.Find(Blame) is var i and >= 0 && c.AfterBe(i))
        {
            return new ActReading(SpeechActs.Accuse, c.Words(i, i));
        }

        var carried = c.Find("carried");
        return carried >= 0 && c.Is(carried + 1, "out") && c.Is(carried + 2, "by") ? new ActReading(SpeechActs.Accuse, c.Words(carried, carried + 2)) : null;
    }

    /// <summary>
    /// "the ship had rammed the boat", "the insurgents beheaded two elders": a party, not an event ("a drone strike
    /// killed 21" is a toll) nor the source itself, did harm; a passive without "by" names nobody ("30 had been killed").
    /// </summary>
    private static ActReading? Attack(SaidContent c)
    {
        var verb = c.Find(AttackVerbs);
        if (verb < 0 || c.Self)
        {
            return null;
        }

        var before = verb - 1;
        while (before >= c.Start && (c.IsIn(before, CueContext.Skippable) || c.Tokens[before].Kind == TokenKind.Quote) && !c.IsIn(before, CueContext.Be))
        {
            before--;
        }

        if (c.IsIn(before, CueContext.Be) && !c.Is(c.NextWord(verb), "by"))
        {
            return null;
        }

        for (var i = c.Start; i < verb; i++)
        {
            if (c.IsIn(i, EventNouns))
            {
                return null;
            }
        }

        return new ActReading(SpeechActs.Accuse, c.Words(verb, verb));
    }

    /// <summary>"said it was ready to send reinforcements": a source declaring itself willing.</summary>
    private static ActReading? Readiness(SaidContent c) =>
        c.Self && c.Find(ActWords.Readiness) is var r and >= 0 && c.Is(c.NextWord(r), "to") ? new ActReading(SpeechActs.Pledge, c.Words(r, r + 1)) : null;

    /// <summary>"would cover any losses", "will continue to supply": what the source (not a party it names: "Iran would supply") will do for others.</summary>
    private static ActReading? Promise(SaidContent c) =>
        c.IsIn(c.Modal, FutureModals)
            && !c.Negated
            && !c.SubjectNamesAnother()
            && (c.IsIn(c.Main, PromiseVerbs) || (c.Is(c.Main, "continue") && c.Is(c.NextWord(c.Main), "to")))
            ? new ActReading(SpeechActs.Pledge, c.Words(c.Modal, c.Main))
            : null;

    /// <summary>
    /// "We are sorry, and we will contact every customer": a first-person future anywhere is a promise (not "we will see", "we will have to").
    /// </summary>
    private static ActReading? FirstPersonPromise(SaidContent c)
    {
        for (var i = c.Start; i < c.End; i++)
        {
            var will = c.IsIn(i, FirstPersonFuture) ? i : c.IsIn(i, ActWords.FirstPerson) && c.IsIn(i + 1, FutureModals) ? i + 1 : -1;
            var next = will < 0 ? -1 : c.NextWord(will);
            if (will >= 0
                && !c.IsIn(will, Negations)
                && !c.Is(next, "not")
                && !c.IsIn(next, StateVerbs)
                && !c.IsIn(next, CueContext.NotInSubject)
                && !c.Is(next, "see"))
            {
                return new ActReading(SpeechActs.Pledge, c.Words(i, will));
            }
        }

        return null;
    }

    /// <summary>"would face serious consequences", "will pay a price": a threat.</summary>
    private static ActReading? Threat(SaidContent c) =>
        c.Find(Threats) is var i and >= 0 ? new ActReading(SpeechActs.Warn, c.Words(i, i))
        : c.Phrase("pay", "price", 2) is { } words ? new ActReading(SpeechActs.Warn, words)
        : null;

    /// <summary>"it would call a strike if the plan went ahead": a future on a condition.</summary>
    private static ActReading? Conditional(SaidContent c) =>
        c.IsIn(c.Modal, FutureModals) && c.Find(Conditions) is var i and >= 0 ? new ActReading(SpeechActs.Warn, c.Words(i, i)) : null;

    /// <summary>"a prolonged strike would hurt the whole country": harm foreseen.</summary>
    private static ActReading? Harm(SaidContent c) =>
        c.Modal >= 0 && !c.Negated && c.IsIn(c.Main, HarmVerbs) ? new ActReading(SpeechActs.Warn, c.Words(c.Modal, c.Main)) : null;

    /// <summary>"Russia must withdraw" demands; "the employers will have to listen" warns: what others are bound to do.</summary>
    private static ActReading? Obligation(SaidContent c)
    {
        if (c.Self || c.Modal < 0)
        {
            return null;
        }

        if (c.Is(c.Modal, "must"))
        {
            return new ActReading(SpeechActs.Demand, c.Words(c.Modal, c.Modal));
        }

        return c.IsIn(c.Modal, FutureModals) && c.Perfect && c.Is(c.Main, "to") ? new ActReading(SpeechActs.Warn, c.Words(c.Modal, c.Main)) : null;
    }

    /// <summary>"would cut 900 jobs", "talks would continue into April": a plan.</summary>
    private static ActReading? Plan(SaidContent c) =>
        c.IsIn(c.Modal, FutureModals) && c.IsIn(c.Main, PlanVerbs) ? new ActReading(SpeechActs.Announce, c.Words(c.Modal, c.Main)) : null;

    /// <summary>"she would run again", "it would cooperate": the source's own future is a promise (not "it would be", "it will take").</summary>
    private static ActReading? OwnFuture(SaidContent c) =>
        c.Self && c.IsIn(c.Modal, FutureModals) && !c.Negated && !c.Be && !c.Perfect && c.Main >= 0 && !c.IsIn(c.Main, StateVerbs)
            ? new ActReading(SpeechActs.Pledge, c.Words(c.Modal, c.Main))
            : null;

    /// <summary>"continued support", "stood by its ally": backing given.</summary>
    private static ActReading? Support(SaidContent c)
    {
        if (c.Find(SupportWords) is var i and >= 0 && !c.NegatedAt(i))
        {
            return new ActReading(SpeechActs.Support, c.Words(i, i));
        }

        var stood = c.Find(Stood);
        return stood >= 0 && (c.Is(stood + 1, "by") || c.Is(stood + 1, "with")) ? new ActReading(SpeechActs.Support, c.Words(stood, stood + 1)) : null;
    }

    /// <summary>"had held detailed discussions with", "held talks": a discussion.</summary>
    private static ActReading? Discussion(SaidContent c) =>
        c.Find(DiscussWords) is var i and >= 0 ? new ActReading(SpeechActs.Discuss, c.Words(i, i))
        : c.Phrase("held", "talks", 3) is { } words ? new ActReading(SpeechActs.Discuss, words)
        : null;

    /// <summary>"had won 54 percent", "were agreed by ministers", "had lodged a protest": a deed done, told by its doer.</summary>
    private static ActReading? Decision(SaidContent c) =>
        (c.Perfect || c.Be) && c.IsIn(c.Main, DecisionParticiples) ? new ActReading(SpeechActs.Announce, c.Words(c.Main, c.Main)) : null;

    /// <summary>"said it was investigating": what an official body is doing.</summary>
    private static ActReading? Ongoing(SaidContent c) =>
        c.Be && c.IsIn(c.Main, OfficialActions) ? new ActReading(SpeechActs.Announce, c.Words(c.Main, c.Main)) : null;

    /// <summary>"profit fell 18 percent", "traffic has fallen by a third": a figure's change.</summary>
    private static ActReading? Change(SaidContent c) =>
        c.Find(ChangeVerbs) is var i and >= 0 ? new ActReading(SpeechActs.Announce, c.Words(i, i)) : null;

    /// <summary>"worse than in 2017": a comparison is a judgement, though it holds a figure.</summary>
    private static ActReading? Comparison(SaidContent c) =>
        c.Find(Comparatives) is var i and >= 0 && c.Is(c.NextWord(i), "than") ? new ActReading(SpeechActs.Assess, c.Words(i, i + 1)) : null;

    /// <summary>"400,000 customers", "54 percent", "per cent": a figure is most likely announced; a year or a day of a month is none.</summary>
    private static ActReading? Figure(SaidContent c)
    {
        for (var i = c.Start; i < c.End; i++)
        {
            var token = c.Tokens[i];
            var number = token.IsWord && char.IsDigit(c.Text[token.Start]) && !IsYear(c, token) && !c.IsIn(i + 1, Months) && !c.IsIn(i - 1, Months);
            if (number || c.IsIn(i, FigureWords) || (c.Is(i, "cent") && c.Is(i - 1, "per")))
            {
                return new ActReading(SpeechActs.Announce, c.Words(i, i));
            }
        }

        return null;
    }

    /// <summary>"claimed the lives of five children", "dozens injured": a toll ("lives" after a determiner, not "she lives in").</summary>
    private static ActReading? Toll(SaidContent c)
    {
        for (var i = c.Start; i < c.End; i++)
        {
            if (c.IsIn(i, TollWords) && (!c.Is(i, "lives") || c.IsIn(i - 1, CueContext.Determiners)))
            {
                return new ActReading(SpeechActs.Announce, c.Words(i, i));
            }
        }

        return null;
    }

    /// <summary>"were likely to increase", "appeared to be", "could", "may": a judgement of what is or will be.</summary>
    private static ActReading? Hedge(SaidContent c) =>
        c.Find(Hedges) is var i and >= 0 ? new ActReading(SpeechActs.Assess, c.Words(i, i))
        : c.IsIn(c.Modal, HedgeModals) ? new ActReading(SpeechActs.Assess, c.Words(c.Modal, c.Modal))
        : null;

    private static bool IsYear(SaidContent c, Token token)
    {
        if (token.End - token.Start != 4)
        {
            return false;
        }

        var year = 0;
        for (var i = token.Start; i < token.End; i++)
        {
            if (!char.IsDigit(c.Text[i]))
            {
                return false;
            }

            year = (year * 10) + (c.Text[i] - '0');
        }

        return year is >= 1900 and < 2100;
    }
}
