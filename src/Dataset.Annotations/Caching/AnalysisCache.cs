using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Dataset.Annotations.Coverage;
using Dataset.Annotations.Text;
using Dataset.Annotations.Model;
using Dataset.Annotations.Pipeline;
using Dataset.Annotations.Shards;
using Dataset.Annotations.Validation;

namespace Dataset.Annotations.Caching;

/// <summary>
/// The results of a folder's costly per-file stages kept from one run of the tool to the next (the language server's
/// starts, <c>dataset validate</c>), in one file (<see cref="CacheFile"/>). Each result is filed under the digest of
/// everything its stage read, so an entry is found only for an input equal to the one it was computed from: a parse
/// under the file's path and text, an evidence check under the article and the requests naming it, a file's check
/// under its slice of the dataset (its own model and every entry, problem, evidence and link of others it reads), a
/// coverage under its input and the declared names. The file also remembers the diagnostics of the last complete
/// analysis under the digest of the whole folder (<see cref="FolderDigest"/>), and each file's stamp with the digest of
/// what was read (<see cref="Stamps"/>), so that a start can find the folder's digest without reading its files.
/// </summary>
/// <remarks>
/// Stages may ask from several threads at once. An entry that does not read is computed again. A save keeps the
/// results this run used or computed (the latest per file and stage) and, for <see cref="CacheFile.MaxAge"/> saves,
/// those another run left that this one did not use.
/// </remarks>
internal sealed class AnalysisCache : IStageCache, InputCodec.IShared
{
    // One writer for each key being written, another for a content's digest taken while a key is written.
    [ThreadStatic]
    private static CacheWriter? _keyWriter;

    [ThreadStatic]
    private static CacheWriter? _contentWriter;

    private readonly string _file;
    private readonly string _folder;
    private readonly ConcurrentDictionary<(CacheStage Stage, string Path), Live> _live = new();
    private readonly ConditionalWeakTable<string, Boxed> _contents = new();
    private readonly ConditionalWeakTable<AnnotationFile, Boxed> _models = new();
    private readonly ConditionalWeakTable<ArticleText, Boxed> _articles = new();
    private readonly ConditionalWeakTable<ActorNames, Boxed> _names = new();
    private readonly int[] _reused = new int[(int)CacheStage.Stamps + 1];
    private readonly int[] _computed = new int[(int)CacheStage.Stamps + 1];
    private readonly Digest _stampsKey;
    private IReadOnlyDictionary<string, StampedContent>? _savedStamps;
    private Dictionary<(CacheStage, Digest), CacheEntry>? _loaded;
    private readonly object _saving = new();
    private Digest? _rememberedFolder;
    private int _unsaved;

    private AnalysisCache(string file, string folder, IEnumerable<CacheEntry> entries)
    {
        _file = file;
        _folder = folder;
        var w = new CacheWriter();
        w.Byte((byte)CacheStage.Stamps);
        w.Text(folder);
        _stampsKey = w.Digest();
        _loaded = new Dictionary<(CacheStage, Digest), CacheEntry>();
        foreach (var entry in entries)
        {
            _loaded[(entry.Stage, entry.Key)] = entry;
        }
    }

    /// <summary>Where the cache is kept.</summary>
    public string FilePath => _file;

    /// <summary>Reads the cache of <paramref name="folder"/> from <paramref name="file"/>; empty when there is none to trust.</summary>
    public static AnalysisCache Open(string file, string folder) => new(file, folder, CacheFile.Read(file, folder));

    /// <summary>How many results of a stage came from the cache.</summary>
    public int Reused(CacheStage stage) => Volatile.Read(ref _reused[(int)stage]);

    /// <summary>How many results of a stage were computed: not in the cache, or not readable there.</summary>
    public int Computed(CacheStage stage) => Volatile.Read(ref _computed[(int)stage]);

    public AnnotationFile Parse(FileChange change, Func<string, string?, AnnotationFile> parse)
    {
        var path = change.Path;
        var content = change.Text is null && change.Utf8 is { } utf8 ? ContentOfUtf8(utf8) : ContentOf(change.Text);
        var w = Writer();
        w.Byte((byte)CacheStage.Parse);
        w.String(path);
        w.Digest(content);
        var key = w.Digest();
        var file = Find(CacheStage.Parse, key, ModelCodec.ReadFile) ?? Computed(CacheStage.Parse, () => parse(path, change.DecodedText()));
        _models.GetValue(file, _ => new Boxed(key));
        _live[(CacheStage.Parse, path)] = new Live(key, file);
        return file;
    }

