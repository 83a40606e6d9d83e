using System.Collections.Immutable;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Events;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Validation;

/// <summary>
/// What one file's check reads of the rest of the dataset (<see cref="FileValidator.SliceFor"/>). The build collects it
/// as one value (<see cref="ValidationContext"/>); the folder analysis keeps it up to date file by file.
/// </summary>
internal interface IDatasetView
{
    /// <summary>The settled ids.</summary>
    IdIndex Ids { get; }

    /// <summary>The folder record paths are relative to.</summary>
    string BaseDirectory { get; }

    /// <summary>Where the declarations of this file that others duplicate are written.</summary>
    EquatableArray<LocatedSite> DuplicatedIn(string annotationPath);

    /// <summary>Whether an article text of this path exists.</summary>
    bool HasText(string textPath);

    /// <summary>What the check of its article found of this annotation's evidence, or null.</summary>
    EvidenceForFile? EvidenceFor(string annotationPath);

    /// <summary>The identity key's suggestions that name a record of this file.</summary>
    EquatableArray<LinkSuggestion> SuggestionsIn(string annotationPath);

    /// <summary>This file's distinct-from entries that its event's same-as links contradict.</summary>
    EquatableArray<LinkContradiction> ContradictionsIn(string annotationPath);
}

/// <summary>
/// Everything dataset-wide that one file's validation reads, as one value: the settled ids, where duplicated
/// declarations are, which article texts exist, every file's located evidence, the folder record paths are
/// relative to, and the dataset's event links. The build combines each annotation with it once.
/// </summary>
internal sealed record ValidationContext(
    IdIndex Ids,
    GroupedIndex<LocatedSite> Duplicated,
    EquatableArray<string> TextPaths,
    GroupedIndex<EvidenceForFile> Evidence,
    string BaseDirectory,
    LinkIndex Links) : IDatasetView
{
    public EquatableArray<LocatedSite> DuplicatedIn(string annotationPath) => Duplicated.For(annotationPath);

    public bool HasText(string textPath) => ImmutableArray.BinarySearch(TextPaths.AsImmutableArray(), textPath, System.StringComparer.Ordinal) >= 0;

    public EvidenceForFile? EvidenceFor(string annotationPath)
    {
        var found = Evidence.For(annotationPath);
        return found.Count > 0 ? found[0] : null;
    }

    public EquatableArray<LinkSuggestion> SuggestionsIn(string annotationPath) => Links.SuggestionsIn(annotationPath);

    public EquatableArray<LinkContradiction> ContradictionsIn(string annotationPath) => Links.ContradictionsIn(annotationPath);
}
