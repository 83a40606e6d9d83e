using System.Collections.Generic;
using System.Linq;
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
    public static ValidatedFile Validate(AnnotationFile file, ValidationContext context)
    {
        var catalog = context.Ids;
        var duplicated = context.Duplicated;
        var textPaths = context.TextPaths;
        var evidence = context.Evidence;
        var diagnostics = new List<DiagnosticInfo>(file.Diagnostics);
        diagnostics.AddRange(DeclarationProblems.Locate(file, catalog, duplicated));
        var references = new Dictionary<RecordKey, NamedReference>();
        foreach (var reference in FileReferences.Of(file))
        {
            var entry = catalog.Find(reference.Kind, reference.Id.Value);
            if (entry is null)
            {
                var descriptor = reference.Kind == RecordKind.Actor ? DiagnosticDescriptors.UnknownActor : DiagnosticDescriptors.UnknownStatement;
                diagnostics.Add(DiagnosticInfo.Create(descriptor, reference.Id.Location, reference.Id.Value, Suggestions.DidYouMean(reference.Id.Value, catalog.IdsOf(reference.Kind))));
            }
            else
            {
                references[new RecordKey(entry.Kind, entry.Id)] = new NamedReference(entry.Kind, entry.Id, entry.Name, entry.Display);
            }
        }

        EvidenceForFile? found = null;
        if (file.Document is { } document && file.TextPath is { } textPath)
        {
            if (BinarySearch(textPaths, textPath))
            {
                found = evidence.For(file.Path).FirstOrDefault();
                diagnostics.AddRange(found?.Results.Where(r => r.Diagnostic is not null).Select(r => r.Diagnostic!) ?? Enumerable.Empty<DiagnosticInfo>());

                // Unannotated passages are located for coverage only: no record is emitted from them.
                found = found is null ? null : found with { Results = found.Results.Where(r => !EvidenceRequests.IsUnannotated(r)).ToEquatableArray() };
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingArticleText, document.TextFile.Location, document.TextFile.Value, textPath));
            }
        }

        var emitted = catalog.EntriesIn(file.Path).Where(e => e.Emitted).Select(e => new RecordKey(e.Kind, e.Id));
        return new ValidatedFile(
            file,
            ProjectPaths.SourcePath(file.Path, context.BaseDirectory),
            emitted.ToEquatableArray(),
            references.Values.OrderBy(r => r.Kind.Word(), System.StringComparer.Ordinal).ThenBy(r => r.Id, System.StringComparer.Ordinal).ToEquatableArray(),
            found,
            diagnostics.Distinct().ToEquatableArray());
    }

    private static bool BinarySearch(EquatableArray<string> sorted, string value) =>
        System.Collections.Immutable.ImmutableArray.BinarySearch(sorted.AsImmutableArray(), value, System.StringComparer.Ordinal) >= 0;
}
