using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Events;

/// <summary>
/// When two records in different articles look like one event (docs/events.md): a sanction with the same imposer,
/// at least one shared target or overlapping reasons, and dates at most <see cref="SanctionDays"/> days apart; a
/// statement with the same speaker and act, dates at most <see cref="StatementDays"/> day apart and overlapping
/// content words. The same speaker or imposer is the same actor or one that holds a role for the other
/// (<see cref="Voices"/>: "Estonia said" and "Prime Minister Mägi announced"). A record's date is its own (a sanction's
/// <c>date</c>, else <c>start</c>) or its article's. A standing position has no date: it is compared with the standing
/// positions of its speaker and act alone, whatever their articles' dates, as one stance reported again.
/// </summary>
internal static class IdentityKey
{
    public const int SanctionDays = 3;

    public const int StatementDays = 1;

    /// <summary>
    /// The day standing positions are placed at: so far from every real date that no window reaches across, so that a
    /// standing position is near the standing positions alone.
    /// </summary>
    public const int StandingDay = int.MinValue / 2;

    public static int WindowOf(RecordKind kind) => kind == RecordKind.Sanction ? SanctionDays : StatementDays;

    /// <summary>The day a record is compared at: its date's, <see cref="StandingDay"/> for a standing position, or null (no date, never compared).</summary>
    public static int? DayOf(RecordFacts record) =>
        record.IsStandingPosition ? StandingDay : record.Date is { } date ? DayNumber(date) : null;

    /// <summary>
    /// A record's bucket under its speaker or imposer or an actor that one speaks for: the kind, that actor, and the act.
    /// A record is placed under each (<see cref="Voices"/>); records that can match share one, and two that share one
    /// match only when one speaks for the other (<see cref="Meet"/>).
    /// </summary>
    public static (RecordKind Kind, string Who, string? Act) Bucket(RecordFacts record, string who) => (record.Kind, who, record.Act);

    /// <summary>Whether the two records' speakers or imposers are one: the same actor, or one holding a role for the other.</summary>
    public static bool Meet(RecordFacts a, RecordFacts b, Voices voices) => a.Who == b.Who || voices.OneSpeaksFor(a.Who, b.Who);

    /// <summary>
    /// Why the two look like one event, and how much they share (shared targets, else shared words: what tells the
    /// nearer of two look-alikes), or null when they do not. Both share a bucket and have a day (<see cref="DayOf"/>).
    /// </summary>
    /// <param name="a">One record.</param>
    /// <param name="b">The other.</param>
    /// <param name="days">How many days apart their dates are.</param>
    /// <param name="words">The content words of texts and statements, taken once each.</param>
    /// <param name="voices">Whom each actor speaks for.</param>
    public static (string Reason, int Shared)? Match(RecordFacts a, RecordFacts b, int days, ContentWords.Cache words, Voices voices)
    {
        if (a.FilePath == b.FilePath || days > WindowOf(a.Kind) || a.Act != b.Act || !Meet(a, b, voices) || SaidAfter(a, b) is not null)
        {
            return null;
        }

        var content = Content(a, b, words);
        if (!content.Holds)
        {
            return null;
        }

        var when = a.IsStandingPosition ? "both standing positions" : Apart(days);
        var reason = a.Kind == RecordKind.Sanction
            ? $"{Speakers(a, b, voices)}, {content.Said}, {when}"
            : $"{Speakers(a, b, voices)}, same act {a.Act}, {when}, {content.Said}";
        return (reason, content.Shared);
    }

    /// <summary>
    /// Each part of the key that two records of one kind fail, worded for a reader (empty when they look like one
    /// event): the same article, another speaker or imposer, another act, no date, dates too far apart, too few shared
    /// targets or words. What <see cref="Match"/> decides, told part by part.
    /// </summary>
    public static IReadOnlyList<string> Failures(RecordFacts a, RecordFacts b, ContentWords.Cache words, Voices voices)
    {
        var failures = new List<string>();
        if (a.FilePath == b.FilePath)
        {
            failures.Add("same article");
        }

        if (!Meet(a, b, voices))
        {
            failures.Add($"another {Role(a)} ('{a.Who}', '{b.Who}')");
        }

        if (a.Act != b.Act)
        {
            failures.Add($"another act ({a.Act}, {b.Act})");
        }

        if (a.IsStandingPosition != b.IsStandingPosition)
        {
            failures.Add("a standing position beside a dated statement (standing positions are compared with each other alone)");
        }
        else if (DayOf(a) is not { } dayA || DayOf(b) is not { } dayB)
        {
            failures.Add("no date");
        }
        else if (Math.Abs(dayA - dayB) is var days && days > WindowOf(a.Kind))
        {
            failures.Add($"date window: {Apart(days)}, over {WindowOf(a.Kind)}");
        }
        else if (SaidAfter(a, b) is { } after)
        {
            failures.Add(after);
        }

        var content = Content(a, b, words);
        if (!content.Holds)
        {
            failures.Add(content.Said);
        }

        return failures;
    }

