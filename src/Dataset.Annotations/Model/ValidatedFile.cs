using Dataset.Annotations.Collections;
using Dataset.Annotations.Diagnostics;

namespace Dataset.Annotations.Model;

/// <summary>What another file tells this one about an id it refers to: its C# name and a display for docs.</summary>
internal sealed record NamedReference(RecordKind Kind, string Id, string Name, string Display);

/// <summary>
/// One annotation checked against the rest of the dataset, narrowed to what its records and diagnostics need, so that
/// the steps after it rerun only when something this file depends on changed. <c>SourcePath</c> is the annotation's
/// path relative to the base folder (a build's project folder), as its records carry it.
/// </summary>
internal sealed record ValidatedFile(
    AnnotationFile File,
    string SourcePath,
    EquatableArray<RecordKey> EmittedKeys,
    EquatableArray<NamedReference> References,
    EvidenceForFile? Evidence,
    EquatableArray<DiagnosticInfo> Diagnostics);
