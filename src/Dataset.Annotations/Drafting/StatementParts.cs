using System.Collections.Generic;
using Dataset.Annotations.Text.Cues;
using Dataset.Annotations.Model;
using Dataset.Annotations.Text;

namespace Dataset.Annotations.Drafting;

/// <summary>
/// Where the statements of an attributed sentence are: a part for each clause with a cue of its own, and for each verb
/// joined to its cue; each part with the cue its statement is drafted from.
/// </summary>
internal static class StatementParts
{
    /// <summary>A clause of a sentence and the cue its statement is drafted from; a coordinated one shares the speaker of the part before it.</summary>
    public sealed record Part(TextRange Clause, Cue Cue, bool Coordinated = false);

    /// <summary>
    /// The statements a sentence reports: one per clause that has a cue ("Russia has accused …, while Washington has
    /// condemned …" is two), or one for the whole sentence when its cues are all in one clause; then one more for
    /// each verb joined to a part's cue.
    /// </summary>
    public static List<Part> Of(string text, TextRange sentence, IReadOnlyList<Quote> passages, AttributionFinder finder)
    {
        var parts = new List<Part>();
        if (finder.Cues.Count == 0)
        {
            return parts;
        }

        var clauses = Clauses.Of(text, sentence, passages);
        if (clauses.Count > 1)
        {
            foreach (var clause in clauses)
            {
                if (Main(finder, c => clause.Start <= finder.Tokens[c.First].Start && finder.Tokens[c.First].Start < clause.End) is { } cue
                    && finder.SourceRange(cue) is not null)
                {
                    parts.Add(new Part(clause, cue));
                }
            }

            if (parts.Count > 1)
            {
                return Coordinated(finder, parts);
            }

            parts.Clear();
        }

        var main = Main(finder, _ => true)!.Value;
        if (RelayedDeed(finder, main) is var (joint, relay))
        {
            // "Управление Роскомнадзора … начало проверку и потребовало …, сообщили в ведомстве": the deed before "и" is
            // relayed by the source that closes the sentence, a statement of its own; the verb after it is another.
            var at = finder.Tokens[joint].Start;
            parts.Add(new Part(new TextRange(sentence.Start, at), relay));
            parts.Add(new Part(new TextRange(at, sentence.End), main));
            return parts;
        }

        parts.Add(new Part(sentence, main));
        return Coordinated(finder, parts);
    }

    /// <summary>
    /// "X начало проверку и потребовало …, сообщили в ведомстве": the "и" that joins a cue's verb to a deed of its subject
    /// (words between the source and "и"), and the cue that closes the sentence and relays both; null when there is none.
    /// </summary>
    private static (int Joint, Cue Relay)? RelayedDeed(AttributionFinder finder, Cue cue)
    {
        if (cue.Kind != CueKind.Verb || cue.ContentBefore || !cue.HasSource || cue.SourceEnd >= cue.First
            || Joint(finder, cue) is not { } joint || joint <= cue.SourceEnd || finder.Tokens[joint].Kind == TokenKind.Comma)
        {
            return null;
        }

        foreach (var other in finder.Cues)
        {
            if (other.First > cue.First && other.ContentBefore && other.HasSource && finder.SourceRange(other) is not null)
            {
                return (joint, other);
            }
        }

        return null;
    }

    /// <summary>
    /// "said she was appalled and called for an inquiry", "urged both sides to talk, saying …": a verb joined to the
    /// part's cue, with the same source, reports a second statement; the part splits where the joining word stands.
    /// </summary>
    /// <remarks>
    /// A denial is a statement of its own even with nothing after its verb: "с этим не согласились и заявили, что …" is the
    /// denial and what was said; "вину не признал и заявил, что …" (a verb of another act) stays one.
    /// </remarks>
    private static List<Part> Coordinated(AttributionFinder finder, List<Part> parts)
    {
        for (var p = 0; p < parts.Count; p++)
        {
            var part = parts[p];
            foreach (var cue in finder.Cues)
            {
                if (cue.First > part.Cue.First
                    && cue.Kind == CueKind.Verb
                    && cue.HasSource
                    && cue.SourceStart == part.Cue.SourceStart
                    && cue.SourceEnd == part.Cue.SourceEnd
                    && Joint(finder, cue) is { } joint
                    && (joint > part.Cue.End || (joint == part.Cue.End && (part.Cue.Act == SpeechActs.Deny || ConcededBut(finder, part.Cue, joint)
                        || AdmittedGuilt(finder, part.Cue))))
                    && finder.Tokens[cue.First].End <= part.Clause.End)
                {
                    var at = finder.Tokens[joint].Start;
                    parts[p] = part with { Clause = new TextRange(part.Clause.Start, at) };
                    parts.Insert(p + 1, new Part(new TextRange(at, part.Clause.End), cue, Coordinated: true));
                    break;
                }
            }
        }

        return parts;
    }

    /// <summary>"вину": guilt, the object an admission names before its verb.</summary>
    private static readonly WordSet Guilt = new("вину");

