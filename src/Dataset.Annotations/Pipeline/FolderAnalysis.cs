using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Coverage;
using Dataset.Annotations.Text;
using Dataset.Annotations.Events;
using Dataset.Annotations.Model;
using Dataset.Annotations.Paths;
using Dataset.Annotations.Shards;
using Dataset.Annotations.Validation;

namespace Dataset.Annotations.Pipeline;

/// <summary>
/// The build's steps (<see cref="AnnotationStages"/>) over a folder, kept up to date file by file: what the tool, apps
/// and the language server read. Each result remembers what it was computed from, and an update recomputes only the
/// results whose inputs changed, as the build's incremental generator does: an edit of one statement's summary parses
/// and validates that file alone; a renamed actor validates the files whose slice of the dataset it changes; an edited
/// article re-locates its own evidence and measures its own coverage. <see cref="FolderRun"/> is one update from nothing.
/// </summary>
/// <remarks>
/// One update at a time (the caller serialises them). Cancelling an update leaves the analysis whole: what it had not
/// yet validated or covered is remembered and done by the next update.
/// </remarks>
internal sealed class FolderAnalysis : IDatasetView
{
    /// <summary>Below this many files an update parses on one thread: starting the parallel query costs more.</summary>
    private const int ParallelFrom = 16;

    private readonly Dictionary<string, AnnotationInputs> _inputs = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, ArticleText> _texts = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, SortedDictionary<string, EvidenceRequest>> _requestsByText = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, EvidenceWork> _work = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, CheckedEvidence> _checked = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, EquatableArray<LocatedSite>> _duplicated = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, int> _actorReferences = new(System.StringComparer.Ordinal);
    private readonly Dictionary<Reference, List<string>> _referrers = new();
    private readonly HashSet<string> _readsEveryId = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, FileSlice> _slices = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, CoverInput> _coverInputs = new(System.StringComparer.Ordinal);
    private readonly LinkState _links = new();
    private readonly HashSet<string> _pendingValidation = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _pendingCoverage = new(System.StringComparer.Ordinal);

    /// <summary>Articles whose text or requests changed and whose evidence is not yet located again.</summary>
    private readonly HashSet<string> _pendingTexts = new(System.StringComparer.Ordinal);
    private ImmutableDictionary<string, EvidenceForFile> _evidence = ImmutableDictionary.Create<string, EvidenceForFile>(System.StringComparer.Ordinal);
    private EquatableArray<string> _textPaths = EquatableArray<string>.Empty;
    private ActorNames _names = new(System.Array.Empty<string>());
    private readonly IStageCache _cache;
    private ReferencedShards _shards;

    /// <param name="baseDirectory">The folder record sources are relative to.</param>
    /// <param name="shards">The referenced datasets, whose ids resolve here.</param>
    /// <param name="cache">Where results of an earlier run may be found; by default every stage runs.</param>
    public FolderAnalysis(string baseDirectory = "", ReferencedShards? shards = null, IStageCache? cache = null)
    {
        BaseDirectory = ArticlePaths.Normalize(baseDirectory);
        _shards = shards ?? ReferencedShards.None;
        _cache = cache ?? NoStageCache.Instance;
        Ids = AnnotationStages.BuildIdIndex(ImmutableArray<FileDeclarations>.Empty, _shards, CancellationToken.None);
    }

    public string BaseDirectory { get; }

    public IdIndex Ids { get; private set; }

    /// <summary>The analysis as the last update left it.</summary>
    public FolderState State => new(Annotations, Ids, _evidence, Validated, Coverage);

    /// <summary>Every annotation's model, by path (in path order).</summary>
    public ImmutableSortedDictionary<string, AnnotationFile> Annotations { get; private set; } = ImmutableSortedDictionary.Create<string, AnnotationFile>(
        System.StringComparer.Ordinal);

    /// <summary>Every annotation checked against the rest, by path.</summary>
    public ImmutableSortedDictionary<string, ValidatedFile> Validated { get; private set; } = ImmutableSortedDictionary.Create<string, ValidatedFile>(
        System.StringComparer.Ordinal);

    /// <summary>Every annotated article's coverage, by the article text's path.</summary>
    public ImmutableSortedDictionary<string, CoverageReport> Coverage { get; private set; } = ImmutableSortedDictionary.Create<string, CoverageReport>(
        System.StringComparer.Ordinal);

    /// <summary>The events same-as forms and the links the identity key suggests, as one value.</summary>
    public LinkIndex Links => _links.ToIndex();

