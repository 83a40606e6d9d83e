using System.Text.Json;
using Dataset.Annotations.Caching;
using Dataset.Annotations.Paths;
using Dataset.LanguageServer.Features;
using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Workspace;

namespace Dataset.LanguageServer.Tests;

/// <summary>
/// A start with the cache an earlier one kept: when no file changed, every file's diagnostics are published from it
/// before the analysis runs, and the analysis parses nothing; a file changed on disk in between is parsed again; a
/// damaged cache is ignored. Whatever the cache holds, the diagnostics are those of a start without it.
/// </summary>
public sealed class CacheStartTests : IDisposable
{
    private readonly SeedFolder _folder = new();
    private readonly string _cacheFolder = Directory.CreateTempSubdirectory("dataset-lsp-cache-").FullName;

    private CacheLocation Cache => new(_cacheFolder);

    private IEnumerable<string> Files =>
        Directory.EnumerateFiles(_folder.Annotations).Where(f => ArticlePaths.IsAnnotation(f) || ArticlePaths.IsArticleText(f)).Order(StringComparer.Ordinal);

    public void Dispose()
    {
        _folder.Dispose();
        Directory.Delete(_cacheFolder, recursive: true);
    }

    [Fact]
    public async Task A_second_start_publishes_every_files_diagnostics_from_the_cache_before_its_analysis_runs_and_the_analysis_changes_none()
    {
        // A misspelt speaker: the annotation has an error.
        File.WriteAllText(_folder.Yaml, File.ReadAllText(_folder.Yaml).ReplaceFirst("speaker: russia", "speaker: rusia"));
        Dictionary<string, string> first;
        var started = new AnalysisGate();
        await using (var session = await LspSession.StartAsync(_folder.Root, probe: started.Probe, cache: Cache))
        {
            // The cache is kept once the first analysis has ended (a file's diagnostics are published before that).
            await session.WaitForDiagnosticsAsync(_folder.Yaml, d => d.Any(x => x.Code == "DS0010"));
            await started.CompletedAsync();
            first = Files.ToDictionary(f => f, f => Json(session.DiagnosticsOf(f)));
        }

        var gate = new AnalysisGate();
        gate.Close();
        await using var second = await LspSession.StartAsync(_folder.Root, probe: gate.Probe, cache: Cache);
        await gate.Held.Task.WaitAsync(TimeSpan.FromMinutes(1));

        // The analysis is held at its start: what is published came from the cache.
        foreach (var file in Files)
        {
            var published = await second.WaitForPublicationAsync(file, _ => true);
            Assert.Equal(first[file], Json(published.Diagnostics));
        }

        Assert.Equal(0, gate.Probe.Completed);
        gate.Open();

        // Hover reads the checks (an evidence's passage): it waits for the analysis to end.
        var (line, column) = SeedFolder.Find(File.ReadAllText(_folder.Yaml), "speaker: rusia");
        await second.RequestAsync<Hover?>("textDocument/hover", LspSession.At(_folder.Yaml, line, column + 10));
        Assert.Equal(1, gate.Probe.Completed);
        Assert.All(Files, file => Assert.Single(second.PublicationsOf(file)));
    }

    [Fact]
    public void A_second_start_parses_nothing_and_a_third_after_an_edit_on_disk_parses_that_file_alone()
    {
        var annotations = Files.Count(ArticlePaths.IsAnnotation);
        Start(Cache).SaveCache();

        var unchanged = Start(Cache, analyse: false);
        Assert.NotNull(unchanged.Remembered());
        unchanged.Analyze();
        Assert.Equal((0, annotations), (unchanged.Cache!.Computed(CacheStage.Parse), unchanged.Cache.Reused(CacheStage.Parse)));
        unchanged.SaveCache();

        File.WriteAllText(_folder.Yaml, File.ReadAllText(_folder.Yaml).ReplaceFirst("speaker: russia", "speaker: rusia"));
        var edited = Start(Cache, analyse: false);
        Assert.Null(edited.Remembered());
        var snapshot = edited.Analyze();

        Assert.Equal((1, annotations - 1), (edited.Cache!.Computed(CacheStage.Parse), edited.Cache.Reused(CacheStage.Parse)));
        Assert.Contains(snapshot.DiagnosticsIn(_folder.Yaml.Replace('\\', '/')), d => d.Id == "DS0010");
        Assert.Equal(Published(Start(CacheLocation.Off, analyse: false).Analyze()), Published(snapshot));
    }

    [Fact]
    public async Task A_damaged_cache_is_ignored_and_the_start_publishes_what_a_start_without_one_does()
    {
        File.WriteAllText(_folder.Yaml, File.ReadAllText(_folder.Yaml).ReplaceFirst("speaker: russia", "speaker: rusia"));
        Start(Cache).SaveCache();
        var file = Cache.FileFor(_folder.Annotations);
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..(bytes.Length * 2 / 3)]);

        await using var session = await LspSession.StartAsync(_folder.Root, cache: Cache);
        await session.WaitForDiagnosticsAsync(_folder.Yaml, d => d.Any(x => x.Code == "DS0010"));

        var expected = Published(Start(CacheLocation.Off, analyse: false).Analyze());
        Assert.All(Files, f => Assert.Equal(
            expected[f.Replace('\\', '/')],
            session.DiagnosticsOf(f).Select(d => $"{d.Code} {d.Range.Start.Line + 1},{d.Range.Start.Character + 1} {d.Message}")));
    }

    private AnnotationWorkspace Start(CacheLocation cache, bool analyse = true)
    {
        var workspace = new AnnotationWorkspace(_folder.Annotations, cache);
        workspace.Load();
        if (analyse)
        {
            workspace.Analyze();
        }

        return workspace;
    }

    private static Dictionary<string, string[]> Published(Snapshot snapshot) =>
        DiagnosticsFeature.Of(snapshot).ToDictionary(f => f.Key, f => f.Value.Select(d => d.Id + " " + d.Location.ToDisplay() + " " + d.Message).ToArray());

    private static string Json(Diagnostic[] diagnostics) => JsonSerializer.Serialize(diagnostics, LanguageServerHost.JsonOptions);
}
