using System.Diagnostics;
using Dataset.Annotations.Caching;
using Dataset.LanguageServer.Features;
using Dataset.LanguageServer.Workspace;

namespace Dataset.Benchmarks;

/// <summary>
/// Where the language server's analyses go, in its workspace (in process, no protocol): the first analysis of the
/// folder, a second start's with the cache the first kept, then an edit's re-analysis, each with what it did.
/// </summary>
public static class EditProfile
{
    /// <param name="articles">The corpus's size.</param>
    /// <param name="pause">Whether to wait for a line on standard input after the first analysis, its workspace kept,
    /// so that a heap dump can be taken of it (<c>dotnet-gcdump collect -p PID</c>).</param>
    public static void Run(int articles, bool pause = false)
    {
        var folder = Path.Combine(Workspace.Folder, $"lsp-{articles}");
        var probePath = ProbeOf(articles, folder);

        var cacheFolder = Path.Combine(folder, "profile-cache");
        if (Directory.Exists(cacheFolder))
        {
            Directory.Delete(cacheFolder, recursive: true);
        }

        var cache = new CacheLocation(cacheFolder);
        FirstStart(folder, cache, pause);
        var (times, workspace) = Start(folder, cache, "second start, with the cache");
        var cached = workspace.Cache!;
        Console.WriteLine(
            $"  from the cache: {cached.Reused(CacheStage.Parse)} parses, {cached.Reused(CacheStage.Check)} checks; computed " +
                $"{cached.Computed(CacheStage.Parse)} parses, {cached.Computed(CacheStage.Check)} checks; remembered diagnostics found in " +
                $"{times.Remembered:F0} ms");

        var probe = Path.GetFullPath(Path.Combine(folder, "annotations", probePath)).Replace('\\', '/');
        var text = File.ReadAllText(probe);
        var speakerEnd = text.IndexOf('\n', text.IndexOf("speaker: ", StringComparison.Ordinal));
        for (var i = 0; i < 12; i++)
        {
            // As the lsp benchmark edits: a letter added to one speaker (DS0010), then taken away.
            workspace.Open(probe, i % 2 == 0 ? text.Insert(speakerEnd, "q") : text);
            var clock = Stopwatch.StartNew();
            var snapshot = workspace.Analyze();
            var analyzed = clock.Elapsed.TotalMilliseconds;
            var diagnostics = DiagnosticsFeature.Of(snapshot);
            var update = workspace.LastUpdate!;
            Console.WriteLine(
                $"analyze {analyzed:F1} ms, diagnostics {clock.Elapsed.TotalMilliseconds - analyzed:F1} ms ({diagnostics.Count} files; parsed " +
                    $"{update.Parsed.Count}, validated {update.Validated.Count}, covered {update.Covered.Count})");
        }

        // As the lsp benchmark asks: completion after "speaker: ".
        var last = workspace.Analyze();
        var line = text[..(text.IndexOf("speaker: ", StringComparison.Ordinal) + "speaker: ".Length)].Count(c => c == '\n');
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            var list = Completion.At(last, text, new Dataset.LanguageServer.Protocol.Position(line, "    speaker: ".Length));
            Console.WriteLine($"completion {clock.Elapsed.TotalMilliseconds:F1} ms ({list.Items.Length} items)");
        }
    }

    /// <summary>
    /// The corpus written once, and the annotation the edits change; the corpus itself is not kept, so that the heap
    /// measured is the workspace's.
    /// </summary>
    private static string ProbeOf(int articles, string folder)
    {
        var corpus = CorpusMaker.SyntheticCorpus.Make(articles, Workspace.Seed);
        if (!Directory.Exists(folder))
        {
            corpus.WriteTo(Path.Combine(folder, "annotations"));
        }

        return corpus.ProbeAnnotationPath;
    }

    /// <summary>The first analysis, and the cache it keeps; its workspace let go before the second start.</summary>
    private static void FirstStart(string folder, CacheLocation cache, bool pause)
    {
        var (_, first) = Start(folder, cache, "first analysis");
        if (pause)
        {
            Console.WriteLine($"paused for a heap dump: dotnet-gcdump collect -p {Environment.ProcessId}; then a line on standard input");
            Console.ReadLine();
            GC.KeepAlive(first);
        }

        var saving = Stopwatch.StartNew();
        first.SaveCache();
        Console.WriteLine($"cache kept in {saving.Elapsed.TotalMilliseconds:F0} ms ({new FileInfo(cache.FileFor(first.Folder)).Length / 1_048_576} MB)");
    }

    private static ((double Read, double Remembered, double Analysis) Times, AnnotationWorkspace Workspace) Start(
        string folder,
        CacheLocation cache,
        string name)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var paused = GC.GetTotalPauseDuration();
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var workspace = new AnnotationWorkspace(Path.Combine(folder, "annotations"), cache);
        workspace.Load();
        var read = clock.Elapsed.TotalMilliseconds;
        var remembered = workspace.Remembered() is null ? double.NaN : clock.Elapsed.TotalMilliseconds - read;
        var started = clock.Elapsed.TotalMilliseconds;
        double settled = double.NaN, firstGroup = double.NaN;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        long allocatedAtFirstGroup = 0;
        workspace.Analyze(new AnalysisProgress(
            [],
            _ => settled = clock.Elapsed.TotalMilliseconds - started,
            _ =>
            {
                if (double.IsNaN(firstGroup))
                {
                    firstGroup = clock.Elapsed.TotalMilliseconds - started;
                    allocatedAtFirstGroup = GC.GetTotalAllocatedBytes() - allocatedBefore;
                }
            }));
        var analysis = clock.Elapsed.TotalMilliseconds - started;
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine(
            $"{name}: files read in {read:F0} ms, analysis {analysis:F0} ms (ids settled at {settled:F0} ms, first group checked at " +
                $"{firstGroup:F0} ms, {allocatedAtFirstGroup / 1_048_576} MB allocated by then; " +
                $"{used.TotalMilliseconds:F0} ms of CPU in all); live managed heap " +
                $"{GC.GetTotalMemory(forceFullCollection: true) / 1_048_576} MB, process {Environment.WorkingSet / 1_048_576} MB; " +
                $"collections {GC.CollectionCount(0) - collections[0]} / {GC.CollectionCount(1) - collections[1]} / " +
                $"{GC.CollectionCount(2) - collections[2]} (gen 0 / 1 / 2), paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms");
        return ((read, remembered, analysis), workspace);
    }
}