    /// <summary>
    /// Applies changed, added and removed files (and a new set of referenced shards), and brings every result up to
    /// date. Cancelled while parsing, it throws and applies nothing; cancelled later, it returns what it did, not
    /// <see cref="AnalysisUpdate.Complete"/>, and the next update finishes the rest.
    /// </summary>
    public AnalysisUpdate Apply(IEnumerable<FileChange> changes, ReferencedShards? shards = null, CancellationToken cancellationToken = default) =>
        Apply(changes, UpdateProgress.None, shards, cancellationToken);

    /// <summary>
    /// As <see cref="Apply(IEnumerable{FileChange}, ReferencedShards?, CancellationToken)"/>, checking the files
    /// <paramref name="progress"/> names first and telling it when the indexes are settled and as files are checked.
    /// </summary>
    public AnalysisUpdate Apply(
        IEnumerable<FileChange> changes,
        UpdateProgress progress,
        ReferencedShards? shards = null,
        CancellationToken cancellationToken = default)
    {
        var latest = new Dictionary<string, FileChange>(System.StringComparer.Ordinal);
        foreach (var change in changes)
        {
            var path = ArticlePaths.Normalize(change.Path);
            latest[path] = change with { Path = path };
        }

        // Parsing is the one step that reads a whole file: done first, and where cancelling costs nothing.
        var parsed = Parse(latest.Values.Where(c => ArticlePaths.IsAnnotation(c.Path) && !c.Removed).ToList(), cancellationToken);
        var removedAnnotations = latest.Values.Where(c => c.Removed && _inputs.ContainsKey(c.Path)).Select(c => c.Path).ToList();
        var textChanges = latest.Values.Where(c => ArticlePaths.IsArticleText(c.Path)).ToList();

        var settle = new Settlement(_actorReferences);
        var shardsChanged = shards is not null && !shards.Equals(_shards);
        _shards = shards ?? _shards;
        LinkSettling? linking = null;

        // Every model and id is this update's: what the readers of declarations need, told before the evidence is located.
        void SettleIds()
        {
            UpdateAnnotations(parsed, removedAnnotations, settle);
            UpdateTexts(textChanges, settle);
            UpdateIds(settle, shardsChanged);
            UpdateDuplicated(settle);
            progress.Settled?.Invoke(State);
            if (parsed.Count >= ParallelFrom)
            {
                // Beside the links, rather than at the first check after them; after the state is told, which needs them not.
                Ids.Prepare();
            }

            // Then on to what is left of the links.
            Volatile.Read(ref linking)?.Help();
        }

        // The event links read the parsed facts alone (and the state told holds none): when many files changed, they
        // are settled beside the ids, each kind's and the actors' apart, and the thread that settled the ids takes
        // the parts still left when it is done.
        void Link()
        {
            Volatile.Write(ref linking, _links.Begin(parsed.Select(p => p.Facts), removedAnnotations, CancellationToken.None));
            linking!.Help();
        }

        if (parsed.Count >= ParallelFrom)
        {
            Parallel.Invoke(SettleIds, Link);
        }
        else
        {
            SettleIds();
            Link();
        }

        settle.Reslice.UnionWith(linking!.Finish());
        NoteRequests(settle);
        UpdateNames(settle);
        Reslice(settle);

        // The first group (the files named first, else the first chunk) is checked and measured before the rest, so
        // that its results are told first: only its own articles' evidence is located before, the rest's after.
        var first = FirstGroup(progress.First, settle);
        CheckEvidence(first.Texts, settle);
        Reslice(settle);
        var ordered = progress with { First = first.All };
        var validated = ValidatePending(ordered, firstOnly: true, cancellationToken);
        var covered = CoverPending(ordered, firstOnly: true, cancellationToken);
        CheckEvidence(_pendingTexts.ToList(), settle);
        Reslice(settle);
        validated.AddRange(ValidatePending(ordered, firstOnly: false, cancellationToken));
        covered.AddRange(CoverPending(ordered, firstOnly: false, cancellationToken));
        return new AnalysisUpdate(
            parsed.Select(p => p.File.Path).ToList(),
            validated,
            covered,
            latest.Values.Where(c => c.Removed).Select(c => c.Path).ToList())
        {
            Complete = _pendingValidation.Count == 0 && _pendingCoverage.Count == 0 && _pendingTexts.Count == 0,
        };
    }

