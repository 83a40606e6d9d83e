using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Coverage;
using Dataset.Annotations.Events;
using Dataset.Annotations.Model;
using Dataset.Annotations.Paths;
using Dataset.Annotations.Shards;
using Dataset.Annotations.Validation;

namespace Dataset.Annotations.Pipeline;

/// <summary>
/// The build's steps (<see cref="AnnotationStages"/>) run once over a set of files without a build, in the order the
/// generator wires them, with the datasets a project references: what the tool, an app and the language server read.
/// </summary>
internal sealed class FolderRun
{
    /// <param name="files">Path and content of every file; a null content is a file that could not be read.</param>
    /// <param name="baseDirectory">The folder record sources are relative to.</param>
    /// <param name="shards">The referenced datasets, whose ids resolve here.</param>
    /// <param name="cache">Outputs of an earlier run to reuse where a file's input is unchanged (the language server's).</param>
    public FolderRun(IEnumerable<KeyValuePair<string, string?>> files, string baseDirectory = "", ReferencedShards? shards = null, FolderRunCache? cache = null)
    {
        var all = files.Select(f => new KeyValuePair<string, string?>(ArticlePaths.Normalize(f.Key), f.Value)).ToList();
        // Files are independent until the id index: parsed, and their articles checked, on every core, in file order.
        Annotations = all.Where(f => ArticlePaths.IsAnnotation(f.Key)).AsParallel().AsOrdered()
            .Select(f => cache is null ? AnnotationStages.Parse(f.Key, f.Value) : cache.Parses.Get(f.Key, new ParseInput(f.Key, f.Value), input => AnnotationStages.Parse(input.Path, input.Text)))
            .ToList();
        var texts = all.Where(f => ArticlePaths.IsArticleText(f.Key)).Select(f => AnnotationStages.ReadText(f.Key, f.Value)).ToList();
        var textPaths = AnnotationStages.TextPaths(texts.Select(t => t.Path));
        var declarations = new IdIndexInput(
            Annotations.Select(file => cache is null ? AnnotationStages.Declarations(file) : cache.Declarations.Get(file.Path, file, AnnotationStages.Declarations)).ToEquatableArray(),
            shards ?? ReferencedShards.None);
        Ids = cache is null ? BuildIdIndex(declarations) : cache.Ids.Get(string.Empty, declarations, BuildIdIndex);
        var duplicated = AnnotationStages.IndexDuplicated(Annotations.SelectMany(file => AnnotationStages.LocateDuplicated(file, Ids)));
        var requests = AnnotationStages.IndexRequests(Annotations.Select(AnnotationStages.RequestEvidence).Where(r => r is not null)!);
        var evidence = texts.AsParallel().AsOrdered().Select(text => AnnotationStages.EvidenceWorkFor(text, requests))
            .Select(work => cache is null ? AnnotationStages.CheckEvidence(work) : cache.Evidence.Get(work.Text.Path, work, AnnotationStages.CheckEvidence))
            .ToList();
        var names = AnnotationStages.IndexNames(Annotations.Select(AnnotationStages.DeclaredNames));
        Coverage = evidence.Select(AnnotationStages.CoverageInputFor).Where(input => input is not null)
            .Select(input => cache is null ? AnnotationStages.Cover(input!, names) : cache.Coverage.Get(input!.Text.Path, new CoverInput(input, names), Cover))
            .ToList();
        var eventFacts = Annotations.Select(file => cache is null ? AnnotationStages.EventFacts(file) : cache.EventFacts.Get(file.Path, file, AnnotationStages.EventFacts)).ToImmutableArray();
        Links = cache is null ? AnnotationStages.BuildLinkIndex(eventFacts) : cache.Links.Get(string.Empty, eventFacts.ToEquatableArray(), facts => AnnotationStages.BuildLinkIndex(facts.AsImmutableArray()));
        Context = AnnotationStages.Context(Ids, duplicated, textPaths, AnnotationStages.IndexEvidence(evidence), ArticlePaths.Normalize(baseDirectory), Links);
        Validated = Annotations.Select(file => AnnotationStages.SliceFor(file, Context))
            .Select(input => cache is null ? AnnotationStages.Validate(input) : cache.Validated.Get(input.File.Path, input, AnnotationStages.Validate))
            .ToList();
    }

    public IReadOnlyList<AnnotationFile> Annotations { get; }

    public IdIndex Ids { get; }

    public ValidationContext Context { get; }

    /// <summary>The events same-as forms and the links the identity key suggests.</summary>
    public LinkIndex Links { get; }

    /// <summary>Every annotation checked, in the order the files were given.</summary>
    public IReadOnlyList<ValidatedFile> Validated { get; }

    public IReadOnlyList<CoverageReport> Coverage { get; }

    private static IdIndex BuildIdIndex(IdIndexInput input) => AnnotationStages.BuildIdIndex(input.Files.AsImmutableArray(), input.Shards);

    private static CoverageReport Cover(CoverInput input) => AnnotationStages.Cover(input.Input, input.Names);

    /// <summary>Each validated file's records as the compact data the runtime reads (null for a file that declares none).</summary>
    public IEnumerable<(ValidatedFile File, string? Data)> RecordData() => Validated.Select(file => (file, AnnotationStages.Encode(file)));
}
