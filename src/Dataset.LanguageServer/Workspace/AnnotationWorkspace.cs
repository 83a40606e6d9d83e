using System.Collections.Immutable;
using Dataset.Annotations.Caching;
using Dataset.Annotations.Paths;
using Dataset.Annotations.Pipeline;
using Dataset.Annotations.Shards;

namespace Dataset.LanguageServer.Workspace;

/// <summary>
/// The annotations folder as the editor sees it: the files on disk, with each open buffer in place of its file (unsaved
/// text counts), analysed by the engine's incremental <see cref="FolderAnalysis"/>. Edits are gathered as changes and
/// each analysis applies those made since the last one, so its work follows what changed, not the size of the folder.
/// The first analysis takes what it can from the cache an earlier start kept (<see cref="AnalysisCache"/>), and keeps
/// the cache for the next start; so does the end of the session.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "Design",
    "CA1001",
    Justification = "The semaphore is only waited on and released, which allocates no handle to dispose; the workspace lives as long as the server.")]
internal sealed class AnnotationWorkspace
{
    private readonly Dictionary<string, StoredText> _disk = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileChange> _pending = new(StringComparer.Ordinal);
    private readonly HashSet<string> _touched = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private readonly SemaphoreSlim _analysing = new(1, 1);
    private ImmutableDictionary<string, StoredText> _texts = ImmutableDictionary.Create<string, StoredText>(StringComparer.Ordinal);
    private FolderAnalysis? _analysis;
    private SymbolIndex? _symbols;
    private readonly Lazy<AnalysisCache?> _cache;
    private readonly bool _cached;
    private ReferencedShards _shards = ReferencedShards.None;
    private bool _shardsChanged;
    private bool _rememberedAsked;
    private readonly object _saving = new();
    private Completed? _lastComplete;

    /// <param name="folder">The annotations folder.</param>
    /// <param name="cache">Where the cache of earlier starts is kept (read at the first analysis), or <see cref="CacheLocation.Off"/>.</param>
    public AnnotationWorkspace(string folder, CacheLocation? cache = null)
    {
        Folder = Path.GetFullPath(folder).Replace('\\', '/').TrimEnd('/');
        var location = cache ?? CacheLocation.Off;
        _cached = location.Root is not null;
        _cache = new Lazy<AnalysisCache?>(() => location.Open(Folder), LazyThreadSafetyMode.ExecutionAndPublication);
        if (_cached)
        {
            // Read while the folder is: the first analysis, or the diagnostics remembered before it, wait for both.
            ThreadPool.QueueUserWorkItem(_ => _ = _cache.Value);
        }
    }

    /// <summary>The annotations folder: every *.yaml, *.yml and *.txt under it belongs to the workspace.</summary>
    public string Folder { get; }

    /// <summary>How many analyses have run to the end (for tests: a burst of changes costs one).</summary>
    public int Analyses { get; private set; }

    /// <summary>What the last analysis did, counted per file.</summary>
    public AnalysisUpdate? LastUpdate { get; private set; }

    /// <summary>The cache the analyses read and keep, once the first has opened it (null without one).</summary>
    public AnalysisCache? Cache => _cache.IsValueCreated ? _cache.Value : null;

    public bool Contains(string path) => WorkspacePaths.IsUnder(path, Folder) && (ArticlePaths.IsAnnotation(path) || ArticlePaths.IsArticleText(path));

    /// <summary>Reads the folder from disk, and the datasets its project references (from its last build).</summary>
    public void Load()
    {
        var files = DiskFiles();
        // Each file's UTF-8 kept undecoded: the parse decodes an annotation's when it runs, not when the cache has its model.
        var read = files.AsParallel().Select(path =>
        {
            var stamp = _cached ? FileStamp.BeforeReading(path) : null;
            var (text, utf8) = StoredText.ReadDiskContent(path);
            var stored = StoredText.Of(path, text, open: false, digest: _cached, utf8: utf8) with { Stamp = stamp };
            return (Path: path, Text: text, Utf8: utf8, Stored: stored);
        }).ToList();
        var shards = ShardAssemblies.Read(ReferencedAssemblyList.Find(Folder));
        lock (_gate)
        {
            // One change of the texts for the whole folder, not one for each file.
            var texts = _texts.ToBuilder();
            foreach (var gone in _disk.Keys.Except(files, StringComparer.Ordinal).ToList())
            {
                _disk.Remove(gone);
                Changed(gone, _open.GetValueOrDefault(gone), texts);
            }

            foreach (var (path, text, utf8, stored) in read)
            {
                _disk[path] = stored;
                Changed(path, text, texts, utf8);
            }

            _texts = texts.ToImmutable();

            _shardsChanged |= !shards.Equals(_shards);
            _shards = shards;
        }
    }