    public EquatableArray<LocatedSite> DuplicatedIn(string annotationPath) =>
        _duplicated.TryGetValue(annotationPath, out var sites) ? sites : EquatableArray<LocatedSite>.Empty;

    public bool HasText(string textPath) => ImmutableArray.BinarySearch(_textPaths.AsImmutableArray(), textPath, System.StringComparer.Ordinal) >= 0;

    public EvidenceForFile? EvidenceFor(string annotationPath) => _evidence.TryGetValue(annotationPath, out var found) ? found : null;

    public EquatableArray<LinkSuggestion> SuggestionsIn(string annotationPath) => _links.SuggestionsIn(annotationPath);

    public EquatableArray<LinkContradiction> ContradictionsIn(string annotationPath) => _links.ContradictionsIn(annotationPath);

    private List<AnnotationInputs> Parse(List<FileChange> annotations, CancellationToken cancellationToken)
    {
        AnnotationInputs Read(FileChange change) =>
            AnnotationInputs.Of(_cache.Parse(change, (path, text) => AnnotationStages.Parse(path, text, cancellationToken)));
        return annotations.Count < ParallelFrom
            ? annotations.Select(change => { cancellationToken.ThrowIfCancellationRequested(); return Read(change); }).ToList()
            : annotations.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(Read).ToList();
    }

    private void UpdateAnnotations(List<AnnotationInputs> parsed, List<string> removed, Settlement settle)
    {
        var annotations = Annotations.ToBuilder();
        foreach (var path in removed)
        {
            var old = _inputs[path];
            _inputs.Remove(path);
            annotations.Remove(path);
            settle.Forget(old, next: null);
            Refer(old, -1);
            Validated = Validated.Remove(path);
            _slices.Remove(path);
            _duplicated.Remove(path);
            _readsEveryId.Remove(path);
        }

        foreach (var inputs in parsed)
        {
            var path = inputs.File.Path;
            _inputs.TryGetValue(path, out var old);
            _inputs[path] = inputs;
            annotations[path] = inputs.File;
            settle.Reslice.Add(path);
            if (old is not null)
            {
                settle.Forget(old, inputs);
                Refer(old, -1);
            }

            settle.Learn(inputs, old);
            Refer(inputs, +1);
        }

        Annotations = annotations.ToImmutable();
    }

    private void UpdateTexts(List<FileChange> changes, Settlement settle)
    {
        var pathsChanged = false;
        foreach (var change in changes)
        {
            if (change.Removed)
            {
                pathsChanged |= _texts.Remove(change.Path);
            }
            else
            {
                pathsChanged |= !_texts.ContainsKey(change.Path);
                _texts[change.Path] = change.Utf8 is { } utf8
                    ? AnnotationStages.ReadText(change.Path, utf8)
                    : AnnotationStages.ReadText(change.Path, change.Text);
            }

            settle.TextsToCheck.Add(change.Path);
        }

        if (pathsChanged)
        {
            _textPaths = AnnotationStages.TextPaths(_texts.Keys);

            // Whether its article exists is part of each naming annotation's check.
            foreach (var change in changes)
            {
                if (_requestsByText.TryGetValue(change.Path, out var naming))
                {
                    settle.Reslice.UnionWith(naming.Keys);
                }
            }
        }
    }

    /// <summary>
    /// The id index is settled again only when an id, its kind or its errors changed (every id), or an actor became
    /// used or unused (the unused actors alone); then only the files whose declarations, references or problems the
    /// change concerns are sliced again.
    /// </summary>
    private void UpdateIds(Settlement settle, bool shardsChanged)
    {
        IdIndex next;
        if (settle.DeclarationsChanged || shardsChanged)
        {
            // Settling runs to its end once parsing is done, so that the indexes never disagree: no token from here to validation.
            next = AnnotationStages.BuildIdIndex(_inputs.Values.Select(i => i.Declarations).ToImmutableArray(), _shards, CancellationToken.None);
        }
        else if (settle.ActorsCrossingZero.Any(id => Ids.Find(RecordKind.Actor, id) is { FilePath.Length: > 0 }))
        {
            next = Ids.WithReferences(_actorReferences.ContainsKey, IdIndex.DeclaresActorsOnly(_inputs.Values.Select(i => i.Declarations)));
        }
        else
        {
            return;
        }

        if (next.Equals(Ids))
        {
            return;
        }

        var before = Ids;
        Ids = next;
        settle.DuplicatedToLocate.UnionWith(before.Problems.Concat(next.Problems).Select(p => p.FirstDeclaration?.FilePath).Where(p => p is not null)!);
        var problems = new HashSet<DeclarationProblem>(before.Problems);
        problems.SymmetricExceptWith(next.Problems);
        settle.Reslice.UnionWith(problems.Select(p => p.Site.FilePath));
        if (shardsChanged || before.Entries.Count == 0)
        {
            // Every file may read a new id (the first settling): each is sliced again, without comparing entry by entry.
            settle.Reslice.UnionWith(_inputs.Keys);
        }
        else if (!before.Entries.Equals(next.Entries))
        {
            // A changed entry concerns where it is declared and who refers to it; a changed set of ids, every "did you
            // mean" and every link.
            var entries = new HashSet<IndexedId>(before.Entries);
            entries.SymmetricExceptWith(next.Entries);
            foreach (var entry in entries)
            {
                settle.Reslice.Add(entry.FilePath);
                if (_referrers.TryGetValue(new Reference(entry.Kind, entry.Id), out var referring))
                {
                    settle.Reslice.UnionWith(referring);
                }
            }

            settle.Reslice.UnionWith(_readsEveryId);
        }
    }

