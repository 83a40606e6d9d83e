using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Validation;

/// <summary>Extracts the ids a file declares and refers to, so the id index step sees only that (and no locations).</summary>
internal static class FileDeclarationsReader
{
    /// <summary>
    /// Only actors are shown in other files' docs (as speaker, imposer, target). Any other text here would make an
    /// edit of a summary or quote a change of the whole id index, re-validating every file.
    /// </summary>
    private const string NoDisplay = "";

    public static FileDeclarations From(AnnotationFile file)
    {
        var references = FileReferences.Of(file).Select(r => new Reference(r.Kind, r.Id.Value));
        var declarations = DeclarationsOf(file).Select(d => d.Declaration).ToEquatableArray();
        return new FileDeclarations(
            file.Path,
            declarations,
            references.Distinct()
                .OrderBy(r => r.Kind.Word(), System.StringComparer.Ordinal)
                .ThenBy(r => r.Id, System.StringComparer.Ordinal)
                .ToEquatableArray());
    }

    /// <summary>Where each declaration is, in the order of <see cref="From"/>: a <see cref="DeclarationSite"/> indexes it.</summary>
    public static IReadOnlyList<LocationInfo> Locations(AnnotationFile file) => DeclarationsOf(file).Select(d => d.Location).ToList();

    /// <summary>Every declaration of the file with where its id is, in declaration order.</summary>
    public static IEnumerable<(Declaration Declaration, LocationInfo Location)> DeclarationsOf(AnnotationFile file)
    {
        if (file.Document is { } document)
        {
            yield return (
                new Declaration(RecordKind.Document, document.Id.Value, document.HasErrors, NoDisplay) { Sources = SourceNames.Of(document) },
                document.Id.Location);
        }

        foreach (var actor in file.Actors)
        {
            yield return (new Declaration(RecordKind.Actor, actor.Id.Value, actor.HasErrors, ActorDisplay(actor)), actor.Id.Location);
        }

        // Statements and sanctions cite their file's article: without a readable document: section (already an error)
        // they cannot be built, so they are declared, for references and duplicates, but not emitted.
        var withoutDocument = file.Document is null;
        foreach (var statement in file.Statements)
        {
            yield return (new Declaration(RecordKind.Statement, statement.Id.Value, statement.HasErrors || withoutDocument, NoDisplay), statement.Id.Location);
        }

        foreach (var sanction in file.Sanctions)
        {
            yield return (new Declaration(RecordKind.Sanction, sanction.Id.Value, sanction.HasErrors || withoutDocument, NoDisplay), sanction.Id.Location);
        }
    }

    public static IEnumerable<Located> ActorsOf(StatementModel statement)
    {
        yield return statement.Speaker;
        if (statement.Via is not null)
        {
            yield return statement.Via;
        }

        foreach (var member in statement.Audience)
        {
            yield return member;
        }
    }

    public static IEnumerable<Located> ActorsOf(SanctionModel sanction)
    {
        yield return sanction.Imposer;
        if (sanction.Proposer is not null)
        {
            yield return sanction.Proposer;
        }

        foreach (var target in sanction.Targets)
        {
            yield return target;
        }
    }

    private static string ActorDisplay(ActorModel actor) =>
        actor.Roles.Count > 0 ? $"{actor.Name}, {actor.Roles[0].Title}" : actor.Name;
}
