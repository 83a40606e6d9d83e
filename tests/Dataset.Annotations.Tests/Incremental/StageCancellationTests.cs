using System.Collections.Immutable;
using Dataset.Annotations.Coverage;
using Dataset.Annotations.Text;
using Dataset.Annotations.Events;
using Dataset.Annotations.Model;
using Dataset.Annotations.Pipeline;
using Dataset.Annotations.Shards;
using Dataset.Annotations.Validation;

namespace Dataset.Annotations.Tests.Incremental;

/// <summary>
/// The compiler cancels a generator run that an edit has made stale, and the language server an analysis that a newer
/// one replaces: each step that loops over a dataset, an article or a file's records stops at once on a cancelled
/// token instead of running to its end. Each stage runs here on real inputs twice: to its result with a live token,
/// and to <see cref="OperationCanceledException"/> with a cancelled one. (The generator's emitters: EmitterCancellationTests.)
/// </summary>
public class StageCancellationTests
{
    private static readonly Lazy<Inputs> Folder = new(Inputs.Make);

    public static TheoryData<string> Stages => new(StageCalls.Keys.Order(StringComparer.Ordinal));

    private static Dictionary<string, Func<CancellationToken, object?>> StageCalls => new(StringComparer.Ordinal)
    {
        ["Parse"] = token => AnnotationStages.Parse(Folder.Value.AnnotationPath, Folder.Value.AnnotationText, token),
        ["BuildIdIndex"] = token => AnnotationStages.BuildIdIndex(Folder.Value.Declarations, ReferencedShards.None, token),
        ["CheckEvidence"] = token => AnnotationStages.CheckEvidence(Folder.Value.Work, token),
        ["Cover"] = token => AnnotationStages.Cover(Folder.Value.Coverage, Folder.Value.Names, token),
        ["BuildLinkIndex"] = token => AnnotationStages.BuildLinkIndex(Folder.Value.Facts, token),
        ["Validate"] = token => AnnotationStages.Validate(Folder.Value.Slice, token),
        ["Encode"] = token => AnnotationStages.Encode(Folder.Value.Validated, token),
    };

    [Theory]
    [MemberData(nameof(Stages))]
    public void A_stage_runs_to_its_result_with_a_live_token_and_stops_on_a_cancelled_one(string stage) =>
        Cancellation.RunsLiveAndStopsCancelled(StageCalls[stage]);

    [Fact]
    public void Every_stage_that_takes_a_token_is_checked_here()
    {
        var taking = typeof(AnnotationStages).GetMethods()
            .Where(m => m.GetParameters().Any(p => p.ParameterType == typeof(CancellationToken)))
            .Select(m => m.Name);

        Assert.Equal(taking.Order(StringComparer.Ordinal), StageCalls.Keys.Order(StringComparer.Ordinal));
    }

    /// <summary>One run of a synthetic folder, and the inputs each stage takes, from its first article that has them all.</summary>
    private sealed record Inputs(
        FolderRun Run,
        string AnnotationPath,
        string AnnotationText,
        ImmutableArray<FileDeclarations> Declarations,
        EvidenceWork Work,
        CoverageInput Coverage,
        ActorNames Names,
        ImmutableArray<FileEventFacts> Facts,
        FileSlice Slice,
        ValidatedFile Validated)
    {
        public static Inputs Make()
        {
            var files = FolderAnalysisTests.Corpus(articles: 6);
            var run = new FolderRun(files.OrderBy(f => f.Key, StringComparer.Ordinal), "/corpus");
            var validated = run.Validated.First(v => v.File.Statements.Count > 0 && v.File.TextPath is not null);
            var textPath = validated.File.TextPath!;
            var text = AnnotationStages.ReadText(textPath, files[textPath]);
            var requests = run.Annotations.Select(AnnotationStages.RequestEvidence).OfType<EvidenceRequest>();
            var work = AnnotationStages.EvidenceWorkFor(text, AnnotationStages.IndexRequests(requests));
            var checkedEvidence = AnnotationStages.CheckEvidence(work, CancellationToken.None);
            return new Inputs(
                run,
                validated.File.Path,
                files[validated.File.Path]!,
                run.Annotations.Select(AnnotationStages.Declarations).ToImmutableArray(),
                work,
                AnnotationStages.CoverageInputFor(checkedEvidence)!,
                AnnotationStages.IndexNames(run.Annotations.Select(AnnotationStages.DeclaredNames)),
                run.Annotations.Select(AnnotationStages.EventFacts).ToImmutableArray(),
                AnnotationStages.SliceFor(validated.File, run.Analysis),
                validated);
        }
    }
}
