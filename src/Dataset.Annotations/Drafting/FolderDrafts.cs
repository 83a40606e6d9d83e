using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Text;
using Dataset.Annotations.Model;
using Dataset.Annotations.Pipeline;
using Dataset.Annotations.Text.Languages;

namespace Dataset.Annotations.Drafting;

/// <summary>
/// Drafts an article of a folder the way every front end does (<c>dataset new --draft</c>, <c>dataset coverage
/// --draft</c>, the language server's "Annotate as statement"): against the actors and ids the folder declares, leaving
/// alone what the article's annotation already covers, so that one passage drafted anywhere gives the same entry.
/// </summary>
internal static class FolderDrafts
{
    /// <summary>The draft of an article whose annotation (if it has one yet) is <paramref name="annotationPath"/>.</summary>
    public static ArticleDraft Draft(FolderState run, string text, DateValue? published, string? annotationPath, TextRange? only = null) =>
        ArticleDrafter.Draft(Request(run, text, published, annotationPath, only));

    public static DraftRequest Request(FolderState run, string text, DateValue? published, string? annotationPath, TextRange? only = null)
    {
        // An alias such as "the ministry" names an actor only in the article that declares it; elsewhere, only
        // aliases that are names ("Austin", "EU") are read.
        // So with a name all in lower case, a body or group of the place its article is about ("администрация города",
        // "прокуратура области", "следствие"): in another article it is another place's, so the actor is known there by id only.
        var actors = run.Annotations.Values
            .SelectMany(a => a.Actors.Select(actor => new KnownActor(
                actor.Id.Value,
                a.Path == annotationPath || !OfThePlace(actor.Name) ? actor.Name : actor.Id.Value.Replace('-', ' '),
                actor.Aliases.Where(alias => a.Path == annotationPath || IsName(alias)).ToList(),
                actor.Kind)))
            .ToList();

        // Actors of referenced shards are known by id only: "russia" is the Russia a source names.
        var declared = new HashSet<string>(actors.Select(a => a.Id), StringComparer.Ordinal);
        actors.AddRange(
            run.Ids.IdsOf(RecordKind.Actor)
                .Where(id => !declared.Contains(id))
                .Select(id => new KnownActor(id, id.Replace('-', ' '), new List<string>(), string.Empty)));
        var taken = new[] { RecordKind.Actor, RecordKind.Statement, RecordKind.Sanction, RecordKind.Document }
            .SelectMany(run.Ids.IdsOf)
            .ToList();
        var covered = annotationPath is null
            ? new List<TextRange>()
            : (run.EvidenceFor(annotationPath)?.Results ?? Enumerable.Empty<EvidenceResult>())
                .Where(r => r.Span is not null)
                .Select(r => new TextRange(r.Span!.Start, r.Span.End))
                .ToList();
        var document = annotationPath is not null && run.Annotations.TryGetValue(annotationPath, out var annotation) ? annotation.Document : null;
        return new DraftRequest(text, published, actors, taken, covered, only) { Language = LanguageGuess.Of(document, text) };
    }

    /// <summary>
    /// "администрация города", "прокуратура области", "следствие", "следственное управление": a name all in lower case is a
    /// body or group the article leaves unnamed, so the one of its own place and story.
    /// </summary>
    private static bool OfThePlace(string name) => !IsName(name);

    /// <summary>Whether an alias is a name: a capital letter past its first word's, or a first word that is not "the".</summary>
    private static bool IsName(string alias)
    {
        var words = Words.AtSpaces(alias);
        return words.Skip(words.Length > 1 && string.Equals(words[0], "the", StringComparison.OrdinalIgnoreCase) ? 1 : 0).Any(w => char.IsUpper(w[0]));
    }
}
