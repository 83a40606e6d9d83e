using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Validation;

/// <summary>One id a file refers to, where it is written.</summary>
internal sealed record LocatedReference(RecordKind Kind, Located Id);

/// <summary>
/// Every id one annotation refers to, in file order: roles' <c>of</c>, actors' links and a group's members, a statement's
/// speaker, <c>via</c> and audience, what it responds to and what it restates, a sanction's imposer and targets and its
/// provisions' targets. The one walk the id index, validation and the editor's
/// references read.
/// </summary>
internal static class FileReferences
{
    public static IEnumerable<LocatedReference> Of(AnnotationFile file)
    {
        foreach (var actor in file.Actors)
        {
            foreach (var role in actor.Roles.Where(r => r.Of is not null))
            {
                yield return new LocatedReference(RecordKind.Actor, role.Of!);
            }

            foreach (var other in actor.SameAs.Concat(actor.DistinctFrom).Concat(actor.Members))
            {
                yield return new LocatedReference(RecordKind.Actor, other);
            }
        }

        foreach (var statement in file.Statements)
        {
            foreach (var actor in FileDeclarationsReader.ActorsOf(statement))
            {
                yield return new LocatedReference(RecordKind.Actor, actor);
            }

            if (statement.RespondsTo is not null)
            {
                yield return new LocatedReference(RecordKind.Statement, statement.RespondsTo);
            }

            if (statement.Restates is not null)
            {
                yield return new LocatedReference(RecordKind.Statement, statement.Restates);
            }
        }

        foreach (var sanction in file.Sanctions)
        {
            foreach (var actor in FileDeclarationsReader.ActorsOf(sanction).Concat(sanction.Provisions.SelectMany(p => p.Targets)))
            {
                yield return new LocatedReference(RecordKind.Actor, actor);
            }
        }
    }
}