    /// <summary>
    /// Counts in or out which files refer to which ids: a list each (most ids are named by a few files), which a file
    /// joins once, as its references are distinct and it leaves before it joins again.
    /// </summary>
    private void Refer(AnnotationInputs inputs, int step)
    {
        foreach (var reference in inputs.Declarations.References)
        {
            if (!_referrers.TryGetValue(reference, out var files))
            {
                _referrers[reference] = files = new List<string>(1);
            }

            if (step > 0)
            {
                files.Add(inputs.File.Path);
            }
            else if (files.Remove(inputs.File.Path) && files.Count == 0)
            {
                _referrers.Remove(reference);
            }
        }
    }

    private void UpdateDuplicated(Settlement settle)
    {
        // An edited file's declarations may have moved: where another file's duplicate points must follow.
        settle.DuplicatedToLocate.UnionWith(settle.Reslice.Where(_inputs.ContainsKey).Where(p => Ids.DuplicatedIn(p).Count > 0 || _duplicated.ContainsKey(p)));
        foreach (var path in settle.DuplicatedToLocate.Where(_inputs.ContainsKey))
        {
            var sites = AnnotationStages.IndexDuplicated(AnnotationStages.LocateDuplicated(_inputs[path].File, Ids)).For(path);
            var before = DuplicatedIn(path);
            if (sites.Equals(before))
            {
                continue;
            }

            if (sites.Count == 0)
            {
                _duplicated.Remove(path);
            }
            else
            {
                _duplicated[path] = sites;
            }

            settle.Reslice.UnionWith(Ids.Problems.Where(p => p.FirstDeclaration?.FilePath == path).Select(p => p.Site.FilePath));
        }
    }

    /// <summary>Files whose slice may have changed are checked again (those still in the folder).</summary>
    private void Reslice(Settlement settle)
    {
        _pendingValidation.UnionWith(settle.Reslice);
        _pendingValidation.IntersectWith(_inputs.Keys);
        settle.Reslice.Clear();
    }

    /// <summary>Files each annotation asks evidence of, with the articles whose text or requests changed: all pending.</summary>
    private void NoteRequests(Settlement settle)
    {
        foreach (var (path, before, after) in settle.RequestChanges)
        {
            if (before is not null && _requestsByText.TryGetValue(before.TextPath, out var old))
            {
                old.Remove(path);
                settle.TextsToCheck.Add(before.TextPath);
            }

            if (after is not null)
            {
                if (!_requestsByText.TryGetValue(after.TextPath, out var requests))
                {
                    _requestsByText[after.TextPath] = requests = new SortedDictionary<string, EvidenceRequest>(System.StringComparer.Ordinal);
                }

                requests[path] = after;
                settle.TextsToCheck.Add(after.TextPath);
            }
        }

        _pendingTexts.UnionWith(settle.TextsToCheck);
    }

