using Dataset.Annotations.Collections;
using Dataset.Annotations.Events;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Validation;

/// <summary>
/// Everything dataset-wide that one file's validation reads, as one value: the settled ids, where duplicated
/// declarations are, which article texts exist, every file's located evidence, the folder record paths are
/// relative to, and the dataset's event links. The build combines each annotation with it once; the folder run builds it the same way.
/// </summary>
internal sealed record ValidationContext(
    IdIndex Ids,
    GroupedIndex<LocatedSite> Duplicated,
    EquatableArray<string> TextPaths,
    GroupedIndex<EvidenceForFile> Evidence,
    string BaseDirectory,
    LinkIndex Links);
