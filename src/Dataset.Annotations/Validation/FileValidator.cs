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
            // A wire that is the publisher itself is DS0047 alone.
            WireNearSource = file.Document is { Wire: { } wire, WireIsPublisher: false } ? SourceNames.Near(wire.Value, ids.SourceNames) : null,
        };
    }

    public static ValidatedFile Validate(AnnotationFile file, ValidationSlice slice, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<DiagnosticInfo>(file.Diagnostics);
        diagnostics.AddRange(DeclarationProblems.Locate(file, slice.Problems, slice.FirstDeclarations));
        var resolved = slice.References.ToDictionary(r => r.Key);
        foreach (var reference in FileReferences.Of(file))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var found = resolved[new RecordKey(reference.Kind, reference.Id.Value)];
            if (found.Entry is null)
            {
                var descriptor = reference.Kind == RecordKind.Actor ? DiagnosticDescriptors.UnknownActor : DiagnosticDescriptors.UnknownStatement;
                diagnostics.Add(
                    DiagnosticInfo.Create(descriptor, reference.Id.Location, reference.Id.Value, found.Suggestion.Text).WithFixes(found.Suggestion));
            }
        }

        diagnostics.AddRange(RestatementChecks.Locate(file, resolved));
        diagnostics.AddRange(LinkChecks.Locate(file, slice));
        if (slice.WireNearSource is { } near && file.Document?.Wire is { } wire)
        {
            var hint = new DidYouMean(new[] { near.Name }.ToEquatableArray());
            var documents = near.Documents == 1 ? "1 document" : $"{near.Documents} documents";
            diagnostics.Add(
                DiagnosticInfo.Create(DiagnosticDescriptors.NearSourceName, wire.Location, wire.Value, near.Name, documents, hint.Text).WithFixes(hint));
        }

        if (file.Document is { } document && file.TextPath is { } textPath)
        {
            if (slice.HasText)
            {
                var found = slice.Evidence?.Results.Where(r => r.Diagnostic is not null).Select(r => r.Diagnostic!);
                diagnostics.AddRange(found ?? Enumerable.Empty<DiagnosticInfo>());
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingArticleText, document.TextFile.Location, document.TextFile.Value, textPath));
            }
        }

        return Checked(file, slice, diagnostics.Distinct().ToEquatableArray());
    }

    /// <summary>
    /// A file's check with its diagnostics, and everything else it holds as its slice gives it: the records it emits,
    /// the ids it refers to by name, the evidence found for them. What a cache keeps of a check is its diagnostics;
    /// the rest is made here from the slice, as the check makes it.
    /// </summary>
    public static ValidatedFile Checked(AnnotationFile file, ValidationSlice slice, EquatableArray<DiagnosticInfo> diagnostics)
    {
        var references = slice.References.Where(r => r.Entry is not null).Select(r => r.Entry!)
            .Select(entry => new NamedReference(entry.Kind, entry.Id, entry.Name, entry.Display))
            .Distinct()
            .OrderBy(r => r.Kind.Word(), System.StringComparer.Ordinal).ThenBy(r => r.Id, System.StringComparer.Ordinal);

        // Unannotated passages are located for coverage only: no record is emitted from them.
        var evidence = file.Document is not null && file.TextPath is not null && slice.HasText && slice.Evidence is { } found
            ? found with { Results = found.Results.Where(r => !EvidenceRequests.IsUnannotated(r)).ToEquatableArray() }
            : null;
        var emitted = slice.Entries.Where(e => e.Emitted).Select(e => new RecordKey(e.Kind, e.Id));
        return new ValidatedFile(
            file,
            ProjectPaths.SourcePath(file.Path, slice.BaseDirectory),
            emitted.ToEquatableArray(),
            references.ToEquatableArray(),
            evidence,
            diagnostics);
    }
}
