using System.Collections.Immutable;
using Dataset.Annotations.Model;
using Dataset.Annotations.Validation;

namespace Dataset.LanguageServer.Workspace;

/// <summary>
/// Where every id is declared and referred to, kept up to date file by file: an analysis that parsed one file moves
/// that file's entries only. Immutable, so each snapshot keeps the index of its own analysis.
/// </summary>
internal sealed record SymbolIndex(
    ImmutableDictionary<RecordKey, ImmutableList<Declared>> Declarations,
    ImmutableDictionary<RecordKey, ImmutableList<Referred>> References,
    ImmutableDictionary<RecordKind, ImmutableSortedSet<string>> IdsByKind)
{
    public static readonly SymbolIndex Empty = new(
        ImmutableDictionary<RecordKey, ImmutableList<Declared>>.Empty,
        ImmutableDictionary<RecordKey, ImmutableList<Referred>>.Empty,
        ImmutableDictionary<RecordKind, ImmutableSortedSet<string>>.Empty);

    /// <summary>This index with one file's old model taken out and its new one put in (either may be null).</summary>
    public SymbolIndex Replace(AnnotationFile? before, AnnotationFile? after)
    {
        var declarations = Declarations.ToBuilder();
        var references = References.ToBuilder();
        var ids = IdsByKind.ToBuilder();
        if (before is not null)
        {
            foreach (var declared in DeclaredIn(before))
            {
                Remove(declarations, declared.Key, d => d.Path == before.Path);
                if (!declarations.ContainsKey(declared.Key))
                {
                    ids[declared.Key.Kind] = ids[declared.Key.Kind].Remove(declared.Key.Id);
                }
            }

            foreach (var referred in ReferredIn(before))
            {
                Remove(references, referred.Key, r => r.Path == before.Path);
            }
        }

        if (after is not null)
        {
            foreach (var declared in DeclaredIn(after))
            {
                declarations[declared.Key] = declarations.TryGetValue(declared.Key, out var list) ? Ordered(list.Add(declared)) : ImmutableList.Create(declared);
                ids[declared.Key.Kind] = (ids.TryGetValue(declared.Key.Kind, out var set) ? set : ImmutableSortedSet.Create<string>(StringComparer.Ordinal)).Add(declared.Key.Id);
            }

            foreach (var referred in ReferredIn(after))
            {
                references[referred.Key] = references.TryGetValue(referred.Key, out var list) ? list.Add(referred) : ImmutableList.Create(referred);
            }
        }

        return new SymbolIndex(declarations.ToImmutable(), references.ToImmutable(), ids.ToImmutable());
    }

    public static IEnumerable<Declared> DeclaredIn(AnnotationFile file)
    {
        if (file.Document is { } document)
        {
            yield return new Declared(new RecordKey(RecordKind.Document, document.Id.Value), file.Path, document.Id.Location, document);
        }

        foreach (var actor in file.Actors)
        {
            yield return new Declared(new RecordKey(RecordKind.Actor, actor.Id.Value), file.Path, actor.Id.Location, actor);
        }

        foreach (var statement in file.Statements)
        {
            yield return new Declared(new RecordKey(RecordKind.Statement, statement.Id.Value), file.Path, statement.Id.Location, statement);
        }

        foreach (var sanction in file.Sanctions)
        {
            yield return new Declared(new RecordKey(RecordKind.Sanction, sanction.Id.Value), file.Path, sanction.Id.Location, sanction);
        }
    }

    private static IEnumerable<Referred> ReferredIn(AnnotationFile file) =>
        FileReferences.Of(file).Select(r => new Referred(new RecordKey(r.Kind, r.Id.Value), file.Path, r.Id.Location));

    // The first declaration in path order is the one the build keeps: definitions and hovers show it.
    private static ImmutableList<Declared> Ordered(ImmutableList<Declared> list) =>
        list.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path) is var byPath && byPath != 0 ? byPath : a.Location.Start.CompareTo(b.Location.Start));

    private static void Remove<T>(ImmutableDictionary<RecordKey, ImmutableList<T>>.Builder index, RecordKey key, Func<T, bool> ofFile)
    {
        if (!index.TryGetValue(key, out var list))
        {
            return;
        }

        var kept = list.RemoveAll(item => ofFile(item));
        if (kept.IsEmpty)
        {
            index.Remove(key);
        }
        else
        {
            index[key] = kept;
        }
    }
}
