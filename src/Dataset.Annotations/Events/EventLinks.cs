using System;
using System.Collections.Generic;
using System.Linq;

namespace Dataset.Annotations.Events;

/// <summary>
/// The pairs that make records of one kind one event: a same-as to a record of another article (a same-as within one
/// article is an error of its own, DS0037, and decides nothing), and a restatement of a statement of its own article
/// (one report with what it restates). The links' events and the link evaluation read events through this one rule.
/// </summary>
internal static class EventLinks
{
    /// <param name="records">The records whose links are read.</param>
    /// <param name="find">The record an id names, or null when there is none.</param>
    public static List<KeyValuePair<string, string>> Of(IEnumerable<RecordFacts> records, Func<string, RecordFacts?> find)
    {
        var read = records.ToList();
        return read.SelectMany(r => r.SameAs.Where(other => Across(r, other, find)).Select(other => new KeyValuePair<string, string>(r.Id, other)))
            .Concat(read.Where(r => r.Restates is { } restated && Within(r, restated, find)).Select(r => new KeyValuePair<string, string>(r.Id, r.Restates!)))
            .ToList();
    }

    /// <summary>Whether <paramref name="other"/> names a record of another article than <paramref name="record"/>'s.</summary>
    public static bool Across(RecordFacts record, string other, Func<string, RecordFacts?> find) =>
        find(other) is { } found && found.FilePath != record.FilePath;

    private static bool Within(RecordFacts record, string other, Func<string, RecordFacts?> find) =>
        find(other) is { } found && found.FilePath == record.FilePath;
}