    public void Open(string path, string text)
    {
        lock (_gate)
        {
            _open[path] = text;
            Changed(path, text);
        }
    }

    public void Close(string path)
    {
        lock (_gate)
        {
            _open.Remove(path);
            Refresh(path);
        }
    }

    /// <summary>Reads one file from disk again (saved, created, changed or deleted outside the editor).</summary>
    public void Refresh(string path)
    {
        var exists = File.Exists(path);
        var stamp = exists && _cached ? FileStamp.BeforeReading(path) : null;
        var text = exists ? StoredText.ReadDisk(path) : null;
        lock (_gate)
        {
            if (exists)
            {
                _disk[path] = StoredText.Of(path, text, open: false, digest: _cached) with { Stamp = stamp };
            }
            else
            {
                _disk.Remove(path);
            }

            Changed(path, _open.TryGetValue(path, out var open) ? open : text);
        }
    }

    /// <summary>The text of a file as the editor has it: its open buffer, else the disk.</summary>
    public string? Text(string path)
    {
        lock (_gate)
        {
            return _open.TryGetValue(path, out var open) ? open : _disk.GetValueOrDefault(path).Read(path);
        }
    }

    /// <summary>
    /// Before the first analysis, the diagnostics a complete analysis of exactly these files found at an earlier start,
    /// when the cache has them: what the first analysis will find again, to publish before it ends. Null after that,
    /// without a cache, or when anything the analysis reads differs.
    /// </summary>
    public RememberedDiagnostics? Remembered()
    {
        if (_rememberedAsked || _cache.Value is not { } cache)
        {
            return null;
        }

        _rememberedAsked = true;
        ImmutableDictionary<string, StoredText> texts;
        ReferencedShards shards;
        lock (_gate)
        {
            (texts, shards) = (_texts, _shards);
        }

        return cache.Remembered(DigestOf(texts, shards));
    }

    /// <summary>
    /// Before the folder is read: the diagnostics remembered for it, when every file on disk has the stamp the cache
    /// kept with its digest (each taken to hold what was read then, as git's index takes a file whose length and last
    /// write are unchanged) and the editor's buffers are <paramref name="open"/>. Null when any file is new, gone or
    /// stamped otherwise; <see cref="Remembered"/> then still answers once the folder is read. A file rewritten with its
    /// length and last write kept is the one case this misses, and the analysis after it publishes what it finds.
    /// </summary>
    public RememberedDiagnostics? RememberedBeforeReading(IReadOnlyDictionary<string, string> open)
    {
        if (_rememberedAsked || !_cached)
        {
            return null;
        }

        // The folder walked while the cache is still being read (since the workspace was made).
        var onDisk = DiskFiles().Where(p => !open.ContainsKey(p)).ToList();
        if (_cache.Value is not { } cache || cache.Stamps() is not { Count: > 0 } stamps)
        {
            return null;
        }

        var buffers = open.Select(b => (b.Key, StoredText.Of(b.Key, b.Value, open: true, digest: true).ContentDigest()));
        var shards = ShardAssemblies.Read(ReferencedAssemblyList.Find(Folder));
        var remembered = StampedFolder.Digest(stamps, onDisk, buffers, Folder, shards) is { } folder ? cache.Remembered(folder) : null;
        _rememberedAsked = remembered is not null;
        return remembered;
    }