    /// <summary>
    /// "Крылов вину признал и попросил суд учесть, что …": guilt admitted, its object before the verb and nothing after it,
    /// is a statement of its own before the verb joined to it ("вину не признал и заявил, что …", a denial, stays one).
    /// </summary>
    private static bool AdmittedGuilt(AttributionFinder finder, Cue cue) =>
        cue.Act == SpeechActs.Confirm && cue.First > 0 && Guilt.Contains(finder.Text, finder.Tokens[cue.First - 1])
        && !Not.Contains(finder.Text, finder.Tokens[cue.First]);

    /// <summary>"не": the negation that makes an admission a denial.</summary>
    private static readonly WordSet Not = new("не");

    /// <summary>"но": the conjunction that sets a claim against what was conceded before it.</summary>
    private static readonly WordSet But = new("но");

    /// <summary>
    /// "утечку подтвердили, но заявили, что …": a confirmation with nothing after its verb, then "но", concedes one thing
    /// before claiming another, two statements ("вину не признал и заявил, что …" stays one).
    /// </summary>
    private static bool ConcededBut(AttributionFinder finder, Cue cue, int joint)
    {
        var but = finder.Tokens[joint].Kind == TokenKind.Comma ? joint + 1 : joint;
        return cue.Act == SpeechActs.Confirm && but < finder.Tokens.Count && But.Contains(finder.Text, finder.Tokens[but]);
    }

    /// <summary>
    /// The token that joins a verb to the one before: "and", "but", "и", "но" (with a comma before it), or a comma
    /// before a gerund; null when none.
    /// </summary>
    private static int? Joint(AttributionFinder finder, Cue cue)
    {
        var tokens = finder.Tokens;
        var j = cue.First - 1;
        while (j >= 0 && tokens[j].IsWord && CueContext.Skippable.Contains(finder.Text, tokens[j]))
        {
            j--;
        }

        if (j < 0)
        {
            return null;
        }

        if (CueContext.Conjunctions.Contains(finder.Text, tokens[j]))
        {
            return j > 0 && tokens[j - 1].Kind == TokenKind.Comma ? j - 1 : j;
        }

        return tokens[j].Kind == TokenKind.Comma && CueLexicon.Find(finder.Text, tokens[cue.First]) is { Form: CueForm.Gerund } ? j : null;
    }

    /// <summary>
    /// The cue that closes <paramref name="clause"/> with a source of its own and relays what comes before it ("…,
    /// сообщила пресс-служба управления"), other than <paramref name="cue"/>; null when none does.
    /// </summary>
    public static Cue? Relay(AttributionFinder finder, TextRange clause, Cue cue)
    {
        foreach (var other in finder.Cues)
        {
            var at = finder.Tokens[other.First].Start;
            if (other != cue && other.ContentBefore && clause.Start <= at && at < clause.End && finder.SourceRange(other) is not null)
            {
                return other;
            }
        }

        return null;
    }

    /// <summary>
    /// The cue a statement is drafted from: a named source that closes the clause and relays what comes before it
    /// ("Компании потребовали …, сообщила Ассоциация"), else the first whose source has a name in it, else the first
    /// with a source, else the first.
    /// </summary>
    private static Cue? Main(AttributionFinder finder, System.Func<Cue, bool> within)
    {
        Cue? withSource = null;
        Cue? any = null;
        foreach (var cue in finder.Cues)
        {
            if (within(cue) && cue.ContentBefore && finder.SourceRange(cue) is { } relay && HasCapital(finder.Text, relay)
                && !RelaysOwnBody(finder, cue, relay, within))
            {
                return cue;
            }
        }

        foreach (var cue in finder.Cues)
        {
            if (!within(cue))
            {
                continue;
            }

            any ??= cue;
            if (finder.SourceRange(cue) is not { } source)
            {
                continue;
            }

            if (HasCapital(finder.Text, source))
            {
                return cue;
            }

            withSource ??= cue;
        }

        return withSource ?? any;
    }

    /// <summary>
    /// "Общественная палата … направила запрос с просьбой …, сообщил председатель палаты Виктор Ступин": a relay whose
    /// title is of the body that is the subject of another cue of the clause speaks for that body, which is the speaker
    /// (not "Компании потребовали …, сообщила Ассоциация", another party's relay).
    /// </summary>
    private static bool RelaysOwnBody(AttributionFinder finder, Cue relay, TextRange relaySource, System.Func<Cue, bool> within)
    {
        if (RelayedSubject.OfficersBody(finder.Text.Substring(relaySource.Start, relaySource.End - relaySource.Start), minWords: 2) is not { } body)
        {
            return false;
        }

        foreach (var cue in finder.Cues)
        {
            if (cue.First < relay.First && within(cue) && !cue.ContentBefore && finder.SourceRange(cue) is { } subject
                && RelayedSubject.Names(finder.Text.Substring(subject.Start, subject.End - subject.Start), body))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasCapital(string text, TextRange range)
    {
        for (var i = range.Start; i < range.End; i++)
        {
            if (char.IsUpper(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
