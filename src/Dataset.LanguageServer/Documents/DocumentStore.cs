namespace Dataset.LanguageServer.Documents;

/// <summary>
/// The documents as the client has sent them, in order and by version. Each accepted change advances the revision by
/// one; a didChange whose version is not newer than the one held is dropped. The changes wait here until an analysis
/// takes them all at once, so a burst of edits (or of watched files) costs one analysis, not one each.
/// </summary>
internal sealed class DocumentStore
{
    private readonly object _gate = new();
    private readonly Dictionary<string, OpenDocument> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _changedAt = new(StringComparer.Ordinal);
    private List<WorkspaceChange> _pending = [];
    private long _revision;
    private long _loadedAt;

    /// <summary>The revision of the latest accepted change (0 before any).</summary>
    public long Revision
    {
        get
        {
            lock (_gate)
            {
                return _revision;
            }
        }
    }

    /// <summary>didOpen: the client's text and version, whatever was held before.</summary>
    public void Open(string path, int version, string text)
    {
        lock (_gate)
        {
            var revision = Advance(path, new BufferChange(path, text));
            _open[path] = new OpenDocument(version, text, revision);
        }
    }

    /// <summary>didChange with the whole text: accepted when its version is newer than the one held.</summary>
    /// <returns>False when the change was dropped as older.</returns>
    public bool Change(string path, int version, string text)
    {
        lock (_gate)
        {
            if (_open.TryGetValue(path, out var held) && version <= held.Version)
            {
                return false;
            }

            var revision = Advance(path, new BufferChange(path, text));
            _open[path] = new OpenDocument(version, text, revision);
            return true;
        }
    }

    public void Close(string path)
    {
        lock (_gate)
        {
            _open.Remove(path);
            Advance(path, new CloseChange(path));
        }
    }

    /// <summary>Files changed on disk, as one change: however many there are, one revision.</summary>
    public void Refresh(IReadOnlyCollection<string> paths)
    {
        if (paths.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            _revision++;
            foreach (var path in paths)
            {
                _changedAt[path] = _revision;
                _pending.Add(new DiskChange(path));
            }
        }
    }

    /// <summary>The whole folder is read from disk.</summary>
    public void Load()
    {
        lock (_gate)
        {
            _loadedAt = ++_revision;
            _pending.Add(new LoadChange());
        }
    }

    /// <summary>The open document at a path, or null when the client does not have it open.</summary>
    public OpenDocument? Find(string path)
    {
        lock (_gate)
        {
            return _open.GetValueOrDefault(path);
        }
    }

    /// <summary>The revision an analysis must have reached to include a file as the client has it now.</summary>
    public long RevisionOf(string path)
    {
        lock (_gate)
        {
            return Math.Max(_loadedAt, _changedAt.GetValueOrDefault(path));
        }
    }

    /// <summary>Every change waiting, for the analysis of the current revision.</summary>
    public PendingChanges TakePending()
    {
        lock (_gate)
        {
            var changes = _pending;
            _pending = [];
            return new PendingChanges(_revision, changes, _open.ToDictionary(o => o.Key, o => o.Value.Version, StringComparer.Ordinal));
        }
    }

    private long Advance(string path, WorkspaceChange change)
    {
        _revision++;
        _changedAt[path] = _revision;
        _pending.Add(change);
        return _revision;
    }
}