    public CheckedEvidence CheckEvidence(EvidenceWork work, Func<EvidenceWork, CheckedEvidence> check) =>
        Through(CacheStage.Evidence, work.Text.Path, work, Written<EvidenceWork>(InputCodec.Write), r => ResultCodec.ReadEvidence(r, work.Text), check);

    public ValidatedFile Validate(FileSlice slice, Func<FileSlice, ValidatedFile> validate) =>
        Through(CacheStage.Check, slice.File.Path, slice, (w, input) => InputCodec.Write(w, input, this), r => ResultCodec.ReadValidated(r, slice), validate);

    public CoverageReport Cover(CoverInput input, Func<CoverInput, CoverageReport> cover) =>
        Through(CacheStage.Coverage, input.Input.Text.Path, input, Written<CoverInput>(InputCodec.Write), ResultCodec.ReadCoverage, cover);

    /// <summary>
    /// The digest of everything an analysis of a folder reads: each file's path and content (null for one that could
    /// not be read), the folder record paths are relative to, and the referenced datasets' manifests.
    /// </summary>
    public static Digest FolderDigest(IEnumerable<(string Path, Digest Content)> files, string baseDirectory, ReferencedShards shards)
    {
        var sorted = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var w = Writer();
        w.Byte((byte)CacheStage.Diagnostics);
        w.String(baseDirectory);
        InputCodec.Write(w, shards);
        foreach (var (path, content) in sorted)
        {
            // Each path once: written in full, without the table that shares repeated strings.
            w.Text(path);
            w.Digest(content);
        }

        return w.Digest();
    }

    /// <summary>The diagnostics a complete analysis found of a folder with this digest, when the cache has them.</summary>
    public RememberedDiagnostics? Remembered(Digest folder) => Find(CacheStage.Diagnostics, folder, ReadRemembered);

    /// <summary>The stamps the last save kept, by path (none once the entries read at the start are let go).</summary>
    public IReadOnlyDictionary<string, StampedContent> Stamps() =>
        Find(CacheStage.Stamps, _stampsKey, ReadStamps) ?? new Dictionary<string, StampedContent>(StringComparer.Ordinal);

    /// <summary>
    /// Keeps a complete analysis: its diagnostics under the folder's digest, the results this run used or computed,
    /// and the files' <paramref name="stamps"/> when given. Written only when there is something the file lacks; then
    /// the entries read at the start are let go.
    /// </summary>
    public void Save(Digest folder, FolderState state, IEnumerable<string> paths, IReadOnlyDictionary<string, StampedContent>? stamps = null)
    {
        lock (_saving)
        {
            if (stamps is not null && !SameStamps(stamps, _savedStamps ?? Stamps()))
            {
                Interlocked.Increment(ref _unsaved);
            }

            RememberedDiagnostics? remembered = null;
            if (_rememberedFolder != folder && _loaded?.ContainsKey((CacheStage.Diagnostics, folder)) != true)
            {
                var files = paths.Distinct(StringComparer.Ordinal).ToDictionary(p => p, state.DiagnosticsOf, StringComparer.Ordinal);
                remembered = new RememberedDiagnostics(files);
                Interlocked.Increment(ref _unsaved);
            }

            if (Interlocked.Exchange(ref _unsaved, 0) > 0)
            {
                Write(folder, remembered, stamps);
            }

            _savedStamps = stamps ?? _savedStamps;

            _rememberedFolder = folder;
            _loaded = null;
        }
    }

    /// <summary>
    /// Keeps the files' stamps after a run that found the folder's diagnostics remembered (so analysed nothing), when
    /// they differ from those kept: a file touched but not changed is then found by its stamp the next time. Every other
    /// entry is kept as it is, no older: the remembered diagnostics stand for the analysis that made them.
    /// </summary>
    public void KeepStamps(IReadOnlyDictionary<string, StampedContent> stamps)
    {
        lock (_saving)
        {
            if (!SameStamps(stamps, _savedStamps ?? Stamps()))
            {
                Write(default, remembered: null, stamps, age: false);
                _savedStamps = stamps;
                _loaded = null;
            }
        }
    }