    /// <summary>
    /// The files checked first: those named (the documents an editor shows), else the first chunk of those pending; and
    /// the articles whose evidence their checks read, which are located before them.
    /// </summary>
    private FirstGroup FirstGroup(IReadOnlyCollection<string> named, Settlement settle)
    {
        var annotations = named.Count > 0
            ? named.Where(_inputs.ContainsKey).ToList()
            : Chunks(_pendingValidation, System.Array.Empty<string>(), firstOnly: false).FirstOrDefault() ?? new List<string>();
        var asking = new HashSet<string>(annotations, System.StringComparer.Ordinal);
        var texts = new HashSet<string>(named.Where(ArticlePaths.IsArticleText), System.StringComparer.Ordinal);
        foreach (var path in annotations)
        {
            if (_inputs[path].Request is { } request)
            {
                texts.Add(request.TextPath);
            }
        }

        // An annotation that moved to another article leaves evidence in the one it named before.
        foreach (var (path, before, after) in settle.RequestChanges.Where(change => asking.Contains(change.Path)))
        {
            texts.UnionWith(new[] { before?.TextPath, after?.TextPath }.OfType<string>());
        }

        var all = named.Concat(annotations).Concat(texts).Distinct(System.StringComparer.Ordinal).ToList();
        return new FirstGroup(all, texts.Where(_pendingTexts.Contains).ToList());
    }

    /// <summary>Locates again the evidence of these articles, each pending one once (on every core when there are many).</summary>
    private void CheckEvidence(IReadOnlyCollection<string> textPaths, Settlement settle)
    {
        var work = new List<EvidenceWork>();
        foreach (var textPath in textPaths.Where(_pendingTexts.Remove).ToList())
        {
            var before = _checked.TryGetValue(textPath, out var found) ? found : null;
            if (!_texts.TryGetValue(textPath, out var text))
            {
                _work.Remove(textPath);
                _checked.Remove(textPath);
                SetEvidence(before, null, settle);
                continue;
            }

            var requests = _requestsByText.TryGetValue(textPath, out var naming) ? naming.Values : Enumerable.Empty<EvidenceRequest>();
            var next = AnnotationStages.EvidenceWorkFor(text, AnnotationStages.IndexRequests(requests));
            if (!_work.TryGetValue(textPath, out var last) || !last.Equals(next))
            {
                work.Add(next);
            }
        }

        // Articles are independent: checked on every core when there are many (the first update).
        CheckedEvidence Check(EvidenceWork articleWork) =>
            _cache.CheckEvidence(articleWork, next => AnnotationStages.CheckEvidence(next, CancellationToken.None));
        var results = work.Count < ParallelFrom ? work.Select(Check).ToList() : work.AsParallel().AsOrdered().Select(Check).ToList();
        for (var i = 0; i < work.Count; i++)
        {
            var path = work[i].Text.Path;
            var before = _checked.TryGetValue(path, out var found) ? found : null;
            _work[path] = work[i];
            _checked[path] = results[i];
            SetEvidence(before, results[i], settle);
        }
    }

    private void SetEvidence(CheckedEvidence? before, CheckedEvidence? after, Settlement settle)
    {
        if (before is not null)
        {
            foreach (var result in before.Results)
            {
                // Only its own result: the annotation may name another article now, whose evidence is already located.
                if (_evidence.TryGetValue(result.AnnotationPath, out var current) && ReferenceEquals(current, result))
                {
                    _evidence = _evidence.Remove(result.AnnotationPath);
                }

                settle.Reslice.Add(result.AnnotationPath);
            }

            _pendingCoverage.Add(before.Text.Path);
        }

        if (after is not null)
        {
            foreach (var result in after.Results)
            {
                _evidence = _evidence.SetItem(result.AnnotationPath, result);
                settle.Reslice.Add(result.AnnotationPath);
            }

            _pendingCoverage.Add(after.Text.Path);
        }
    }

    private void UpdateNames(Settlement settle)
    {
        if (!settle.NamesChanged)
        {
            return;
        }

        var names = AnnotationStages.IndexNames(_inputs.Values.Select(i => i.Names));
        if (!names.Equals(_names))
        {
            // Any article may name the actor: each is measured again (its result is kept where it comes out the same).
            _names = names;
            _pendingCoverage.UnionWith(_checked.Keys);
        }
    }

