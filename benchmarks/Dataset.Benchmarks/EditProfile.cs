using System.Diagnostics;
using Dataset.LanguageServer.Features;
using Dataset.LanguageServer.Workspace;

namespace Dataset.Benchmarks;

/// <summary>Where an edit's re-analysis goes in the language server's workspace (in process, no protocol).</summary>
public static class EditProfile
{
    public static void Run(int articles)
    {
        var folder = Path.Combine(Workspace.Folder, $"lsp-{articles}");
        var corpus = CorpusMaker.SyntheticCorpus.Make(articles, Workspace.Seed);
        if (!Directory.Exists(folder))
        {
            corpus.WriteTo(Path.Combine(folder, "annotations"));
        }

        var workspace = new AnnotationWorkspace(Path.Combine(folder, "annotations"));
        workspace.Load();
        var probe = Path.GetFullPath(Path.Combine(folder, "annotations", corpus.ProbeAnnotationPath)).Replace('\\', '/');
        var text = File.ReadAllText(probe);
        var cold = Stopwatch.StartNew();
        workspace.Analyze();
        Console.WriteLine(
            $"first analysis {cold.Elapsed.TotalMilliseconds:F0} ms; live managed heap {GC.GetTotalMemory(forceFullCollection: true) / 1_048_576} MB, " +
                $"process {Environment.WorkingSet / 1_048_576} MB");
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
    }
}
