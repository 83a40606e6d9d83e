using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System;
using System.Threading;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Model;
using Dataset.Annotations.Naming;
using Dataset.Annotations.Shards;

namespace Dataset.Annotations.Validation;

/// <summary>
/// The ids of every file and referenced shard, settled (the build's id index; the generated <c>Catalog</c> class is emitted from it): the first declaration of
/// an id (in path order) wins, later ones and ids whose C#
/// names collide are problems. Built from ids alone and equal by value, so an edit that leaves the ids alone (a
/// summary, a quote, text moved up or down) leaves it unchanged; each file locates its own problems. Ids declared in
/// referenced shards (<see cref="Shards"/>) resolve too; declaring one again is a duplicate.
/// </summary>
internal sealed record IdIndex(
    EquatableArray<IndexedId> Entries,
    EquatableArray<DeclarationProblem> Problems,
    ReferencedShards Shards)
{
    private Dictionary<RecordKey, IndexedId>? _byId;
    private Dictionary<RecordKind, string[]>? _idsByKind;
    private Dictionary<string, IndexedId[]>? _byFile;
    private Dictionary<string, DeclarationProblem[]>? _problemsByFile;
    private Dictionary<string, DeclarationSite[]>? _duplicatedByFile;
    private IReadOnlyDictionary<string, int>? _sourceNames;

    public static IdIndex Build(ImmutableArray<FileDeclarations> files, ReferencedShards? shards = null, CancellationToken cancellationToken = default)
    {
        shards ??= ReferencedShards.None;
        var problems = new List<DeclarationProblem>();
        var entries = new List<IndexedId>();
        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal)
            .SelectMany(f => f.Declarations.Select((d, order) => (Declaration: d, Site: new DeclarationSite(f.Path, order))))
            .GroupBy(x => x.Declaration.Kind)
            .OrderBy(g => g.Key.Word(), StringComparer.Ordinal);
        foreach (var kind in ordered)
        {
            var firstById = new Dictionary<string, DeclarationSite>(StringComparer.Ordinal);
            var idByName = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (declaration, site) in kind.OrderBy(x => x.Declaration.Id, StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (shards.Find(kind.Key, declaration.Id) is { } inShard)
                {
                    problems.Add(
                        new DeclarationProblem(
                            site,
                            DiagnosticDescriptors.DuplicateId.Id,
                            Arguments(kind.Key.Word(), declaration.Id, inShard.Shard.Describe(inShard.Declaration)),
                            null));
                    continue;
                }

                if (firstById.TryGetValue(declaration.Id, out var first))
                {
                    problems.Add(new DeclarationProblem(site, DiagnosticDescriptors.DuplicateId.Id, Arguments(kind.Key.Word(), declaration.Id), first));
                    continue;
                }

                firstById[declaration.Id] = site;
                var name = IdNames.ToPascalCase(declaration.Id);
                var nameProblem = IdNames.IsReserved(name) ? "is reserved for a member every generated class has"
                    : idByName.TryGetValue(name, out var other) ? $"is also the name of '{other}'"
                    : null;
                if (nameProblem is not null)
                {
                    problems.Add(
                        new DeclarationProblem(
                            site,
                            DiagnosticDescriptors.NameCollision.Id,
                            Arguments(kind.Key.Word(), declaration.Id, name, nameProblem),
                            null));
                }
                else
                {
                    idByName[name] = declaration.Id;
                }

                entries.Add(
                    new IndexedId(
                        kind.Key,
                        declaration.Id,
                        name,
                        site.FilePath,
                        site.Order,
                        declaration.Display,
                        Emitted: nameProblem is null && !declaration.HasErrors) { Sources = declaration.Sources });
            }
        }

        // A set, not a query: with thousands of articles a re-evaluated query made this step quadratic.
        var referenced = new HashSet<string>(
            files.SelectMany(f => f.References).Where(r => r.Kind == RecordKind.Actor).Select(r => r.Id),
            StringComparer.Ordinal);
        problems.AddRange(UnusedActors(entries, referenced.Contains, DeclaresActorsOnly(files)));
        return new IdIndex(entries.ToEquatableArray(), problems.ToEquatableArray(), shards);
    }

    /// <summary>
    /// This index with its unused actors settled again, for when only references changed: what <see cref="Build"/>
    /// gives for the same declarations, without settling every id again.
    /// </summary>
    /// <param name="isReferenced">Whether any file refers to an actor id.</param>
    /// <param name="actorsOnly">Whether the project declares actors only (<see cref="DeclaresActorsOnly"/>).</param>
    public IdIndex WithReferences(Func<string, bool> isReferenced, bool actorsOnly)
    {
        var settled = Problems.Where(p => p.DiagnosticId != DiagnosticDescriptors.UnusedActor.Id);
        return new IdIndex(Entries, settled.Concat(UnusedActors(Entries, isReferenced, actorsOnly)).ToEquatableArray(), Shards);
    }

    /// <summary>
    /// A project that declares no statement and no sanction is a shard holding a registry (shared actors) for the
    /// projects that reference it: its actors are used there, which it cannot see, so it does not call them unused.
    /// </summary>
    public static bool DeclaresActorsOnly(IEnumerable<FileDeclarations> files) =>
        !files.Any(f => f.Declarations.Any(d => d.Kind is RecordKind.Statement or RecordKind.Sanction));

    /// <summary>Each unused actor's problem, after every other problem and in entry order, as both ways of settling put them.</summary>
    private static IEnumerable<DeclarationProblem> UnusedActors(IEnumerable<IndexedId> entries, Func<string, bool> isReferenced, bool actorsOnly) =>
        actorsOnly ? Enumerable.Empty<DeclarationProblem>() : entries.Where(e => e.Kind == RecordKind.Actor && !isReferenced(e.Id))
            .Select(
                unused => new DeclarationProblem(
                    new DeclarationSite(unused.FilePath, unused.Order),
                    DiagnosticDescriptors.UnusedActor.Id,
                    Arguments(unused.Id),
                    null));

    // Equality is by content only: the lazily built look-ups below must not take part.
    public bool Equals(IdIndex? other) =>
        other is not null && Entries.Equals(other.Entries) && Problems.Equals(other.Problems) && Shards.Equals(other.Shards);

    public override int GetHashCode() => Entries.GetHashCode();

    /// <summary>How many documents name each publisher or wire, spelt as written (<see cref="Validation.SourceNames"/>).</summary>
    public IReadOnlyDictionary<string, int> SourceNames => _sourceNames ??= Validation.SourceNames.Count(Entries);

    // The look-ups below are built at the first ask (or by Prepare) and then shared by every check.
    private Dictionary<RecordKey, IndexedId> ById => _byId ??= Entries.ToDictionary(e => new RecordKey(e.Kind, e.Id));

    private Dictionary<RecordKind, string[]> IdsByKind => _idsByKind ??= Entries.Select(e => (e.Kind, e.Id))
        .Concat(RecordKinds.All.SelectMany(k => Shards.IdsOf(k).Select(id => (Kind: k, Id: id))))
        .GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Select(e => e.Id).ToArray());

    private Dictionary<string, IndexedId[]> ByFile => _byFile ??=
        Entries.GroupBy(e => e.FilePath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private Dictionary<string, DeclarationProblem[]> ProblemsByFile => _problemsByFile ??=
        Problems.GroupBy(p => p.Site.FilePath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private Dictionary<string, DeclarationSite[]> DuplicatedByFile => _duplicatedByFile ??=
        Problems.Select(p => p.FirstDeclaration).Where(site => site is not null).Distinct()
            .GroupBy(site => site!.FilePath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal)!;

    /// <summary>The entry of this id, declared here or (not emitted here) in a referenced shard, or null.</summary>
    public IndexedId? Find(RecordKind kind, string id)
    {
        if (ById.TryGetValue(new RecordKey(kind, id), out var entry))
        {
            return entry;
        }

        // A manifest carries no display (it would change the referenced assembly on every rename): docs show the id.
        return Shards.Find(kind, id) is not null
            ? new IndexedId(kind, id, IdNames.ToPascalCase(id), string.Empty, -1, Display: string.Empty, Emitted: false)
            : null;
    }

    /// <summary>Every id of the kind, here and in referenced shards: the candidates of "did you mean".</summary>
    public IReadOnlyList<string> IdsOf(RecordKind kind) => IdsByKind.TryGetValue(kind, out var ids) ? ids : Array.Empty<string>();

    /// <summary>The entries declared in one file, found in O(1): every file's emit step asks after each change of the index.</summary>
    public IReadOnlyList<IndexedId> EntriesIn(string filePath) => ByFile.TryGetValue(filePath, out var entries) ? entries : Array.Empty<IndexedId>();

    /// <summary>The problems with the declarations of one file, for that file to locate and report.</summary>
    public IReadOnlyList<DeclarationProblem> ProblemsIn(string filePath) =>
        ProblemsByFile.TryGetValue(filePath, out var found) ? found : Array.Empty<DeclarationProblem>();

    /// <summary>The declarations of one file that other declarations duplicate: their messages name where these are.</summary>
    public IReadOnlyList<DeclarationSite> DuplicatedIn(string filePath) =>
        DuplicatedByFile.TryGetValue(filePath, out var found) ? found : Array.Empty<DeclarationSite>();

    /// <summary>
    /// Builds every look-up the files' checks read (by id, kind and file, the problems, the duplicated, the source
    /// names) now, instead of at the first check that asks: while other work runs beside it, and once rather than
    /// on each thread of a parallel check that asks at once.
    /// </summary>
    public void Prepare()
    {
        _ = ById;
        _ = IdsByKind;
        _ = ByFile;
        _ = ProblemsByFile;
        _ = DuplicatedByFile;
        _ = SourceNames;
    }

    public IEnumerable<IndexedId> Emitted(RecordKind kind) => Entries.Where(e => e.Kind == kind && e.Emitted);

    private static EquatableArray<string> Arguments(params string[] arguments) => arguments.ToEquatableArray();
}
