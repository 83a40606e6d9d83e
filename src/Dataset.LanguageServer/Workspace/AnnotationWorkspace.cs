using System.Collections.Immutable;
using Dataset.Annotations.Paths;
using Dataset.Annotations.Pipeline;
using Dataset.Annotations.Shards;

namespace Dataset.LanguageServer.Workspace;

/// <summary>
/// The annotations folder as the editor sees it: the files on disk, with each open buffer in place of its file (unsaved
/// text counts), analysed by the engine's incremental <see cref="FolderAnalysis"/>. Edits are gathered as changes and
/// each analysis applies those made since the last one, so its work follows what changed, not the size of the folder.
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
    private SymbolIndex _symbols = SymbolIndex.Empty;
    private ReferencedShards _shards = ReferencedShards.None;
    private bool _shardsChanged;

    public AnnotationWorkspace(string folder)
    {
        Folder = Path.GetFullPath(folder).Replace('\\', '/').TrimEnd('/');
    }

    /// <summary>The annotations folder: every *.yaml, *.yml and *.txt under it belongs to the workspace.</summary>
    public string Folder { get; }

    /// <summary>How many analyses have run to the end (for tests: a burst of changes costs one).</summary>
    public int Analyses { get; private set; }

    /// <summary>What the last analysis did, counted per file.</summary>
    public AnalysisUpdate? LastUpdate { get; private set; }

    public bool Contains(string path) => WorkspacePaths.IsUnder(path, Folder) && (ArticlePaths.IsAnnotation(path) || ArticlePaths.IsArticleText(path));

    /// <summary>Reads the folder from disk, and the datasets its project references (from its last build).</summary>
    public void Load()
    {
        var files = Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories).Select(p => p.Replace('\\', '/')).Where(Contains).ToList()
            : [];
        var read = files.AsParallel().Select(path => (Path: path, Text: ReadDisk(path))).ToList();
        var shards = ShardAssemblies.Read(ReferencedAssemblyList.Find(Folder));
        lock (_gate)
        {
            foreach (var gone in _disk.Keys.Except(files, StringComparer.Ordinal).ToList())
            {
                _disk.Remove(gone);
                Changed(gone, _open.GetValueOrDefault(gone));
            }

            foreach (var (path, text) in read)
            {
                _disk[path] = StoredText.Of(path, text, open: false);
                Changed(path, text);
            }

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
        var text = exists ? ReadDisk(path) : null;
        lock (_gate)
        {
            if (exists)
            {
                _disk[path] = StoredText.Of(path, text, open: false);
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
            return _open.TryGetValue(path, out var open) ? open : _disk.GetValueOrDefault(path).Value;
        }
    }

    /// <summary>
    /// Applies the changes made since the last analysis and returns the workspace as analysed. A cancelled analysis
    /// loses nothing: changes it had not applied are applied by the next, and files it had not re-checked are too.
    /// </summary>
    public Snapshot Analyze(CancellationToken cancellationToken = default)
    {
        _analysing.Wait(cancellationToken);
        try
        {
            List<FileChange> changes;
            ReferencedShards? shards;
            ImmutableDictionary<string, StoredText> texts;
            lock (_gate)
            {
                changes = _pending.Values.ToList();
                _pending.Clear();
                texts = _texts;
                shards = _shardsChanged ? _shards : null;
                _shardsChanged = false;
            }

            var analysis = _analysis ??= new FolderAnalysis(Folder, _shards);
            var modelsBefore = analysis.Annotations;
            AnalysisUpdate update;
            try
            {
                update = analysis.Apply(changes, shards, cancellationToken);
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
            var removed = new HashSet<string>(update.Removed, StringComparer.Ordinal);
            _symbols = _symbols.Replace(update.Parsed.Concat(update.Removed).Where(ArticlePaths.IsAnnotation)
                .Select(path => (modelsBefore.GetValueOrDefault(path), removed.Contains(path) ? null : state.Annotations.GetValueOrDefault(path))).ToList());

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
            return new Snapshot(state, _symbols, new TextView(texts), touched);
        }
        finally
        {
            _analysing.Release();
        }
    }


    /// <summary>Notes a file as changed with its current text, the open buffer's or the disk's (under the gate).</summary>
    private void Changed(string path, string? text)
    {
        var open = _open.ContainsKey(path);
        var exists = open || _disk.ContainsKey(path);
        _pending[path] = exists ? FileChange.Write(path, text) : FileChange.Remove(path);
        _texts = exists ? _texts.SetItem(path, open ? StoredText.Of(path, text, open: true) : _disk[path]) : _texts.Remove(path);
    }

    private static string? ReadDisk(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
