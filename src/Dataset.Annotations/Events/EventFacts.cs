using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Events;

/// <summary>
/// What the identity key and the link checks read of one statement or sanction: its id, its links, and the fields
/// that say whether two reports look like one event (its text, whose content words are taken only when another record
/// of its bucket is near in time: a statement's evidence and summary, a sanction's evidence). No locations, so moving
/// text leaves the dataset's links alone; the texts are the model's own strings, not copies. <c>Who</c> is the speaker
/// or imposer; <c>Targets</c> a sanction's targets or a statement's audience, in ordinal order.
/// </summary>
internal sealed record RecordFacts(
    RecordKind Kind,
    string Id,
    string FilePath,
    string Publisher,
    DateValue? Published,
    EquatableArray<string> SameAs,
    EquatableArray<string> DistinctFrom,
    string Who,
    string? Act,
    EquatableArray<string> Targets,
    DateValue? Date,
    string Text,
    string? Reason)
{
    /// <summary>A statement's summary, read with its evidence as one text.</summary>
    public string? Summary { get; init; }

    /// <summary>A statement marked <c>said-on: standing</c>: a stance held, not words of a day, so it has no date.</summary>
    public bool IsStandingPosition { get; init; }

    /// <summary>The statement of the same article this one restates: with it, one report of one event.</summary>
    public string? Restates { get; init; }

    /// <summary>
    /// A statement marked <c>said-on: undated</c>, dated by its article: said on or before the day its article was
    /// published (<see cref="Date"/>), never after.
    /// </summary>
    public bool IsUndated { get; init; }
}

/// <summary>What the checks of actors that may be one read of an actor: its id, names, Wikidata item and links.</summary>
internal sealed record ActorFacts(
    string Id,
    string FilePath,
    string Name,
    string Kind,
    EquatableArray<string> Aliases,
    string? Wikidata,
    EquatableArray<string> SameAs,
    EquatableArray<string> DistinctFrom)
{
    /// <summary>A group's members (<c>members</c>).</summary>
    public EquatableArray<string> Members { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The actors its roles are held in (each <c>roles</c> entry's <c>of</c>), in ordinal order: whom it speaks for.</summary>
    public EquatableArray<string> RoleOf { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Each id's actor: its first declaration in path order (a duplicate is already an error).</summary>
    public static Dictionary<string, ActorFacts> FirstOfEach(IEnumerable<ActorFacts> declared)
    {
        // In path order, so that the actors' order, which the reasons of ActorLinks follow, does not depend on the edits' order.
        var actors = new Dictionary<string, ActorFacts>(System.StringComparer.Ordinal);
        foreach (var actor in declared.OrderBy(a => a.FilePath, System.StringComparer.Ordinal))
        {
            if (!actors.ContainsKey(actor.Id))
            {
                actors[actor.Id] = actor;
            }
        }

        return actors;
    }
}

/// <summary>The facts of every statement and sanction one annotation declares, and of its actors.</summary>
internal sealed record FileEventFacts(string Path, EquatableArray<RecordFacts> Records)
{
    public EquatableArray<ActorFacts> Actors { get; init; } = EquatableArray<ActorFacts>.Empty;

    public static FileEventFacts From(AnnotationFile file)
    {
        var publisher = file.Document?.Publisher ?? string.Empty;
        var published = file.Document?.Published;
        var statements = file.Statements.Select(s => new RecordFacts(
            RecordKind.Statement,
            s.Id.Value,
            file.Path,
            publisher,
            published,
            Ids(s.SameAs),
            Ids(s.DistinctFrom),
            s.Speaker.Value,
            s.Act,
            SortedIds(s.Audience),
            // An undated statement was made about when the article reports it; a standing position has no day at all.
            s.IsStandingPosition ? null : s.SaidOn ?? published,
            s.Evidence.Value,
            null)
        {
            Summary = s.Summary,
            IsStandingPosition = s.IsStandingPosition,
            Restates = s.Restates?.Value,
            IsUndated = !s.IsStandingPosition && s.SaidOn is null && published is not null,
        });
        var sanctions = file.Sanctions.Select(s => new RecordFacts(
            RecordKind.Sanction,
            s.Id.Value,
            file.Path,
            publisher,
            published,
            Ids(s.SameAs),
            Ids(s.DistinctFrom),
            s.Imposer.Value,
            null,
            SortedIds(s.Targets),
            s.Date ?? s.Start ?? published,
            s.Evidence.Value,
            s.Reason));
        var actors = file.Actors.Select(
            a => new ActorFacts(a.Id.Value, file.Path, a.Name, a.Kind, a.Aliases, a.Wikidata, Ids(a.SameAs), Ids(a.DistinctFrom))
            {
                Members = Ids(a.Members),
                RoleOf = a.Roles.Count == 0 ? EquatableArray<string>.Empty : SortedIds(a.Roles.Where(r => r.Of is not null).Select(r => r.Of!.Value)),
            });
        return new FileEventFacts(file.Path, statements.Concat(sanctions).ToEquatableArray()) { Actors = actors.ToEquatableArray() };
    }

    private static EquatableArray<string> Ids(EquatableArray<Located> links) => links.Select(l => l.Value).ToEquatableArray();

    /// <summary>The ids, each once, in ordinal order: what the identity key compares as sets.</summary>
    private static EquatableArray<string> SortedIds(EquatableArray<Located> ids) => ids.Count switch
    {
        0 => EquatableArray<string>.Empty,
        1 => new[] { ids[0].Value }.ToEquatableArray(),
        _ => SortedIds(ids.Select(t => t.Value)),
    };

    private static EquatableArray<string> SortedIds(IEnumerable<string> ids) =>
        ids.Distinct().OrderBy(t => t, System.StringComparer.Ordinal).ToEquatableArray();
}
