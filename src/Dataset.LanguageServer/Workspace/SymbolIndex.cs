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

    /// <summary>
    /// This index with each changed file's old model taken out and its new one put in (either may be null). One pass
    /// over all of them, so that the first analysis of ten thousand files builds the index at once.
    /// </summary>
    public SymbolIndex Replace(IReadOnlyCollection<(AnnotationFile? Before, AnnotationFile? After)> changes)
    {
        var declared = new Dictionary<RecordKey, List<Declared>>();
        var referred = new Dictionary<RecordKey, List<Referred>>();
        var changedPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (before, after) in changes)
        {
            foreach (var file in new[] { before, after })
            {
                if (file is null)
                {
                    continue;
                }

                changedPaths.Add(file.Path);
                foreach (var declaration in DeclaredIn(file))
                {
                    declared.TryAdd(declaration.Key, []);
                }

                foreach (var reference in ReferredIn(file))
                {
                    referred.TryAdd(reference.Key, []);
                }
            }
        }

        foreach (var after in changes.Select(c => c.After).Where(a => a is not null))
        {
            foreach (var declaration in DeclaredIn(after!))
            {
                declared[declaration.Key].Add(declaration);
            }

            foreach (var reference in ReferredIn(after!))
            {
                referred[reference.Key].Add(reference);
            }
        }

        // Every key a changed file named: its entries from unchanged files kept, the changed files' taken anew.
        var declarations = Declarations.ToBuilder();
        var ids = IdsByKind.ToDictionary(k => k.Key, k => k.Value.ToBuilder());
        foreach (var (key, added) in declared)
        {
            var kept = Declarations.TryGetValue(key, out var list) ? list.Where(d => !changedPaths.Contains(d.Path)) : [];
            var all = kept.Concat(added).OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Location.Start).ToImmutableList();
            if (!ids.TryGetValue(key.Kind, out var ofKind))
            {
                ids[key.Kind] = ofKind = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
            }

            if (all.IsEmpty)
            {
                declarations.Remove(key);
                ofKind.Remove(key.Id);
            }
            else
            {
                declarations[key] = all;
                ofKind.Add(key.Id);
            }
        }

        var references = References.ToBuilder();
        foreach (var (key, added) in referred)
        {
            var kept = References.TryGetValue(key, out var list) ? list.Where(r => !changedPaths.Contains(r.Path)) : [];
            var all = kept.Concat(added).ToImmutableList();
            if (all.IsEmpty)
            {
                references.Remove(key);
            }
            else
            {
                references[key] = all;
            }
        }

        return new SymbolIndex(declarations.ToImmutable(), references.ToImmutable(), ids.ToImmutableDictionary(k => k.Key, k => k.Value.ToImmutable()));
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
}
