using System.Linq;
using Dataset.Annotations.Paths;
using Dataset.Annotations.Pipeline;
using Dataset.Annotations.Shards;
using Dataset.Generators.ColdRun;
using Dataset.Generators.Emitting;
using Dataset.Generators.Model;
using Dataset.Generators.Roslyn;
using Dataset.Generators.Shards;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis;

namespace Dataset.Generators;

/// <summary>
/// Turns YAML annotations and article texts (AdditionalFiles) into typed records. The pipeline only wires steps;
/// each step is a static function over value-equal models, so an edit reruns only what depends on it:
/// one annotation is re-parsed alone, one article's evidence is re-checked alone, and the dataset-wide id index
/// (built from ids, without locations) is rebuilt and its source re-emitted only when ids do; one article's coverage
/// is measured again only when its text, its evidence or the declared names change.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DatasetGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // UTF-8 literals (C# 11) keep the catalog's id index out of the 16 MB user-string heap.
        var utf8Literals = context.ParseOptionsProvider
            .Select(static (options, _) => options is CSharpParseOptions csharp && csharp.LanguageVersion >= LanguageVersion.CSharp11)
            .WithTrackingName(TrackingNames.LanguageFeatures);

        var settings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => GeneratorSettings.From(options.GlobalOptions))
            .Combine(utf8Literals)
            .Select(static (pair, _) => pair.Left with { Utf8Literals = pair.Right })
            .WithTrackingName(TrackingNames.Settings);

        var annotationFiles = context.AdditionalTextsProvider.Where(static file => ArticlePaths.IsAnnotation(file.Path));
        var annotations = annotationFiles
            .Select(static (file, token) => ColdRunSteps.Parse(file, token))
            .WithTrackingName(TrackingNames.Annotations);

        // A cold run makes each group of per-file steps for every file at once, on every core, before Roslyn asks for the
        // first of them (ColdRunSteps). Outputs run in the order they are registered, so these come first; as
        // implementation outputs, the IDE, which runs one file at a time as it is edited, skips them.
        context.RegisterImplementationSourceOutput(
            annotationFiles.Collect().Combine(settings).Select(static (pair, token) => ColdRunSteps.ParseAhead(pair.Left, pair.Right, token)),
            static (_, _) => { });

        var texts = context.AdditionalTextsProvider
            .Where(static file => ArticlePaths.IsArticleText(file.Path))
            .Select(static (file, token) => AnnotationStages.ReadText(file.Path, file.GetText(token)?.ToString()))
            .WithTrackingName(TrackingNames.ArticleTexts);

        var textPaths = texts
            .Select(static (text, _) => text.Path)
            .Collect()
            .Select(static (paths, _) => AnnotationStages.TextPaths(paths))
            .WithTrackingName(TrackingNames.TextPaths);

        // What referenced shards declare, read per reference from its manifest attribute. References change
        // only when the project's references do, so typing in C# or YAML never re-reads them. (Roslyn records no
        // tracked steps downstream of this provider before the Collect, so only the index is named.)
        var referencedShards = context.MetadataReferencesProvider
            .Select(static (reference, _) => ShardManifestReader.Read(reference))
            .Where(static manifest => manifest is not null)
            .Collect()
            .Select(static (manifests, _) => ReferencedShards.From(manifests!))
            .WithTrackingName(TrackingNames.ReferencedShardIndex);

        var ids = annotations
            .Select(static (file, _) => AnnotationStages.Declarations(file))
            .WithTrackingName(TrackingNames.Declarations)
            .Collect()
            .Combine(referencedShards)
            .Select(static (pair, token) => AnnotationStages.BuildIdIndex(pair.Left, pair.Right, token))
            .WithTrackingName(TrackingNames.IdIndex);

        // The ids holds no locations; a duplicate's message names where the first declaration is, read from the
        // first declaring file alone (nothing, for almost every file).
        var duplicated = annotations
            .Combine(ids)
            .Select(static (pair, _) => AnnotationStages.LocateDuplicated(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.DuplicatedDeclarations)
            .Collect()
            .Select(static (sites, _) => AnnotationStages.IndexDuplicated(sites.SelectMany(s => s)))
            .WithTrackingName(TrackingNames.DuplicatedDeclarationIndex);

        // Evidence flows from annotations to texts, so that editing one article re-checks only that article.
        var requestIndex = annotations
            .Select(static (file, _) => AnnotationStages.RequestEvidence(file))
            .WithTrackingName(TrackingNames.EvidenceRequests)
            .Where(static request => request is not null)
            .Collect()
            .Select(static (requests, _) => AnnotationStages.IndexRequests(requests!))
            .WithTrackingName(TrackingNames.EvidenceRequestIndex);

        var evidenceWork = texts
            .Combine(requestIndex)
            .Select(static (pair, _) => AnnotationStages.EvidenceWorkFor(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.EvidenceWork);

        var checkedEvidence = evidenceWork
            .Select(static (work, token) => ColdRunSteps.CheckEvidence(work, token))
            .WithTrackingName(TrackingNames.Evidence);

        var evidenceIndex = checkedEvidence
            .Collect()
            .Select(static (results, _) => AnnotationStages.IndexEvidence(results))
            .WithTrackingName(TrackingNames.EvidenceIndex);

        // Coverage is advice per article, taken from that article's own evidence check: its text, where its evidence was
        // found, what it leaves unannotated on purpose, and every declared name (which changes only when one does).
        var actorNames = annotations
            .Select(static (file, _) => AnnotationStages.DeclaredNames(file))
            .WithTrackingName(TrackingNames.DeclaredNames)
            .Collect()
            .Select(static (names, _) => AnnotationStages.IndexNames(names))
            .WithTrackingName(TrackingNames.ActorNames);

        var coverage = checkedEvidence
            .Select(static (evidence, _) => ColdRunSteps.CoverageInputFor(evidence))
            .WithTrackingName(TrackingNames.CoverageInputs)
            .Where(static input => input is not null)
            .Combine(actorNames)
            .Select(static (pair, token) => ColdRunSteps.Cover(pair.Left!, pair.Right, token))
            .WithTrackingName(TrackingNames.Coverage);

        context.RegisterImplementationSourceOutput(
            evidenceWork.Collect()
                .Combine(actorNames)
                .Combine(settings)
                .Select(static (input, token) => ColdRunSteps.CheckAhead(input.Left.Left, input.Left.Right, input.Right, token)),
            static (_, _) => { });

        context.RegisterSourceOutput(coverage, static (output, report) =>
        {
            foreach (var diagnostic in report.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        // Which statements and sanctions are one event, and which look like one: rebuilt only when a file's
        // statements or sanctions change.
        var links = annotations
            .Select(static (file, _) => AnnotationStages.EventFacts(file))
            .WithTrackingName(TrackingNames.EventFacts)
            .Collect()
            .Select(static (facts, token) => AnnotationStages.BuildLinkIndex(facts, token))
            .WithTrackingName(TrackingNames.LinkIndex);

        // Everything dataset-wide one file's check reads, as one value.
        var validationContext = ids
            .Combine(duplicated)
            .Combine(textPaths)
            .Combine(evidenceIndex)
            .Combine(settings.Select(static (settings, _) => settings.ProjectDirectory))
            .Combine(links)
            .Select(
                static (
                    input,
                    _) => AnnotationStages.Context(
                        input.Left.Left.Left.Left.Left, input.Left.Left.Left.Left.Right, input.Left.Left.Left.Right, input.Left.Left.Right, input.Left.Right,
                        input.Right))
            .WithTrackingName(TrackingNames.ValidationContext);

        var slices = annotations
            .Combine(validationContext)
            .Select(static (pair, _) => AnnotationStages.SliceFor(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.ValidationSlices);

        context.RegisterImplementationSourceOutput(
            slices.Collect().Combine(settings).Select(static (pair, token) => ColdRunSteps.EmitAhead(pair.Left, pair.Right, token)),
            static (_, _) => { });

        var recordData = slices
            .Select(static (input, token) => ColdRunSteps.Validate(input, token))
            .WithTrackingName(TrackingNames.ValidatedFiles)
            .Combine(settings)
            .Select(static (pair, _) => ColdRunSteps.EmitInputFor(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.EmitInputs)
            .Select(static (input, token) => ColdRunSteps.Encode(input, token))
            .WithTrackingName(TrackingNames.RecordData);

        var generatedFiles = recordData
            .Select(static (file, token) => ColdRunSteps.Emit(file, token))
            .WithTrackingName(TrackingNames.GeneratedFiles);

        context.RegisterSourceOutput(generatedFiles, static (output, file) =>
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            output.AddSource(file.HintName, file.Source);
        });

        var catalogSource = ids
            .Combine(settings)
            .Select(static (pair, token) => CatalogEmitter.Output(pair.Left, pair.Right, token))
            .WithTrackingName(TrackingNames.CatalogSource);

        context.RegisterSourceOutput(catalogSource, static (output, catalogOutput) =>
        {
            foreach (var problem in catalogOutput.Problems)
            {
                output.ReportDiagnostic(problem.ToDiagnostic());
            }

            output.AddSource(CatalogEmitter.HintName, catalogOutput.Source);
        });

        // What this project declares, for the shards that reference it. Each file's entries depend on that
        // file alone; the manifest is re-joined (not re-read) when one changes.
        var manifestSource = annotations
            .Select(static (file, _) => ManifestEmitter.EntriesOf(file))
            .WithTrackingName(TrackingNames.ManifestFiles)
            .Collect()
            .Combine(settings)
            .Select(static (pair, token) => ManifestEmitter.Emit(pair.Left, pair.Right, token))
            .WithTrackingName(TrackingNames.ManifestSource);

        context.RegisterSourceOutput(manifestSource, static (output, source) => output.AddSource(ManifestEmitter.HintName, source));
    }
}
