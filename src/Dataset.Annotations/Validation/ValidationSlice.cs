using Dataset.Annotations.Collections;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Events;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Validation;

/// <summary>An id a file refers to, as the id index resolves it: its entry, or the "did you mean" for an unknown one.</summary>
internal sealed record ResolvedReference(RecordKey Key, IndexedId? Entry, DidYouMean Suggestion);

/// <summary>One annotation with the slice of the dataset its check reads: the input of that check.</summary>
internal sealed record FileSlice(AnnotationFile File, ValidationSlice Slice);

/// <summary>
/// The part of the <see cref="ValidationContext"/> one file's check reads (<see cref="FileValidator.SliceFor"/>):
/// equal while nothing that file depends on changed, so a front end that analyses on every edit can keep the file's
/// result when another file is edited.
/// </summary>
internal sealed record ValidationSlice(
    EquatableArray<DeclarationProblem> Problems,
    EquatableArray<LocatedSite> FirstDeclarations,
    EquatableArray<ResolvedReference> References,
    bool HasText,
    EvidenceForFile? Evidence,
    EquatableArray<IndexedId> Entries,
    string BaseDirectory)
{
    /// <summary>The file's same-as and distinct-from targets, resolved.</summary>
    public EquatableArray<ResolvedLink> Links { get; init; } = EquatableArray<ResolvedLink>.Empty;

    /// <summary>The identity key's suggestions that name a record of this file.</summary>
    public EquatableArray<LinkSuggestion> LinkSuggestions { get; init; } = EquatableArray<LinkSuggestion>.Empty;

    /// <summary>The file's distinct-from entries that its event's same-as links contradict.</summary>
    public EquatableArray<LinkContradiction> LinkContradictions { get; init; } = EquatableArray<LinkContradiction>.Empty;

    /// <summary>The publisher or wire of other documents the file's wire is spelt close to (DS0045), or null.</summary>
    public NearSource? WireNearSource { get; init; }
}
