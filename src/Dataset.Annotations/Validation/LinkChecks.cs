using System.Collections.Generic;
using System.IO;
using System.Linq;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Events;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Validation;

/// <summary>One <c>same-as</c> or <c>distinct-from</c> entry of a statement or sanction, where it is written.</summary>
internal sealed record LocatedLink(RecordKind Kind, Located Record, string Field, Located Target);

/// <summary>A link's target as the id index resolves it: the kind it was found as, whether in this same file, or the "did you mean".</summary>
internal sealed record ResolvedLink(RecordKind Kind, string Target, RecordKind? FoundAs, bool InSameFile, DidYouMean Suggestion);

/// <summary>
/// The checks of <c>same-as</c> and <c>distinct-from</c> (an unknown id, a record of another kind, one in the same
/// article, links that contradict each other) and the identity key's suggestions, located in the file; for actors,
/// the links that contradict each other and the actors that may be one (<see cref="ActorLinks"/>).
/// </summary>
internal static class LinkChecks
{
    public static IEnumerable<LocatedLink> Of(AnnotationFile file)
    {
        foreach (var statement in file.Statements)
        {
            foreach (var link in Links(RecordKind.Statement, statement.Id, statement.SameAs, statement.DistinctFrom))
            {
                yield return link;
            }
        }

        foreach (var sanction in file.Sanctions)
        {
            foreach (var link in Links(RecordKind.Sanction, sanction.Id, sanction.SameAs, sanction.DistinctFrom))
            {
                yield return link;
            }
        }
    }

    /// <summary>Each distinct link target of the file, resolved against the id index.</summary>
    public static EquatableArray<ResolvedLink> Resolve(AnnotationFile file, IdIndex ids) => !HasLinks(file) ? EquatableArray<ResolvedLink>.Empty :
        Of(file).Select(l => (l.Kind, l.Target.Value)).Distinct().Select(key =>
        {
            var other = key.Kind == RecordKind.Statement ? RecordKind.Sanction : RecordKind.Statement;
            var found = ids.Find(key.Kind, key.Value);
            var foundAs = found is not null ? key.Kind : ids.Find(other, key.Value) is not null ? other : (RecordKind?)null;
            return new ResolvedLink(
                key.Kind,
                key.Value,
                foundAs,
                found is not null && found.FilePath == file.Path,
                foundAs is null ? DidYouMean.For(key.Value, ids.IdsOf(key.Kind)) : DidYouMean.None);
        }).ToEquatableArray();

    public static IEnumerable<DiagnosticInfo> Locate(AnnotationFile file, ValidationSlice slice)
    {
        // Most files link nothing and are suggested nothing: nothing to build for them.
        if (slice.Links.Count == 0 && slice.LinkSuggestions.Count == 0 && slice.LinkContradictions.Count == 0)
        {
            yield break;
        }

        var resolved = slice.Links.ToDictionary(l => (l.Kind, l.Target));
        foreach (var link in Of(file))
        {
            var found = resolved[(link.Kind, link.Target.Value)];
            if (found.FoundAs is null)
            {
                yield return DiagnosticInfo.Create(
                    DiagnosticDescriptors.UnknownLinkedRecord,
                    link.Target.Location,
                    link.Kind.Word(),
                    link.Target.Value,
                    link.Field,
                    found.Suggestion.Text)
                    .WithFixes(found.Suggestion);
            }
            else if (found.FoundAs != link.Kind)
            {
                yield return DiagnosticInfo.Create(
                    DiagnosticDescriptors.LinkToOtherKind,
                    link.Target.Location,
                    link.Target.Value,
                    link.Field,
                    found.FoundAs.Value.Word(),
                    link.Kind.Word());
            }
            else if (found.InSameFile)
            {
                yield return InSameArticle(file, link);
            }
        }

        var records = RecordsOf(file);
        foreach (var contradiction in slice.LinkContradictions.Where(c => c.Kind == RecordKind.Actor && c.Field == "members"))
        {
            var at = file.Actors.Where(a => a.Id.Value == contradiction.Id).SelectMany(a => a.Members).FirstOrDefault(m => m.Value == contradiction.DistinctId);
            if (at is not null)
            {
                yield return DiagnosticInfo.Create(DiagnosticDescriptors.MembershipCycle, at.Location, contradiction.Id, contradiction.Chain);
            }
        }

        foreach (var contradiction in slice.LinkContradictions.Where(c => c.Kind == RecordKind.Actor && c.Field != "members"))
        {
            var at = file.Actors.Where(a => a.Id.Value == contradiction.Id)
                .SelectMany(a => a.DistinctFrom)
                .FirstOrDefault(t => t.Value == contradiction.DistinctId);
            if (at is not null)
            {
                yield return DiagnosticInfo.Create(
                    DiagnosticDescriptors.ContradictoryActorLinks, at.Location, contradiction.Id, contradiction.DistinctId, contradiction.Chain);
            }
        }

        foreach (var contradiction in slice.LinkContradictions.Where(c => c.Kind != RecordKind.Actor))
        {
            var at = Of(file)
                .FirstOrDefault(
                    l => l.Kind == contradiction.Kind
                        && l.Record.Value == contradiction.Id
                        && l.Field == "distinct-from"
                        && l.Target.Value == contradiction.DistinctId);
            if (at is not null)
            {
                yield return DiagnosticInfo.Create(
                    DiagnosticDescriptors.ContradictoryLinks,
                    at.Target.Location,
                    Capitalized(contradiction.Kind),
                    contradiction.Id,
                    contradiction.DistinctId,
                    contradiction.Chain);
            }
        }

        foreach (var suggestion in slice.LinkSuggestions)
        {
            foreach (var (own, other, otherPath) in new[] {
                (suggestion.FirstId, suggestion.SecondId, suggestion.SecondPath),
                (suggestion.SecondId, suggestion.FirstId, suggestion.FirstPath) })
            {
                var ownPath = own == suggestion.FirstId ? suggestion.FirstPath : suggestion.SecondPath;
                if (ownPath == file.Path && records.TryGetValue((suggestion.Kind, own), out var id))
                {
                    var where = ownPath == otherPath ? "in this file" : "in " + Path.GetFileName(otherPath);
                    yield return suggestion.Kind == RecordKind.Actor
                        ? DiagnosticInfo.Create(DiagnosticDescriptors.PossibleSameActor, id.Location, own, other, where, suggestion.Reason)
                        : DiagnosticInfo.Create(
                            DiagnosticDescriptors.PossibleSameEvent,
                            id.Location,
                            Capitalized(suggestion.Kind),
                            own,
                            other,
                            "in " + Path.GetFileName(otherPath),
                            suggestion.Reason);
                }
            }
        }
    }

