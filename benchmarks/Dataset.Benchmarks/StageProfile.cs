using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Dataset.Annotations.Paths;
using Dataset.Annotations.Pipeline;
using Dataset.Annotations.Shards;
using Dataset.Generators.Emitting;
using Dataset.Generators.Model;

namespace Dataset.Benchmarks;

/// <summary>
/// Where a cold run's time and allocations go, stage by stage: the pipeline's stages (as <c>FolderRun</c> runs them,
/// which is what the generator's cold run does) and the generator's emit, over the synthetic corpus in memory.
/// Each stage is timed with a stopwatch and its allocations counted on the thread, over several runs; the table gives
/// the median run of each.
/// </summary>
public static class StageProfile
{
    public static void Run(int articles, int repeat)
    {
        var corpus = CorpusMaker.SyntheticCorpus.Make(articles, Workspace.Seed);
        var files = corpus.Files.Select(f => new KeyValuePair<string, string?>("/bench/annotations/" + f.Path, f.Text)).ToList();
        var runs = Enumerable.Range(0, repeat + 1).Select(_ => Once(files)).Skip(1).ToList();
        var total = runs.Select(r => r.Sum(s => s.Milliseconds)).Order().ToList();
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{articles:N0} articles, {repeat} runs after one warm-up; median total {total[total.Count / 2]:F0} ms"));
        Console.WriteLine("| stage | ms (median) | share | MB allocated |");
        Console.WriteLine("|---|---:|---:|---:|");
        var median = total[total.Count / 2];
        foreach (var name in runs[0].Select(s => s.Name))
        {
            var times = runs.Select(r => r.Single(s => s.Name == name)).OrderBy(s => s.Milliseconds).ToList();
            var middle = times[times.Count / 2];
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {name} | {middle.Milliseconds:F1} | {100 * middle.Milliseconds / median:F0} % | {middle.Bytes / 1048576.0:F1} |"));
        }
    }

    /// <summary>
    /// The event links of the synthetic corpus settled alone (<c>BuildLinkIndex</c>), several times over facts parsed
    /// once: the time, CPU and allocations of each run, to profile the settling apart from the parse it follows.
    /// </summary>
    public static void Links(int articles, int repeat)
    {
        var facts = CorpusMaker.SyntheticCorpus.Make(articles, Workspace.Seed).Files
            .Where(f => ArticlePaths.IsAnnotation(f.Path))
            .Select(f => AnnotationStages.EventFacts(AnnotationStages.Parse("/bench/annotations/" + f.Path, f.Text, CancellationToken.None)))
            .ToImmutableArray();
        for (var run = 0; run <= repeat; run++)
        {
            GC.Collect();
            var bytes = GC.GetTotalAllocatedBytes(precise: true);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var links = AnnotationStages.BuildLinkIndex(facts, CancellationToken.None);
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{(run == 0 ? "warm-up" : $"run {run}")}: {clock.Elapsed.TotalMilliseconds:F0} ms, " +
                        $"{(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms of CPU, " +
                        $"{(GC.GetTotalAllocatedBytes(precise: true) - bytes) / 1048576.0:F1} MB allocated; " +
                        $"{links.Suggestions.Count} suggestions, {links.Contradictions.Count} contradictions"));
        }
    }

    private sealed record Stage(string Name, double Milliseconds, long Bytes);

    private static List<Stage> Once(List<KeyValuePair<string, string?>> files)
    {
        var token = CancellationToken.None;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var stages = new List<Stage>();
        T Time<T>(string name, Func<T> work)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var result = work();
            stages.Add(new Stage(name, clock.Elapsed.TotalMilliseconds, GC.GetAllocatedBytesForCurrentThread() - bytes));
            return result;
        }

        var annotations = Time(
            "Parse (YAML → model)",
            () => files.Where(f => ArticlePaths.IsAnnotation(f.Key)).Select(f => AnnotationStages.Parse(f.Key, f.Value, token)).ToList());
        var texts = Time("ReadText", () => files.Where(f => ArticlePaths.IsArticleText(f.Key)).Select(f => AnnotationStages.ReadText(f.Key, f.Value)).ToList());
        var textPaths = Time("TextPaths", () => AnnotationStages.TextPaths(texts.Select(t => t.Path)));
        var ids = Time(
            "Declarations + BuildIdIndex",
            () => AnnotationStages.BuildIdIndex(annotations.Select(AnnotationStages.Declarations).ToImmutableArray(), ReferencedShards.None, token));
        var duplicated = Time(
            "LocateDuplicated + IndexDuplicated",
            () => AnnotationStages.IndexDuplicated(annotations.SelectMany(file => AnnotationStages.LocateDuplicated(file, ids))));
        var requests = Time(
            "RequestEvidence + IndexRequests",
            () => AnnotationStages.IndexRequests(annotations.Select(AnnotationStages.RequestEvidence).Where(r => r is not null)!));
        var evidence = Time(
            "CheckEvidence (locate in articles)",
            () => texts.Select(text => AnnotationStages.CheckEvidence(AnnotationStages.EvidenceWorkFor(text, requests), token)).ToList());
        var names = Time("DeclaredNames + IndexNames", () => AnnotationStages.IndexNames(annotations.Select(AnnotationStages.DeclaredNames)));
        Time(
            "Cover (coverage check)",
            () => evidence.Select(AnnotationStages.CoverageInputFor).Where(i => i is not null).Select(i => AnnotationStages.Cover(i!, names, token)).ToList());
        var facts = Time("EventFacts", () => annotations.Select(AnnotationStages.EventFacts).ToImmutableArray());
        var links = Time("BuildLinkIndex", () => AnnotationStages.BuildLinkIndex(facts, token));
        var context = Time(
            "IndexEvidence + Context",
            () => AnnotationStages.Context(ids, duplicated, textPaths, AnnotationStages.IndexEvidence(evidence), "/bench", links));
        var validated = Time("Validate", () => annotations.Select(file => AnnotationStages.Validate(AnnotationStages.SliceFor(file, context), token)).ToList());
        var settings = new GeneratorSettings("Bench.Corpus", "/bench", null);
        var records = Time(
            "Encode (record data)",
            () => validated.Select(file => new FileRecordData(EmitInputs.For(file, settings), AnnotationStages.Encode(file, token))).ToList());
        Time("Emit (C# source per file)", () => records.Select(r => AnnotationEmitter.Emit(r)).ToList());
        Time("Emit (catalog source)", () => CatalogEmitter.Output(ids, settings));
        return stages;
    }
}
