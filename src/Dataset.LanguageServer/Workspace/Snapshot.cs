using Dataset.Annotations.Coverage;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Model;
using Dataset.Annotations.Pipeline;

namespace Dataset.LanguageServer.Workspace;

/// <summary>A declared id: which file and where, and the model it names (an actor, statement, sanction or document).</summary>
internal sealed record Declared(RecordKey Key, string Path, LocationInfo Location, object Model);

/// <summary>One place an id is referred to.</summary>
internal sealed record Referred(RecordKey Key, string Path, LocationInfo Location);

/// <summary>
/// One analysis of the workspace, as the build would make it of the same files: every file's diagnostics, each
/// annotation's model, and where every id is declared and referred to. Immutable and cheap to make: it holds the
/// engine's state of that analysis and reads ids from it, nothing copied per file.
/// </summary>
internal sealed class Snapshot(FolderState state, SymbolIndex symbols, IReadOnlyDictionary<string, string?> texts, IReadOnlyCollection<string> touched)
{
    /// <summary>The engine's state the snapshot was read from: what drafting an article reads the folder's actors and ids from.</summary>
    public FolderState State => state;

    public IReadOnlyDictionary<string, string?> Texts => texts;

    public IReadOnlyDictionary<string, AnnotationFile> Annotations => state.Annotations;

    public IReadOnlyDictionary<string, CoverageReport> Coverage => state.Coverage;

    /// <summary>Each annotation as the build checked it: its references, evidence found, diagnostics.</summary>
    public IReadOnlyDictionary<string, ValidatedFile> Validated => state.Validated;

    /// <summary>The files whose diagnostics this analysis may have changed since the one before it (all, for the first).</summary>
    public IReadOnlyCollection<string> Touched => touched;

    /// <summary>Every declaration of an id, in path order.</summary>
    public IEnumerable<Declared> DeclarationsOf(RecordKey key) => symbols.DeclarationsOf(key);

    /// <summary>Every place an id is referred to.</summary>
    public IEnumerable<Referred> ReferencesOf(RecordKey key) => symbols.ReferencesOf(key);

    /// <summary>The ids one annotation declares, where.</summary>
    public IEnumerable<Declared> DeclaredIn(string path) => Annotations.TryGetValue(path, out var file) ? SymbolIndex.DeclaredIn(file) : [];

    /// <summary>The ids one annotation refers to, where.</summary>
    public IEnumerable<Referred> ReferredIn(string path) => Annotations.TryGetValue(path, out var file) ? SymbolIndex.ReferredIn(file) : [];

    /// <summary>Every diagnostic located in one file, as the build reports them.</summary>
    public IEnumerable<DiagnosticInfo> DiagnosticsIn(string path) => state.DiagnosticsIn(path);

    /// <summary>Where the build found a statement's or sanction's evidence in its article, or null.</summary>
    public EvidenceSpan? Evidence(string annotationPath, RecordKey owner) =>
        Validated.TryGetValue(annotationPath, out var file)
            ? file.Evidence?.Results.FirstOrDefault(r => r.ItemKey.Record == owner)?.Span
            : null;

    /// <summary>The declared ids of one kind that start with a prefix, in ordinal order, each with its first declaration.</summary>
    public IEnumerable<Declared> StartingWith(RecordKind kind, string prefix) => symbols.StartingWith(kind, prefix);

    public Declared? Find(RecordKey key) => symbols.Find(key);
}