    /// <summary>
    /// Why one statement cannot be the other, reported undated: it was said after the undated one's article was
    /// published, and an article reports only what was said by then. Null when neither is such a pair.
    /// </summary>
    private static string? SaidAfter(RecordFacts a, RecordFacts b)
    {
        if (a.Kind != RecordKind.Statement || a.IsUndated == b.IsUndated)
        {
            return null;
        }

        var (undated, dated) = a.IsUndated ? (a, b) : (b, a);
        return dated.Date is { } said && undated.Date is { } published && DayNumber(said) > DayNumber(published)
            ? $"'{dated.Id}' said on {said}, after the undated '{undated.Id}' was published ({published})"
            : null;
    }

    public static int DayNumber(DateValue date) =>
        (int)(new DateTime(date.Year, date.Month, date.Day, 0, 0, 0, DateTimeKind.Utc) - DateTime.MinValue).TotalDays;

    /// <summary>
    /// The key's part on what the records say: a sanction's shared targets, else its reasons' shared words; a
    /// statement's shared words. Whether it holds and what was found, worded (<see cref="SharedContent.Said"/>) only
    /// when a reason or a failure tells it: most pairs weighed are dropped unworded.
    /// </summary>
    private static SharedContent Content(RecordFacts a, RecordFacts b, ContentWords.Cache words)
    {
        if (a.Kind == RecordKind.Sanction)
        {
            var targets = ContentWords.SharedIds(a.Targets, b.Targets);
            if (targets.Count > 0)
            {
                return new SharedContent(true, targets.Count, ContentPart.Targets, targets);
            }

            if (a.Reason is null || b.Reason is null)
            {
                return new SharedContent(false, 0, ContentPart.NoReasons, targets);
            }

            var reasons = ContentWords.Shared(words.Of(a.Reason), words.Of(b.Reason));
            return new SharedContent(reasons.Count >= ContentWords.MinShared, reasons.Count, ContentPart.Reasons, reasons);
        }

        var shared = ContentWords.Shared(words.Of(a), words.Of(b));
        if (shared.Count >= ContentWords.MinShared)
        {
            return new SharedContent(true, shared.Count, ContentPart.Words, shared);
        }

        // A paraphrase keeps few of its words ("would appeal the suspension", "would fight the suspension in court"):
        // one is enough when the rest of the key agrees exactly, the speaker itself (not one speaking for it), the act,
        // and the audience when both name one.
        var audiencesAgree = a.Targets.Count == 0 || b.Targets.Count == 0 || ContentWords.SharedIds(a.Targets, b.Targets).Count > 0;
        return shared.Count == 1 && a.Who == b.Who && a.Act == b.Act && audiencesAgree
            ? new SharedContent(true, 1, ContentPart.OneWord, shared)
            : new SharedContent(false, shared.Count, ContentPart.Words, shared);
    }

    /// <summary>What two records' content shares: whether the key's part holds, how much (what tells the nearer look-alike), and what.</summary>
    private readonly record struct SharedContent(bool Holds, int Shared, ContentPart Part, List<string> Found)
    {
        /// <summary>What was found, in the words of a reason or a failure.</summary>
        public string Said => Part switch
        {
            ContentPart.Targets => $"shared targets {Quoted(Found)}",
            ContentPart.NoReasons => "shared targets: none, and no reason on both to compare",
            ContentPart.Reasons when Holds => $"reasons share {string.Join(", ", Found)}",
            ContentPart.Reasons => $"shared targets: none, reasons share {SharedWords(Found)}",
            ContentPart.OneWord => $"shared word {Found[0]} (one is enough with the same speaker and act)",
            _ when Holds => $"shared words {string.Join(", ", Found)}",
            _ => $"shared words: {SharedWords(Found)}",
        };
    }

    /// <summary>Which part of the content two records were compared by.</summary>
    private enum ContentPart
    {
        Targets,
        NoReasons,
        Reasons,
        Words,
        OneWord,
    }

    /// <summary>How the two records' speakers or imposers meet, in the words of a reason; they do (<see cref="Meet"/>).</summary>
    private static string Speakers(RecordFacts a, RecordFacts b, Voices voices) =>
        a.Who == b.Who ? $"same {Role(a)} '{a.Who}'"
        : voices.For(a.Who).Contains(b.Who) ? $"{Role(a)} '{a.Who}' for '{b.Who}'"
        : $"{Role(a)} '{b.Who}' for '{a.Who}'";

    private static string Role(RecordFacts record) => record.Kind == RecordKind.Sanction ? "imposer" : "speaker";

    private static string SharedWords(List<string> shared) =>
        shared.Count == 0 ? "none" : $"only {string.Join(", ", shared)} (under {ContentWords.MinShared})";

    private static string Apart(int days) => days == 0 ? "same day" : days == 1 ? "1 day apart" : $"{days} days apart";

    private static string Quoted(IEnumerable<string> ids) => string.Join(", ", ids.Select(id => "'" + id + "'"));
}
