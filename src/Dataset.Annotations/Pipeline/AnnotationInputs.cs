using Dataset.Annotations.Collections;
using Dataset.Annotations.Events;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Pipeline;

/// <summary>
/// One parsed annotation and what each dataset-wide index takes of it: its ids and references, what it asks of its
/// article, the names it declares, and its event facts. An update compares each with the file's last, so that an index
/// is touched only by what changed in it.
/// </summary>
internal sealed record AnnotationInputs(
    AnnotationFile File,
    FileDeclarations Declarations,
    EvidenceRequest? Request,
    EquatableArray<string> Names,
    FileEventFacts Facts)
{
    public static AnnotationInputs Of(AnnotationFile file) => new(
        file,
        AnnotationStages.Declarations(file),
        AnnotationStages.RequestEvidence(file),
        AnnotationStages.DeclaredNames(file),
        AnnotationStages.EventFacts(file));
}

/// <summary>What one article's coverage reads: its evidence check and every declared name.</summary>
internal sealed record CoverInput(Coverage.CoverageInput Input, Text.ActorNames Names);