    /// <summary>The digest of a file's content: of its UTF-8 bytes (UTF-16 for a string UTF-8 cannot hold), or of nothing.</summary>
    public Digest ContentOf(string? text)
    {
        return text is null ? ContentDigest(null) : _contents.GetValue(text, t => new Boxed(ContentDigest(t))).Digest;
    }

    /// <summary>The digest of an article's content, taken once for each, from its UTF-8 when it holds it so.</summary>
    public Digest ContentOf(ArticleText article) =>
        _articles.GetValue(article, a => new Boxed(a.Utf8 is { } utf8 ? ContentOfUtf8(utf8) : ContentDigest(a.Content))).Digest;

    /// <summary>The digest of a content already held as UTF-8: equal to <see cref="ContentOf(string?)"/> of its text.</summary>
    public static Digest ContentOfUtf8(byte[] utf8)
    {
        var w = ContentWriter();
        w.Byte(1);
        w.UInt((uint)utf8.Length);
        w.Bytes(utf8);
        return w.Digest();
    }

    Digest? InputCodec.IShared.ModelOf(AnnotationFile file) => _models.TryGetValue(file, out var key) ? key.Digest : null;

    Digest InputCodec.IShared.NamesOf(ActorNames names) => _names.GetValue(names, n =>
    {
        var w = new CacheWriter();
        InputCodec.Write(w, n);
        return new Boxed(w.Digest());
    }).Digest;

    /// <summary>The digest of a file's content, as <see cref="ContentOf(string?)"/> takes it, without keeping it.</summary>
    public static Digest ContentDigest(string? text)
    {
        var w = ContentWriter();
        if (text is null)
        {
            w.Byte(0);
        }
        else if (!w.StrictUtf8(text))
        {
            w.Reset();
            w.Byte(2);
            w.Utf16(text);
        }

        return w.Digest();
    }

    private static CacheWriter Writer()
    {
        var w = _keyWriter ??= new CacheWriter();
        w.Reset();
        return w;
    }

    private static CacheWriter ContentWriter()
    {
        var w = _contentWriter ??= new CacheWriter();
        w.Reset();
        return w;
    }

    /// <summary>An input writer that always has a digest to write, as one that may not (<see cref="Through"/> takes either).</summary>
    private Func<CacheWriter, TInput, bool> Written<TInput>(Action<CacheWriter, TInput, InputCodec.IShared> write) =>
        (w, input) =>
        {
            write(w, input, this);
            return true;
        };

    private T Through<TInput, T>(
        CacheStage stage,
        string path,
        TInput input,
        Func<CacheWriter, TInput, bool> write,
        Func<CacheReader, T> read,
        Func<TInput, T> compute)
        where T : class
    {
        var w = Writer();
        w.Byte((byte)stage);
        if (!write(w, input))
        {
            // An input whose digest is unknown is computed, never filed.
            return compute(input);
        }

        var key = w.Digest();
        var result = Find(stage, key, read) ?? Computed(stage, () => compute(input));
        _live[(stage, path)] = new Live(key, result);
        return result;
    }

    private T? Find<T>(CacheStage stage, Digest key, Func<CacheReader, T> read)
        where T : class
    {
        if (_loaded is not { } loaded || !loaded.TryGetValue((stage, key), out var entry))
        {
            return null;
        }

        try
        {
            var r = new CacheReader(entry.Bytes, entry.Offset, entry.Length);
            var value = read(r);
            if (!r.AtEnd)
            {
                return null;
            }

            Interlocked.Increment(ref _reused[(int)stage]);
            return value;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private T Computed<T>(CacheStage stage, Func<T> compute)
    {
        Interlocked.Increment(ref _computed[(int)stage]);
        Interlocked.Increment(ref _unsaved);
        return compute();
    }

    private static bool SameStamps(IReadOnlyDictionary<string, StampedContent> stamps, IReadOnlyDictionary<string, StampedContent> saved) =>
        stamps.Count == saved.Count && stamps.All(s => saved.TryGetValue(s.Key, out var kept) && kept == s.Value);

    private static Dictionary<string, StampedContent> ReadStamps(CacheReader r)
    {
        var count = r.Count();
        var stamps = new Dictionary<string, StampedContent>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var path = r.Required();
            var stamp = new FileStamp(checked((long)r.ULong()), checked((long)r.ULong()));
            stamps[path] = new StampedContent(stamp, r.Digest());
        }

        return stamps;
    }

    private static void WriteStamps(CacheWriter w, IReadOnlyDictionary<string, StampedContent> stamps)
    {
        w.UInt((uint)stamps.Count);
        foreach (var stamp in stamps.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            w.String(stamp.Key);
            w.ULong((ulong)stamp.Value.Stamp.Length);
            w.ULong((ulong)stamp.Value.Stamp.LastWriteTicks);
            w.Digest(stamp.Value.Content);
        }
    }

    private static RememberedDiagnostics ReadRemembered(CacheReader r)
    {
        var count = r.Count();
        var files = new Dictionary<string, FileDiagnostics>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            files[r.Required()] = new FileDiagnostics(r.List(ModelCodec.Diagnostic), r.List(ModelCodec.Diagnostic));
        }

        return new RememberedDiagnostics(files);
    }

