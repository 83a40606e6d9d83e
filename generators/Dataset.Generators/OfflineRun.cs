using System.Collections.Generic;
using System.Linq;
using Dataset.Generators.Coverage;
using Dataset.Generators.Model;
using Dataset.Generators.Parsing;
using Dataset.Generators.Validation;

namespace Dataset.Generators;

/// <summary>
/// The generator's steps run once over files on disk, without a build, through the same functions the incremental
/// pipeline wires together; <see cref="AnnotationValidator"/> and <see cref="AnnotationCoverage"/> read from it.
/// </summary>
internal sealed class OfflineRun
{
    public OfflineRun(IEnumerable<KeyValuePair<string, string?>> files)
    {
        var all = files.Select(f => (Path: ArticlePaths.Normalize(f.Key), Text: f.Value)).ToList();
        Annotations = all.Where(f => ArticlePaths.IsAnnotation(f.Path)).Select(f => AnnotationParser.Parse(f.Path, f.Text)).ToList();
        var texts = all.Where(f => ArticlePaths.IsArticleText(f.Path)).Select(f => new ArticleText(f.Path, f.Text)).ToList();
        Catalog = Catalog.Build(System.Collections.Immutable.ImmutableArray.CreateRange(Annotations.Select(FileDeclarationsReader.From)));
        Duplicated = DeclarationProblems.Index(Annotations.SelectMany(file => DeclarationProblems.LocateDuplicated(file, Catalog)));
        var requests = new GroupedIndex<EvidenceRequest>(Annotations.Select(EvidenceRequests.From).Where(r => r is not null)!, r => r.TextPath, r => r.AnnotationPath);
        var evidence = texts.Select(t => new EvidenceWork(t, requests.For(t.Path))).Select(w => new CheckedEvidence(w.Text, EvidenceLocator.Locate(w))).ToList();
        Evidence = new GroupedIndex<EvidenceForFile>(evidence.SelectMany(e => e.Results), r => r.AnnotationPath, r => r.AnnotationPath);
        TextPaths = texts.Select(t => t.Path).OrderBy(p => p, System.StringComparer.Ordinal).ToEquatableArray();
        var names = new ActorNames(Annotations.SelectMany(file => ActorNames.DeclaredIn(file)));
        Coverage = evidence.Select(CoverageInputs.From).Where(i => i is not null).Select(i => CoverageAnalyzer.Analyze(i!, names)).ToList();
    }

    public IReadOnlyList<AnnotationFile> Annotations { get; }

    public Catalog Catalog { get; }

    public GroupedIndex<LocatedSite> Duplicated { get; }

    public GroupedIndex<EvidenceForFile> Evidence { get; }

    public EquatableArray<string> TextPaths { get; }

    public IReadOnlyList<CoverageReport> Coverage { get; }
}
