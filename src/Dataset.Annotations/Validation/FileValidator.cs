using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Model;
using Dataset.Annotations.Paths;

namespace Dataset.Annotations.Validation;

/// <summary>
/// Checks one annotation against the rest of the dataset (references, its article text) and narrows the shared
/// results to what this file needs to be emitted.
/// </summary>
internal static class FileValidator
{
    public static ValidatedFile Validate(AnnotationFile file, IDatasetView context) => Validate(file, SliceFor(file, context));

    /// <summary>
    /// What of the dataset one file's check reads: its declarations' problems, where the ids it duplicates were first
    /// declared, each id it refers to as resolved (with the "did you mean" of an unknown one), whether its article
    /// exists and what was found there, and its own entries. Equal while nothing this file depends on changed.
    /// </summary>
    public static ValidationSlice SliceFor(AnnotationFile file, IDatasetView context)
    {
        var ids = context.Ids;
        var problems = ids.ProblemsIn(file.Path);
        var first = problems.Where(p => p.FirstDeclaration is not null)
            .Select(p => context.DuplicatedIn(p.FirstDeclaration!.FilePath).FirstOrDefault(s => s.Site.Equals(p.FirstDeclaration)))
            .Where(s => s is not null)
            .Distinct();
        var references = FileReferences.Of(file).Select(r => new RecordKey(r.Kind, r.Id.Value)).Distinct()
            .Select(key => ids.Find(key.Kind, key.Id) is { } entry
                ? new ResolvedReference(key, entry, DidYouMean.None)
                : new ResolvedReference(key, null, DidYouMean.For(key.Id, ids.IdsOf(key.Kind))));
        var hasText = file.TextPath is { } textPath && context.HasText(textPath);
        return new ValidationSlice(
            problems.ToEquatableArray(),
            first.ToEquatableArray()!,
            references.ToEquatableArray(),
            hasText,
            hasText ? context.EvidenceFor(file.Path) : null,
            ids.EntriesIn(file.Path).ToEquatableArray(),
            context.BaseDirectory)
        {
            Links = LinkChecks.Resolve(file, ids),
            LinkSuggestions = context.SuggestionsIn(file.Path),
            LinkContradictions = context.ContradictionsIn(file.Path),
        };
    }

    public static ValidatedFile Validate(AnnotationFile file, ValidationSlice slice, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<DiagnosticInfo>(file.Diagnostics);
        diagnostics.AddRange(DeclarationProblems.Locate(file, slice.Problems, slice.FirstDeclarations));
        var resolved = slice.References.ToDictionary(r => r.Key);
        var references = new Dictionary<RecordKey, NamedReference>();
        foreach (var reference in FileReferences.Of(file))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var found = resolved[new RecordKey(reference.Kind, reference.Id.Value)];
            if (found.Entry is not { } entry)
            {
                var descriptor = reference.Kind == RecordKind.Actor ? DiagnosticDescriptors.UnknownActor : DiagnosticDescriptors.UnknownStatement;
                diagnostics.Add(
                    DiagnosticInfo.Create(descriptor, reference.Id.Location, reference.Id.Value, found.Suggestion.Text).WithFixes(found.Suggestion));
            }
            else
            {
                references[new RecordKey(entry.Kind, entry.Id)] = new NamedReference(entry.Kind, entry.Id, entry.Name, entry.Display);
            }
        }

        diagnostics.AddRange(LinkChecks.Locate(file, slice));
        EvidenceForFile? evidence = null;
        if (file.Document is { } document && file.TextPath is { } textPath)
        {
            if (slice.HasText)
            {
                evidence = slice.Evidence;
                diagnostics.AddRange(evidence?.Results.Where(r => r.Diagnostic is not null).Select(r => r.Diagnostic!) ?? Enumerable.Empty<DiagnosticInfo>());

                // Unannotated passages are located for coverage only: no record is emitted from them.
                evidence = evidence is null
                    ? null
                    : evidence with { Results = evidence.Results.Where(r => !EvidenceRequests.IsUnannotated(r)).ToEquatableArray() };
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingArticleText, document.TextFile.Location, document.TextFile.Value, textPath));
            }
        }

        var emitted = slice.Entries.Where(e => e.Emitted).Select(e => new RecordKey(e.Kind, e.Id));
        return new ValidatedFile(
            file,
            ProjectPaths.SourcePath(file.Path, slice.BaseDirectory),
            emitted.ToEquatableArray(),
            references.Values.OrderBy(r => r.Kind.Word(), System.StringComparer.Ordinal).ThenBy(r => r.Id, System.StringComparer.Ordinal).ToEquatableArray(),
            evidence,
            diagnostics.Distinct().ToEquatableArray());
    }
}
