using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Model;
using Dataset.Annotations.Pipeline;
using Dataset.Annotations.Validation;

namespace Dataset.LanguageServer.Workspace;

/// <summary>
/// Where ids are declared and referred to, as one analysis left the files: read from the annotations' models when
/// asked, not kept as a copy of them (at ten thousand articles a copy held hundreds of thousands of entries and took
/// a second and a half to make). An id's declaration is found through the settled ids, which say which file declares
/// it first; the ids of a kind, in order, are kept while the declared ids stay the same.
/// </summary>
internal sealed class SymbolIndex
{
    private readonly FolderState _state;
    private readonly Lazy<IReadOnlyDictionary<RecordKind, string[]>> _idsByKind;

    private SymbolIndex(FolderState state, Lazy<IReadOnlyDictionary<RecordKind, string[]>> idsByKind) => (_state, _idsByKind) = (state, idsByKind);

    /// <summary>The index of an analysis; the ids by kind of the one before it when the declared ids are the same (the same settled index).</summary>
    public static SymbolIndex Of(FolderState state, SymbolIndex? before) =>
        new(state, before is not null && ReferenceEquals(before._state.Ids, state.Ids) ? before._idsByKind : new(() => IdsByKind(state)));

    /// <summary>The first declaration of an id (in path order, then in its file), or null.</summary>
    public Declared? Find(RecordKey key)
    {
        switch (_state.Ids.Find(key.Kind, key.Id))
        {
            case null:
                return null;
            case { FilePath.Length: > 0 } entry when _state.Annotations.TryGetValue(entry.FilePath, out var file):
                // The entry names its declaration by its place in the file: found without reading the file's other
                // declarations (a registry declares thousands of actors).
                return DeclaredAt(file, entry.Order) is { } declared && declared.Key == key
                    ? declared
                    : DeclaredIn(file).Where(d => d.Key == key).MinBy(d => d.Location.Start);
            default:
                // Declared in a referenced dataset: a declaration here, if any, is a duplicate of it.
                return DeclarationsOf(key).FirstOrDefault();
        }
    }

    /// <summary>Every declaration of an id, in path order, then in each file's.</summary>
    public IEnumerable<Declared> DeclarationsOf(RecordKey key) =>
        _state.Annotations.Values.SelectMany(DeclaredIn).Where(d => d.Key == key).OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Location.Start);

    /// <summary>Every place an id is referred to.</summary>
    public IEnumerable<Referred> ReferencesOf(RecordKey key) => _state.Annotations.Values.SelectMany(ReferredIn).Where(r => r.Key == key);

    /// <summary>The declared ids of a kind that start with a prefix, in ordinal order, each with its first declaration.</summary>
    public IEnumerable<Declared> StartingWith(RecordKind kind, string prefix)
    {
        if (!_idsByKind.Value.TryGetValue(kind, out var ids))
        {
            yield break;
        }

        // In ordinal order: the ids with the prefix follow where the prefix itself would stand.
        var index = Array.BinarySearch(ids, prefix, StringComparer.Ordinal);
        for (var i = index < 0 ? ~index : index; i < ids.Length && ids[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            if (Find(new RecordKey(kind, ids[i])) is { } declared)
            {
                yield return declared;
            }
        }
    }

    /// <summary>A file's declarations: its document, then its actors, statements and sanctions, in the order the settled ids number them.</summary>
    public static IEnumerable<Declared> DeclaredIn(AnnotationFile file)
    {
        for (var order = 0; DeclaredAt(file, order) is { } declared; order++)
        {
            yield return declared;
        }
    }

    /// <summary>The <paramref name="order"/>-th declaration of a file, or null past the last.</summary>
    private static Declared? DeclaredAt(AnnotationFile file, int order)
    {
        if (file.Document is { } document)
        {
            if (order == 0)
            {
                return new Declared(new RecordKey(RecordKind.Document, document.Id.Value), file.Path, document.Id.Location, document);
            }

            order--;
        }

        if (order >= 0 && order < file.Actors.Count)
        {
            var actor = file.Actors[order];
            return new Declared(new RecordKey(RecordKind.Actor, actor.Id.Value), file.Path, actor.Id.Location, actor);
        }

        order -= file.Actors.Count;
        if (order >= 0 && order < file.Statements.Count)
        {
            var statement = file.Statements[order];
            return new Declared(new RecordKey(RecordKind.Statement, statement.Id.Value), file.Path, statement.Id.Location, statement);
        }

        order -= file.Statements.Count;
        if (order >= 0 && order < file.Sanctions.Count)
        {
            var sanction = file.Sanctions[order];
            return new Declared(new RecordKey(RecordKind.Sanction, sanction.Id.Value), file.Path, sanction.Id.Location, sanction);
        }

        return null;
    }

    public static IEnumerable<Referred> ReferredIn(AnnotationFile file) =>
        FileReferences.Of(file).Select(r => new Referred(new RecordKey(r.Kind, r.Id.Value), file.Path, r.Id.Location));

    /// <summary>Makes the ids by kind now, so that the next completion finds them made.</summary>
    public void Prepare() => _ = _idsByKind.Value;

    /// <summary>
    /// Every declared id of each kind, in ordinal order: the settled ids, unless a file declares an id a referenced
    /// dataset declares too (a duplicate the settled ids leave out); then every file's declarations.
    /// </summary>
    private static Dictionary<RecordKind, string[]> IdsByKind(FolderState state)
    {
        var duplicatesShards = state.Ids.Problems.Any(p => p.DiagnosticId == DiagnosticDescriptors.DuplicateId.Id && p.FirstDeclaration is null);
        var keys = duplicatesShards
            ? state.Annotations.Values.SelectMany(DeclaredIn).Select(d => d.Key).Distinct()
            : state.Ids.Entries.Select(e => new RecordKey(e.Kind, e.Id));
        return keys.GroupBy(k => k.Kind).ToDictionary(g => g.Key, g => g.Select(k => k.Id).Order(StringComparer.Ordinal).ToArray());
    }
}