    /// <summary>
    /// A link to a record of the same article (DS0037); a statement's same-as there is most often one utterance reported
    /// twice, so the message says to use restates, and a same-as of that one id carries the edit that makes it restates.
    /// </summary>
    private static DiagnosticInfo InSameArticle(AnnotationFile file, LocatedLink link)
    {
        var restatement = link.Kind == RecordKind.Statement && link.Field == "same-as" && link.Target.Value != link.Record.Value;
        var hint = restatement ? $"; if one restates the other, write restates: {link.Target.Value}" : string.Empty;
        var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.LinkInSameArticle, link.Target.Location, link.Target.Value, link.Field, hint);
        var entry = restatement ? file.Statements.FirstOrDefault(s => s.Id.Equals(link.Record))?.SameAsEntry : null;
        return entry is null
            ? diagnostic
            : diagnostic with
            {
                Edits = new[] { new FixEdit($"Use restates: {link.Target.Value}", entry, "restates: " + link.Target.Value) }.ToEquatableArray(),
            };
    }

    private static bool HasLinks(AnnotationFile file) =>
        file.Statements.Any(s => s.SameAs.Count + s.DistinctFrom.Count > 0) || file.Sanctions.Any(s => s.SameAs.Count + s.DistinctFrom.Count > 0);

    private static Dictionary<(RecordKind, string), Located> RecordsOf(AnnotationFile file)
    {
        var records = new Dictionary<(RecordKind, string), Located>();
        foreach (var id in file.Actors.Select(a => a.Id))
        {
            records[(RecordKind.Actor, id.Value)] = records.TryGetValue((RecordKind.Actor, id.Value), out var first) ? first : id;
        }

        foreach (var id in file.Statements.Select(s => s.Id))
        {
            records[(RecordKind.Statement, id.Value)] = records.TryGetValue((RecordKind.Statement, id.Value), out var first) ? first : id;
        }

        foreach (var id in file.Sanctions.Select(s => s.Id))
        {
            records[(RecordKind.Sanction, id.Value)] = records.TryGetValue((RecordKind.Sanction, id.Value), out var first) ? first : id;
        }

        return records;
    }

    private static IEnumerable<LocatedLink> Links(RecordKind kind, Located record, EquatableArray<Located> sameAs, EquatableArray<Located> distinctFrom) =>
        sameAs.Select(target => new LocatedLink(kind, record, "same-as", target))
            .Concat(distinctFrom.Select(target => new LocatedLink(kind, record, "distinct-from", target)));

    private static string Capitalized(RecordKind kind) => kind == RecordKind.Statement ? "Statement" : "Sanction";
}
