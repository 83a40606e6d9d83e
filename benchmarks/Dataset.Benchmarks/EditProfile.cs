using System.Diagnostics;
using Dataset.Annotations.Pipeline;
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
        workspace.Analyze();
        for (var i = 0; i < 12; i++)
        {
            workspace.Open(probe, i % 2 == 0 ? text.Replace("speaker: ", "speaker: q") : text);
            var clock = Stopwatch.StartNew();
            var snapshot = workspace.Analyze();
            var analyzed = clock.Elapsed.TotalMilliseconds;
            var diagnostics = DiagnosticsFeature.Of(snapshot);
            Console.WriteLine($"analyze {analyzed:F0} ms, diagnostics {clock.Elapsed.TotalMilliseconds - analyzed:F0} ms ({diagnostics.Count} files)");
        }
    }
}
