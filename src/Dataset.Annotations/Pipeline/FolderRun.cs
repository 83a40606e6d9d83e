using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Dataset.Annotations.Coverage;
using Dataset.Annotations.Events;
using Dataset.Annotations.Model;
using Dataset.Annotations.Paths;
using Dataset.Annotations.Shards;
using Dataset.Annotations.Validation;

namespace Dataset.Annotations.Pipeline;

/// <summary>
/// A folder read once, as a build reads it, with the datasets a project references: one update of a
/// <see cref="FolderAnalysis"/> from nothing, in the order the files were given. What the tool and apps read.
/// </summary>
internal sealed class FolderRun
{
    /// <param name="files">Path and content of every file; a null content is a file that could not be read.</param>
    /// <param name="baseDirectory">The folder record sources are relative to.</param>
    /// <param name="shards">The referenced shards, whose ids resolve here.</param>
    /// <param name="cache">Where results of an earlier run may be found; by default every stage runs.</param>
    public FolderRun(IEnumerable<KeyValuePair<string, string?>> files, string baseDirectory = "", ReferencedShards? shards = null, IStageCache? cache = null)
    {
        var all = files.Select(f => FileChange.Write(ArticlePaths.Normalize(f.Key), f.Value)).ToList();
        Analysis = new FolderAnalysis(baseDirectory, shards, cache);
        Analysis.Apply(all);
        var order = all.Select(f => f.Path).Distinct(System.StringComparer.Ordinal).ToList();
        Annotations = order.Where(Analysis.Annotations.ContainsKey).Select(p => Analysis.Annotations[p]).ToList();
        Validated = order.Where(Analysis.Validated.ContainsKey).Select(p => Analysis.Validated[p]).ToList();
        Coverage = order.Where(Analysis.Coverage.ContainsKey).Select(p => Analysis.Coverage[p]).ToList();
        Links = Analysis.Links;
    }

    /// <summary>The analysis the run made: the dataset each file's check read.</summary>
    public FolderAnalysis Analysis { get; }

    public IReadOnlyList<AnnotationFile> Annotations { get; }

    public IdIndex Ids => Analysis.Ids;

    /// <summary>The events same-as forms and the links the identity key suggests.</summary>
    public LinkIndex Links { get; }

    /// <summary>Every annotation checked, in the order the files were given.</summary>
    public IReadOnlyList<ValidatedFile> Validated { get; }

    public IReadOnlyList<CoverageReport> Coverage { get; }

    /// <summary>The analysis as one value: what drafting reads the folder's actors, ids and evidence from.</summary>
    public FolderState State => Analysis.State;

    /// <summary>What the check of its article found of one annotation's evidence, or null.</summary>
    public EvidenceForFile? EvidenceFor(string annotationPath) => Analysis.EvidenceFor(annotationPath);

    /// <summary>Each validated file's records as the compact data the runtime reads (null for a file that declares none).</summary>
    public IEnumerable<(ValidatedFile File, string? Data)> RecordData(CancellationToken cancellationToken = default) =>
        Validated.Select(file => (file, AnnotationStages.Encode(file, cancellationToken)));
}