    /// <summary>The editor's buffers now (the workspace's open files and their text).</summary>
    public IReadOnlyDictionary<string, string> OpenBuffers()
    {
        lock (_gate)
        {
            return new Dictionary<string, string>(_open, StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// Keeps the last complete analysis in the cache (what changed since the cache was read), for the next start; after
    /// the first analysis, and at the end of the session.
    /// </summary>
    public void SaveCache()
    {
        lock (_saving)
        {
            if (Cache is { } cache && _lastComplete is { } last)
            {
                cache.Save(DigestOf(last.Texts, last.Shards), last.State, last.Texts.Keys, DiskStamps());
            }
        }
    }

    /// <summary>
    /// Applies the changes made since the last analysis and returns the workspace as analysed. A cancelled analysis
    /// loses nothing: changes it had not applied are applied by the next, and files it had not re-checked are too.
    /// </summary>
    public Snapshot Analyze(CancellationToken cancellationToken = default) => Analyze(AnalysisProgress.None, cancellationToken);

    /// <summary>
    /// As <see cref="Analyze(CancellationToken)"/>, checking the files <paramref name="progress"/> names first, and
    /// telling it of the workspace once every model and id is settled, and of each group of files once checked.
    /// </summary>
    public Snapshot Analyze(AnalysisProgress progress, CancellationToken cancellationToken = default)
    {
        _analysing.Wait(cancellationToken);
        try
        {
            List<FileChange> changes;
            ReferencedShards? shards;
            ReferencedShards allShards;
            ImmutableDictionary<string, StoredText> texts;
            lock (_gate)
            {
                changes = _pending.Values.ToList();
                _pending.Clear();
                texts = _texts;
                shards = _shardsChanged ? _shards : null;
                allShards = _shards;
                _shardsChanged = false;
            }

            var analysis = _analysis ??= new FolderAnalysis(Folder, _shards, _cache.Value);
            AnalysisUpdate update;
            try
            {
                update = analysis.Apply(changes, Engine(progress, texts), shards, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Nothing was applied: the changes wait for the next analysis, behind any newer change of the same file.
                lock (_gate)
                {
                    foreach (var change in changes.Where(c => !_pending.ContainsKey(c.Path)))
                    {
                        _pending[change.Path] = change;
                    }

                    _shardsChanged |= shards is not null;
                }

                throw;
            }

            var state = analysis.State;
            var symbols = _symbols = SymbolIndex.Of(state, _symbols);

            // Beside the requests: completion finds the ids of each kind in order.
            _ = Task.Run(symbols.Prepare, CancellationToken.None);
            _touched.UnionWith(update.Touched);
            if (!update.Complete)
            {
                // Stopped part-way: what it did is kept, and the next analysis finishes it and publishes both.
                throw new OperationCanceledException(cancellationToken);
            }

            var touched = _touched.ToList();
            _touched.Clear();
            Analyses++;
            LastUpdate = update;
            _lastComplete = new Completed(texts, allShards, state);

            return new Snapshot(state, _symbols, new TextView(texts), touched);
        }
        finally
        {
            _analysing.Release();
        }
    }


    /// <summary>The engine's view of the progress: the settled state as a snapshot requests can read for ids and models.</summary>
    private UpdateProgress Engine(AnalysisProgress progress, ImmutableDictionary<string, StoredText> texts) =>
        progress.Settled is null && progress.Checked is null
            ? new UpdateProgress(progress.First)
            : new UpdateProgress(
                progress.First,
                state => progress.Settled?.Invoke(new Snapshot(state, _symbols = SymbolIndex.Of(state, _symbols), new TextView(texts), [])),
                progress.Checked);

    /// <summary>Every annotation and article under the folder on disk.</summary>
    private List<string> DiskFiles() =>
        Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories).Select(p => p.Replace('\\', '/')).Where(Contains).ToList()
            : [];

    /// <summary>The stamp and content digest of each file as last read from disk, where both were taken.</summary>
    private Dictionary<string, StampedContent> DiskStamps()
    {
        lock (_gate)
        {
            return _disk.Where(d => d.Value.Stamp is not null && d.Value.Content is not null)
                .ToDictionary(d => d.Key, d => new StampedContent(d.Value.Stamp!.Value, d.Value.Content!.Value), StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// The digest of everything an analysis of these texts reads: each file (its digest taken as it was read), the
    /// folder, the referenced datasets.
    /// </summary>
    private Annotations.Caching.Digest DigestOf(ImmutableDictionary<string, StoredText> texts, ReferencedShards shards) =>
        AnalysisCache.FolderDigest(texts.Select(t => (t.Key, t.Value.ContentDigest())), Folder, shards);

    /// <summary>Notes a file as changed with its current text, the open buffer's or the disk's (under the gate).</summary>
    private void Changed(string path, string? text)
    {
        var texts = _texts.ToBuilder();
        Changed(path, text, texts);
        _texts = texts.ToImmutable();
    }

    /// <param name="path">The file.</param>
    /// <param name="text">Its text, unless it is held as UTF-8 alone.</param>
    /// <param name="texts">The workspace's texts, changed.</param>
    /// <param name="utf8">A file read from disk as UTF-8 and not decoded.</param>
    private void Changed(string path, string? text, ImmutableDictionary<string, StoredText>.Builder texts, byte[]? utf8 = null)
    {
        var open = _open.ContainsKey(path);
        var exists = open || _disk.ContainsKey(path);
        var stored = open ? StoredText.Of(path, text, open: true, digest: _cached) : _disk.GetValueOrDefault(path);
        _pending[path] = !exists ? FileChange.Remove(path)
            : !open && (stored.Utf8 ?? utf8) is { } bytes ? FileChange.WriteUtf8(path, bytes)
            : FileChange.Write(path, text);
        if (exists)
        {
            texts[path] = stored;
        }
        else
        {
            texts.Remove(path);
        }
    }

    /// <summary>A complete analysis and what it read.</summary>
    private sealed record Completed(ImmutableDictionary<string, StoredText> Texts, ReferencedShards Shards, FolderState State);
}
