using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Coverage;
using Dataset.Annotations.Text;
using Dataset.Annotations.Events;
using Dataset.Annotations.Model;
using Dataset.Annotations.Parsing;
using Dataset.Annotations.Paths;
using Dataset.Annotations.RecordData;
using Dataset.Annotations.Shards;
using Dataset.Annotations.Validation;

namespace Dataset.Annotations.Pipeline;

/// <summary>
/// The steps from files to validated records, each a pure function of value-equal inputs. The build wires them
/// incrementally (<c>DatasetGenerator</c>), <see cref="FolderRun"/> runs them once over a folder, and the language
/// server per edit: one pipeline, so the three cannot disagree (PipelineWiringTests fail when a step is used by one
/// and not the others). The steps that loop over a dataset, an article or a file's records take the caller's token and
/// stop with <see cref="System.OperationCanceledException"/> when it is cancelled, as the compiler cancels a run
/// superseded by an edit.
/// </summary>
internal static class AnnotationStages
{
    /// <summary>One annotation file (*.yaml, *.yml) read into its model, with its own problems.</summary>
    public static AnnotationFile Parse(string path, string? text, CancellationToken cancellationToken) =>
        AnnotationParser.Parse(ArticlePaths.Normalize(path), text, cancellationToken);

    /// <summary>One article text file (*.txt).</summary>
    public static ArticleText ReadText(string path, string? text) => new(ArticlePaths.Normalize(path), text);

    /// <summary>One article text file already read as UTF-8: its bytes are kept as they are.</summary>
    public static ArticleText ReadText(string path, byte[] utf8) => new(ArticlePaths.Normalize(path), utf8);

    /// <summary>Every article text's path, sorted, for the check that an annotation's text exists.</summary>
    public static EquatableArray<string> TextPaths(IEnumerable<string> paths) => paths.OrderBy(p => p, System.StringComparer.Ordinal).ToEquatableArray();

    /// <summary>The ids one file declares and refers to: all the id index needs of it.</summary>
    public static FileDeclarations Declarations(AnnotationFile file) => FileDeclarationsReader.From(file);

    /// <summary>Every id settled: duplicates, name collisions and unused actors found, referenced shards included.</summary>
    public static IdIndex BuildIdIndex(ImmutableArray<FileDeclarations> files, ReferencedShards shards, CancellationToken cancellationToken) =>
        IdIndex.Build(files, shards, cancellationToken);

    /// <summary>Where the declarations of one file that others duplicate are, for the others' messages.</summary>
    public static EquatableArray<LocatedSite> LocateDuplicated(AnnotationFile file, IdIndex ids) => DeclarationProblems.LocateDuplicated(file, ids);

    public static GroupedIndex<LocatedSite> IndexDuplicated(IEnumerable<LocatedSite> sites) => DeclarationProblems.Index(sites);

    /// <summary>What one annotation asks of its article: evidence and unannotated passages to locate.</summary>
    public static EvidenceRequest? RequestEvidence(AnnotationFile file) => EvidenceRequests.From(file);

    public static GroupedIndex<EvidenceRequest> IndexRequests(IEnumerable<EvidenceRequest> requests) =>
        new(requests, r => r.TextPath, r => r.AnnotationPath);

    /// <summary>One article with the requests that name it: an edit to one article re-checks that article alone.</summary>
    public static EvidenceWork EvidenceWorkFor(ArticleText text, GroupedIndex<EvidenceRequest> requests) => new(text, requests.For(text.Path));

    public static CheckedEvidence CheckEvidence(EvidenceWork work, CancellationToken cancellationToken) =>
        new(work.Text, EvidenceLocator.Locate(work, cancellationToken));

    public static GroupedIndex<EvidenceForFile> IndexEvidence(IEnumerable<CheckedEvidence> results) =>
        new(results.SelectMany(r => r.Results), r => r.AnnotationPath, r => r.AnnotationPath);

    /// <summary>The names and aliases one file declares, for the coverage check's attributed sentences.</summary>
    public static EquatableArray<string> DeclaredNames(AnnotationFile file) => ActorNames.DeclaredIn(file);

    public static ActorNames IndexNames(IEnumerable<EquatableArray<string>> names) => new(names.SelectMany(n => n));

    public static CoverageInput? CoverageInputFor(CheckedEvidence evidence) => CoverageInputs.From(evidence);

    /// <summary>One article's coverage: advice (DS0028) and counts.</summary>
    public static CoverageReport Cover(CoverageInput input, ActorNames names, CancellationToken cancellationToken) =>
        CoverageAnalyzer.Analyze(input, names, cancellationToken);

    /// <summary>What one file's statements and sanctions offer the identity key and the link checks.</summary>
    public static FileEventFacts EventFacts(AnnotationFile file) => FileEventFacts.From(file);

    /// <summary>The events same-as forms, the distinct-from that contradict them, and the pairs the identity key suggests.</summary>
    public static LinkIndex BuildLinkIndex(ImmutableArray<FileEventFacts> files, CancellationToken cancellationToken) =>
        LinkIndex.Build(files, cancellationToken);

    /// <summary>The dataset-wide part of validation, as the one value every file's check reads.</summary>
    public static ValidationContext Context(
        IdIndex ids,
        GroupedIndex<LocatedSite> duplicated,
        EquatableArray<string> textPaths,
        GroupedIndex<EvidenceForFile> evidence,
        string baseDirectory,
        LinkIndex links) =>
        new(ids, duplicated, textPaths, evidence, baseDirectory, links);

    /// <summary>What of the dataset one file's check reads: equal while nothing that file depends on changed.</summary>
    public static FileSlice SliceFor(AnnotationFile file, IDatasetView context) => new(file, FileValidator.SliceFor(file, context));

    /// <summary>One file checked against the rest: references, its article, its evidence; every diagnostic it gets.</summary>
    public static ValidatedFile Validate(FileSlice input, CancellationToken cancellationToken) =>
        FileValidator.Validate(input.File, input.Slice, cancellationToken);

    /// <summary>One file's records as the compact data the runtime reads, or null when it declares none.</summary>
    public static string? Encode(ValidatedFile file, CancellationToken cancellationToken) => RecordDataEncoder.Encode(file, cancellationToken);
}