    private List<string> ValidatePending(UpdateProgress progress, bool firstOnly, CancellationToken cancellationToken)
    {
        var validated = new List<string>();
        var results = Validated.ToBuilder();
        try
        {
            // Each file's check reads the settled indexes only: a chunk is checked on every core, then kept in path
            // order; a cancelled update stops between chunks or within one and leaves the rest, that chunk included, pending.
            foreach (var chunk in Chunks(_pendingValidation, progress.First, firstOnly))
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    break;
                }

                var checks = Run(chunk, path =>
                {
                    var slice = AnnotationStages.SliceFor(_inputs[path].File, this);
                    var unchanged = _slices.TryGetValue(path, out var before) && before.Equals(slice);
                    return (Path: path, Slice: slice, Validated: unchanged
                        ? null
                        : _cache.Validate(slice, next => AnnotationStages.Validate(next, cancellationToken)));
                }, cancellationToken);
                if (checks is null)
                {
                    break;
                }

                foreach (var check in checks)
                {
                    _pendingValidation.Remove(check.Path);
                    if (check.Validated is null)
                    {
                        continue;
                    }

                    _slices[check.Path] = check.Slice;
                    // A wire is compared with every document's publisher and wire (DS0045), which the id index holds.
                    if (check.Slice.Slice.References.Any(r => r.Entry is null)
                        || check.Slice.Slice.Links.Count > 0
                        || check.Slice.File.Document?.Wire is not null)
                    {
                        _readsEveryId.Add(check.Path);
                    }
                    else
                    {
                        _readsEveryId.Remove(check.Path);
                    }

                    results[check.Path] = check.Validated;
                    validated.Add(check.Path);
                }

                Validated = results.ToImmutable();
                Report(progress, checks.Where(c => c.Validated is not null).Select(c => c.Path).ToList());
            }
        }
        finally
        {
            Validated = results.ToImmutable();
        }

        return validated;
    }

    private List<string> CoverPending(UpdateProgress progress, bool firstOnly, CancellationToken cancellationToken)
    {
        var covered = new List<string>();
        var reports = Coverage.ToBuilder();
        try
        {
            foreach (var chunk in Chunks(_pendingCoverage, progress.First, firstOnly))
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    break;
                }

                var measures = Run(chunk, textPath =>
                {
                    var input = _checked.TryGetValue(textPath, out var evidence) ? AnnotationStages.CoverageInputFor(evidence) : null;
                    var next = input is null ? null : new CoverInput(input, _names);
                    var unchanged = next is not null && _coverInputs.TryGetValue(textPath, out var before) && before.Equals(next);
                    return (Path: textPath, Input: next, Report: next is null || unchanged
                        ? null
                        : _cache.Cover(next, input => AnnotationStages.Cover(input.Input, input.Names, cancellationToken)));
                }, cancellationToken);
                if (measures is null)
                {
                    break;
                }

                foreach (var measure in measures)
                {
                    _pendingCoverage.Remove(measure.Path);
                    if (measure.Input is null)
                    {
                        covered.Add(measure.Path);
                        reports.Remove(measure.Path);
                        _coverInputs.Remove(measure.Path);
                    }
                    else if (measure.Report is not null)
                    {
                        _coverInputs[measure.Path] = measure.Input;
                        reports[measure.Path] = measure.Report;
                        covered.Add(measure.Path);
                    }
                }

                Coverage = reports.ToImmutable();
                Report(progress, measures.Where(m => m.Input is null || m.Report is not null).Select(m => m.Path).ToList());
            }
        }
        finally
        {
            Coverage = reports.ToImmutable();
        }

        return covered;
    }

    /// <summary>The files whose results a group just made final, told to the one following the update (unless none changed).</summary>
    private void Report(UpdateProgress progress, List<string> paths)
    {
        if (progress.Checked is { } report && paths.Count > 0)
        {
            report(new CheckedFiles(paths, State));
        }
    }

    /// <summary>
    /// Work in chunks small enough that a cancelled update stops soon, large enough to share among the cores, in path
    /// order: the pending files named first as one chunk, or every pending file.
    /// </summary>
    private static List<List<string>> Chunks(HashSet<string> pending, IReadOnlyCollection<string> first, bool firstOnly)
    {
        const int Size = 256;
        var paths = (firstOnly ? first.Where(pending.Contains).Distinct(System.StringComparer.Ordinal) : pending)
            .OrderBy(p => p, System.StringComparer.Ordinal)
            .ToList();
        if (firstOnly)
        {
            return paths.Count > 0 ? [paths] : [];
        }

        var chunks = new List<List<string>>();
        for (var i = 0; i < paths.Count; i += Size)
        {
            chunks.Add(paths.GetRange(i, System.Math.Min(Size, paths.Count - i)));
        }

        return chunks;
    }

    /// <summary>One step over a chunk, on every core when it is large; null when cancelled midway (the chunk stays pending).</summary>
    private static List<T>? Run<T>(List<string> paths, System.Func<string, T> step, CancellationToken cancellationToken)
    {
        try
        {
            return paths.Count < ParallelFrom
                ? paths.Select(step).ToList()
                : paths.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(step).ToList();
        }
        catch (System.OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }
}
