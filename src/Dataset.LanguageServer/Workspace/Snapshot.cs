using System.Collections.Immutable;
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
/// engine's state of that analysis and the symbol index as they were, nothing copied per file.
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

    public IReadOnlyDictionary<RecordKey, ImmutableList<Declared>> Declarations => symbols.Declarations;

    public IReadOnlyDictionary<RecordKey, ImmutableList<Referred>> References => symbols.References;

    /// <summary>Every diagnostic located in one file, as the build reports them.</summary>
    public IEnumerable<DiagnosticInfo> DiagnosticsIn(string path) => state.DiagnosticsIn(path);

    /// <summary>Where the build found a statement's or sanction's evidence in its article, or null.</summary>
    public EvidenceSpan? Evidence(string annotationPath, RecordKey owner) =>
        Validated.TryGetValue(annotationPath, out var file)
            ? file.Evidence?.Results.FirstOrDefault(r => r.ItemKey.Record == owner)?.Span
            : null;

    /// <summary>The ids of one kind in ordinal order, each with its first declaration.</summary>
    public IEnumerable<Declared> All(RecordKind kind) =>
        symbols.IdsByKind.TryGetValue(kind, out var ids) ? ids.Select(id => symbols.Declarations[new RecordKey(kind, id)][0]) : [];

    /// <summary>The ids of one kind that start with a prefix, in ordinal order.</summary>
    public IEnumerable<Declared> StartingWith(RecordKind kind, string prefix)
    {
        if (!symbols.IdsByKind.TryGetValue(kind, out var ids))
        {
            return [];
        }

        return Matching(ids, prefix).Select(id => symbols.Declarations[new RecordKey(kind, id)][0]);
    }

    private static IEnumerable<string> Matching(ImmutableSortedSet<string> ids, string prefix)
    {
        // The set is in ordinal order: the ids with the prefix follow where the prefix itself would stand.
        var index = ids.IndexOf(prefix);
        for (var i = index < 0 ? ~index : index; i < ids.Count && ids[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            yield return ids[i];
        }
    }

    public Declared? Find(RecordKey key) => Declarations.TryGetValue(key, out var found) ? found[0] : null;
}
