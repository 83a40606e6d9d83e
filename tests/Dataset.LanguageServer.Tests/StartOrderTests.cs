using Dataset.Annotations.Caching;
using Dataset.Annotations.Paths;
using Dataset.LanguageServer.Features;
using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Server;
using Dataset.LanguageServer.Workspace;

namespace Dataset.LanguageServer.Tests;

/// <summary>
/// What a start does first: the documents the editor has open are checked and published before the other files, each
/// file is published once (a diagnostic published before the analysis ends is never taken back), and a request that
/// reads only models and ids is answered once the analysis has settled them, before it checks any file; a second start
/// of an unchanged folder settles them from the cache without parsing a file.
/// </summary>
public sealed class StartOrderTests : IDisposable
{
    private readonly SeedFolder _folder = new();
    private readonly string _cacheFolder = Directory.CreateTempSubdirectory("dataset-lsp-start-").FullName;

    private CacheLocation Cache => new(_cacheFolder);

    private IEnumerable<string> Files =>
        Directory.EnumerateFiles(_folder.Annotations).Where(f => ArticlePaths.IsAnnotation(f) || ArticlePaths.IsArticleText(f));

    public void Dispose()
    {
        _folder.Dispose();
        Directory.Delete(_cacheFolder, recursive: true);
    }

    [Fact]
    public async Task A_document_open_when_the_folder_is_first_analysed_is_published_before_the_other_files_and_each_file_once()
    {
        var gate = new AnalysisGate();
        gate.Close();
        await using var session = await LspSession.StartAsync(_folder.Root, probe: gate.Probe, cache: CacheLocation.Off);
        await gate.Held.Task.WaitAsync(TimeSpan.FromMinutes(1));

        // The registry comes after the article in path order; opened while the folder's analysis is held, it goes first.
        await session.OpenAsync(_folder.Registry);
        await gate.Abandoned.Task.WaitAsync(TimeSpan.FromMinutes(1));
        gate.Open();
        await gate.CompletedAsync();
        await session.WaitForPublicationAsync(_folder.Text, _ => true);

        var published = session.Publications.Select(p => p.Uri).ToList();
        Assert.Equal(LspSession.Uri(_folder.Registry), published[0]);
        Assert.Equal(Files.Select(LspSession.Uri).Order(StringComparer.Ordinal), published.Order(StringComparer.Ordinal));
        Assert.True(
            string.CompareOrdinal(_folder.Yaml, _folder.Registry) < 0,
            "Without the open document first, the article would be checked and published first.");
    }

    [Fact]
    public async Task A_second_start_answers_a_request_on_models_and_ids_before_it_checks_a_file_and_one_on_checks_once_it_ends()
    {
        var started = new AnalysisGate();
        await using (var first = await LspSession.StartAsync(_folder.Root, probe: started.Probe, cache: Cache))
        {
            // The cache is kept once the first analysis has ended.
            await started.CompletedAsync();
        }

        // The second start's analysis is held once it has settled the models and ids, before it checks a file.
        using var checking = new ManualResetEventSlim();
        var probe = new AnalysisProbe { WhileSettled = _ => checking.Wait(TimeSpan.FromMinutes(1)) };
        await using var second = await LspSession.StartAsync(_folder.Root, probe: probe, cache: Cache);
        var symbols = await second.RequestAsync<DocumentSymbol[]>(
            "textDocument/documentSymbol",
            new { textDocument = new TextDocumentIdentifier(LspSession.Uri(_folder.Yaml)) });
        var references = await second.RequestAsync<Protocol.Location[]>(
            "textDocument/references",
            new ReferenceParams(
                new TextDocumentIdentifier(LspSession.Uri(_folder.Yaml)),
                At(_folder.Yaml, "speaker: russia", "speaker: ".Length),
                new ReferenceContext(IncludeDeclaration: true)));

        Assert.NotEmpty(symbols);
        Assert.Contains(references, r => r.Uri == LspSession.Uri(_folder.Registry));
        Assert.Equal((1, 0), (probe.Settled, probe.Completed));

        var hover = second.RequestAsync<Hover?>("textDocument/hover", new TextDocumentPositionParams(
            new TextDocumentIdentifier(LspSession.Uri(_folder.Yaml)),
            At(_folder.Yaml, "speaker: russia", "speaker: ".Length)));
        checking.Set();
        Assert.NotNull(await hover);
        Assert.Equal(1, probe.Completed);
    }

    [Fact]
    public void A_second_start_of_an_unchanged_folder_parses_no_file_and_has_every_model_and_id_before_it_checks_one()
    {
        var annotations = Files.Count(ArticlePaths.IsAnnotation);
        var first = new AnnotationWorkspace(_folder.Annotations, Cache);
        first.Load();
        first.Analyze();
        first.SaveCache();

        var second = new AnnotationWorkspace(_folder.Annotations, Cache);
        second.Load();
        var told = new List<string>();
        var settled = (Models: -1, Checked: -1, Symbols: Array.Empty<DocumentSymbol>());
        var yaml = _folder.Yaml.Replace('\\', '/');
        var snapshot = second.Analyze(new AnalysisProgress(
            [],
            s => settled = (s.Annotations.Count, s.Validated.Count, Symbols.Of(s, yaml)),
            files => told.AddRange(files.Paths)));

        Assert.Equal((0, annotations), (second.Cache!.Computed(CacheStage.Parse), second.Cache.Reused(CacheStage.Parse)));
        Assert.Equal((annotations, 0), (settled.Models, settled.Checked));
        Assert.Equal(Symbols.Of(snapshot, yaml).Select(s => s.Name), settled.Symbols.Select(s => s.Name));
        Assert.Equal(snapshot.Touched.Order(StringComparer.Ordinal), told.Order(StringComparer.Ordinal));
    }

    private static Position At(string path, string what, int offset)
    {
        var (line, column) = SeedFolder.Find(File.ReadAllText(path), what);
        return new Position(line, column + offset);
    }
}