    private static void WriteRemembered(CacheWriter w, RememberedDiagnostics remembered)
    {
        w.UInt((uint)remembered.Files.Count);
        foreach (var file in remembered.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            w.String(file.Key);
            w.List(file.Value.Checked, ModelCodec.Diagnostic);
            w.List(file.Value.Coverage, ModelCodec.Diagnostic);
        }
    }

    /// <summary>This run's entries, then those of the file that this run did not use, one save older.</summary>
    private void Write(Digest folder, RememberedDiagnostics? remembered, IReadOnlyDictionary<string, StampedContent>? stamps, bool age = true)
    {
        // What the file held when this run read it, else (once let go) what it holds now.
        var stored = _loaded;
        if (stored is null)
        {
            stored = new Dictionary<(CacheStage, Digest), CacheEntry>();
            foreach (var entry in CacheFile.Read(_file, _folder))
            {
                stored[(entry.Stage, entry.Key)] = entry;
            }
        }

        var own = new Dictionary<(CacheStage, Digest), Action<CacheWriter>>();
        foreach (var live in _live)
        {
            own[(live.Key.Stage, live.Value.Key)] = w => Encode(w, live.Value.Result);
        }

        if (remembered is not null)
        {
            own[(CacheStage.Diagnostics, folder)] = w => WriteRemembered(w, remembered);
        }
        else if (stored.TryGetValue((CacheStage.Diagnostics, folder), out var kept))
        {
            // The folder's diagnostics are in the file already, and this run's: as young as its results.
            own[(CacheStage.Diagnostics, folder)] = Copy(kept);
        }

        if (stamps is not null)
        {
            own[(CacheStage.Stamps, _stampsKey)] = w => WriteStamps(w, stamps);
        }

        var entries = new List<PendingEntry>();
        foreach (var entry in own)
        {
            // A result already on disk is copied as it is, not encoded again; the stamps, filed under the folder
            // alone rather than under what they hold, are always this run's.
            var write = entry.Key.Item1 != CacheStage.Stamps && stored.TryGetValue(entry.Key, out var same) ? Copy(same) : entry.Value;
            entries.Add(new PendingEntry(entry.Key.Item1, entry.Key.Item2, 0, write));
        }

        foreach (var old in stored.Values.Where(e => !own.ContainsKey((e.Stage, e.Key)) && (!age || e.Age < CacheFile.MaxAge)))
        {
            entries.Add(new PendingEntry(old.Stage, old.Key, (byte)(age ? old.Age + 1 : old.Age), Copy(old)));
        }

        CacheFile.Write(_file, _folder, entries);
    }

    private static Action<CacheWriter> Copy(CacheEntry entry) => w => w.Bytes(entry.Bytes, entry.Offset, entry.Length);

    private static void Encode(CacheWriter w, object result)
    {
        switch (result)
        {
            case AnnotationFile file:
                ModelCodec.Write(w, file);
                break;
            case CheckedEvidence evidence:
                ResultCodec.Write(w, evidence);
                break;
            case ValidatedFile validated:
                ResultCodec.Write(w, validated);
                break;
            case CoverageReport report:
                ResultCodec.Write(w, report);
                break;
        }
    }

    /// <summary>The latest result of a stage for one file, and the digest it is filed under.</summary>
    private sealed record Live(Digest Key, object Result);

    private sealed class Boxed(Digest digest)
    {
        public Digest Digest => digest;
    }
}
