using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Dataset.Annotations.Paths;
using Dataset.Annotations.Pipeline;

namespace Dataset.Benchmarks;

/// <summary>
/// The event links of the synthetic corpus settled alone (<c>BuildLinkIndex</c>), several times over facts parsed
/// once: the time, CPU and allocations of each run, to profile the settling apart from the parse it follows.
/// </summary>
public static class LinkProfile
{
    public static void Run(int articles, int repeat)
    {
        var corpus = CorpusMaker.SyntheticCorpus.Make(articles, Workspace.Seed);
        var facts = corpus.Files.Where(f => ArticlePaths.IsAnnotation(f.Path))
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
}
