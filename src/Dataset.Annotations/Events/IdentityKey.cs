using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Events;

/// <summary>
/// When two records in different articles look like one event (docs/events.md): a sanction with the same imposer,
/// at least one shared target or overlapping reasons, and dates at most <see cref="SanctionDays"/> days apart; a
/// statement with the same speaker and act, dates at most <see cref="StatementDays"/> day apart and overlapping
/// content words. A record's date is its own (a sanction's <c>date</c>, else <c>start</c>) or its article's.
/// </summary>
internal static class IdentityKey
{
    public const int SanctionDays = 3;

    public const int StatementDays = 1;

    public static int WindowOf(RecordKind kind) => kind == RecordKind.Sanction ? SanctionDays : StatementDays;

    /// <summary>Records that can only match each other share this: the kind, the imposer or speaker, and the act.</summary>
    public static (RecordKind Kind, string Who, string? Act) Bucket(RecordFacts record) => (record.Kind, record.Who, record.Act);

    /// <summary>Why the two look like one event, or null when they do not. Both are of one bucket and dated.</summary>
    /// <param name="a">One record.</param>
    /// <param name="b">The other.</param>
    /// <param name="days">How many days apart their dates are.</param>
    /// <param name="words">The content words of texts and statements, taken once each.</param>
    public static string? Match(RecordFacts a, RecordFacts b, int days, ContentWords.Cache words)
    {
        if (a.FilePath == b.FilePath || days > WindowOf(a.Kind))
        {
            return null;
        }

        if (a.Kind == RecordKind.Sanction)
        {
            var targets = ContentWords.Shared(a.Targets, b.Targets);
            if (targets.Count > 0)
            {
                return $"same imposer '{a.Who}', shared targets {Quoted(targets)}, {Apart(days)}";
            }

            var reasons = a.Reason is null || b.Reason is null ? new List<string>() : ContentWords.Shared(words.Of(a.Reason), words.Of(b.Reason));
            return reasons.Count >= ContentWords.MinShared ? $"same imposer '{a.Who}', reasons share {string.Join(", ", reasons)}, {Apart(days)}" : null;
        }

        var shared = ContentWords.Shared(words.Of(a), words.Of(b));
        return shared.Count < ContentWords.MinShared
            ? null
            : $"same speaker '{a.Who}', same act {a.Act}, {Apart(days)}, shared words {string.Join(", ", shared)}";
    }

    public static int DayNumber(DateValue date) =>
        (int)(new DateTime(date.Year, date.Month, date.Day, 0, 0, 0, DateTimeKind.Utc) - DateTime.MinValue).TotalDays;

    private static string Apart(int days) => days == 0 ? "same day" : days == 1 ? "1 day apart" : $"{days} days apart";

    private static string Quoted(IEnumerable<string> ids) => string.Join(", ", ids.Select(id => "'" + id + "'"));
}
