using Dataset.Annotations.Paths;
using Dataset.Annotations.Pipeline;
using Dataset.Annotations.Shards;

namespace Dataset.LanguageServer.Workspace;

/// <summary>
/// The annotations folder as the editor sees it: the files on disk, with each open buffer in place of its file (unsaved
/// text counts), analysed by the engine's own pipeline. Each analysis reuses the parse of every annotation and the
/// evidence check of every article whose input did not change, so an edit redoes what that file feeds.
/// </summary>
internal sealed class AnnotationWorkspace
{
    private readonly Dictionary<string, string?> _disk = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _open = new(StringComparer.Ordinal);
    private readonly FolderRunCache _cache = new();
    private readonly object _gate = new();
    private ReferencedShards _shards = ReferencedShards.None;

    public AnnotationWorkspace(string folder)
    {
        Folder = Path.GetFullPath(folder).Replace('\\', '/').TrimEnd('/');
    }

    /// <summary>The annotations folder: every *.yaml, *.yml and *.txt under it belongs to the workspace.</summary>
    public string Folder { get; }

    public bool Contains(string path) => WorkspacePaths.IsUnder(path, Folder) && (ArticlePaths.IsAnnotation(path) || ArticlePaths.IsArticleText(path));

    /// <summary>Reads the folder from disk, and the datasets its project references (from its last build).</summary>
    public void Load()
    {
        var files = Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories).Select(p => p.Replace('\\', '/')).Where(Contains).ToList()
            : [];
        var shards = ShardAssemblies.Read(ReferencedAssemblyList.Find(Folder));
        lock (_gate)
        {
            _disk.Clear();
            foreach (var path in files)
            {
                _disk[path] = ReadDisk(path);
            }

            _shards = shards;
        }
    }

    public void Open(string path, string text)
    {
        lock (_gate)
        {
            _open[path] = text;
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
        lock (_gate)
        {
            if (File.Exists(path))
            {
                _disk[path] = ReadDisk(path);
            }
            else
            {
                _disk.Remove(path);
            }
        }
    }

    /// <summary>The text of a file as the editor has it: its open buffer, else the disk.</summary>
    public string? Text(string path)
    {
        lock (_gate)
        {
            return _open.TryGetValue(path, out var open) ? open : _disk.GetValueOrDefault(path);
        }
    }

    /// <summary>Analyses the folder as it is now; a cancelled analysis (a newer edit made it stale) stops between its steps.</summary>
    public Snapshot Analyze(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Dictionary<string, string?> texts;
        ReferencedShards shards;
        lock (_gate)
        {
            texts = new Dictionary<string, string?>(_disk, StringComparer.Ordinal);
            foreach (var (path, text) in _open.Where(o => Contains(o.Key)))
            {
                texts[path] = text;
            }

            shards = _shards;
        }

        var run = new FolderRun(texts.OrderBy(t => t.Key, StringComparer.Ordinal), Folder, shards, _cache);
        cancellationToken.ThrowIfCancellationRequested();
        _cache.Parses.Keep(texts.Keys);
        _cache.Evidence.Keep(texts.Keys);
        _cache.Coverage.Keep(texts.Keys);
        _cache.Validated.Keep(texts.Keys);
        _cache.Declarations.Keep(texts.Keys);
        return new Snapshot(run, texts);
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
