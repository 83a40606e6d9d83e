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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_second_start_publishes_every_files_diagnostics_from_the_cache_before_its_analysis_runs_and_the_analysis_changes_none(
        bool stamped)
    {
        // A misspelt speaker: the annotation has an error.
        File.WriteAllText(_folder.Yaml, File.ReadAllText(_folder.Yaml).ReplaceFirst("speaker: russia", "speaker: rusia"));
        if (stamped)
        {
            // Files old enough to be stamped: the second start finds its diagnostics before it reads the folder.
            WrittenAMinuteAgo(Files);
        }

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

    [Fact]
    public void A_second_start_finds_the_remembered_diagnostics_by_the_files_stamps_before_it_reads_them()
    {
        File.WriteAllText(_folder.Yaml, File.ReadAllText(_folder.Yaml).ReplaceFirst("speaker: russia", "speaker: rusia"));
        WrittenAMinuteAgo(Files);
        Start(Cache).SaveCache();
        var read = Start(Cache, analyse: false).Remembered();
        Assert.NotNull(read);
        Assert.Contains(read.Files[_folder.Yaml.Replace('\\', '/')].Checked, d => d.Id == "DS0010");

        var second = new AnnotationWorkspace(_folder.Annotations, Cache);
        var unread = second.RememberedBeforeReading(new Dictionary<string, string>());
        Assert.NotNull(unread);
        Assert.Equal(Flat(read), Flat(unread));

        // Asked once: the start does not publish them a second time once the folder is read.
        second.Load();
        Assert.Null(second.Remembered());

        // The stamps stand for the files: one rewritten with its length and last write kept is not read before the
        // remembered diagnostics are found (read after them, the analysis finds what it holds), as git trusts its index.
        var written = File.GetLastWriteTimeUtc(_folder.Yaml);
        File.WriteAllText(_folder.Yaml, File.ReadAllText(_folder.Yaml).ReplaceFirst("speaker: rusia", "speaker: rusib"));
        File.SetLastWriteTimeUtc(_folder.Yaml, written);
        Assert.NotNull(new AnnotationWorkspace(_folder.Annotations, Cache).RememberedBeforeReading(new Dictionary<string, string>()));
        Assert.Null(Start(Cache, analyse: false).Remembered());
    }

    [Fact]
    public void A_file_whose_stamp_changed_or_a_buffer_that_differs_is_read_before_anything_is_remembered()
    {
        WrittenAMinuteAgo(Files);
        Start(Cache).SaveCache();
        var none = new Dictionary<string, string>();
        var yaml = _folder.Yaml.Replace('\\', '/');

        // An open buffer as on disk counts as the file; one that differs does not.
        var asOnDisk = new Dictionary<string, string> { [yaml] = File.ReadAllText(yaml) };
        Assert.NotNull(new AnnotationWorkspace(_folder.Annotations, Cache).RememberedBeforeReading(asOnDisk));
        var edited = new Dictionary<string, string> { [yaml] = File.ReadAllText(yaml) + "\n" };
        Assert.Null(new AnnotationWorkspace(_folder.Annotations, Cache).RememberedBeforeReading(edited));

        // Touched, the same content: not found before the read, found after it.
        File.SetLastWriteTimeUtc(yaml, DateTime.UtcNow.AddSeconds(-30));
        Assert.Null(new AnnotationWorkspace(_folder.Annotations, Cache).RememberedBeforeReading(none));
        var touched = Start(Cache, analyse: false);
        Assert.NotNull(touched.Remembered());

        // The next save keeps the new stamp, and the start after it needs no read again.
        touched.Analyze();
        touched.SaveCache();
        Assert.NotNull(new AnnotationWorkspace(_folder.Annotations, Cache).RememberedBeforeReading(none));

        // A file written just before it was read is not stamped: the start after reads it.
        File.SetLastWriteTimeUtc(yaml, DateTime.UtcNow);
        var fresh = Start(Cache);
        fresh.SaveCache();
        Assert.Null(new AnnotationWorkspace(_folder.Annotations, Cache).RememberedBeforeReading(none));

        // A file added is read too.
        File.WriteAllText(Path.Combine(_folder.Annotations, "added.txt"), "An article no one annotated.");
        WrittenAMinuteAgo(Files);
        Start(Cache).SaveCache();
        Assert.NotNull(new AnnotationWorkspace(_folder.Annotations, Cache).RememberedBeforeReading(none));
        File.WriteAllText(Path.Combine(_folder.Annotations, "added-too.txt"), "Another.");
        Assert.Null(new AnnotationWorkspace(_folder.Annotations, Cache).RememberedBeforeReading(none));
    }

    private static void WrittenAMinuteAgo(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-1));
        }
    }

    private static string[] Flat(RememberedDiagnostics remembered) =>
        remembered.Files.OrderBy(f => f.Key, StringComparer.Ordinal)
            .SelectMany(f => f.Value.Checked.Concat(f.Value.Coverage).Select(d => $"{f.Key} {d.Id} {d.Location.ToDisplay()} {d.Message}"))
            .ToArray();

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
