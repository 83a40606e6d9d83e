using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Dataset.Generators.Diagnostics;
using Dataset.Generators.Model;

namespace Dataset.Generators.Validation;

/// <summary>
/// Every id of every file, settled: the first declaration of an id (in path order) wins, later ones and ids whose C#
/// names collide get diagnostics. Equal by value, so a change that leaves the ids alone leaves it unchanged.
/// </summary>
internal sealed record Catalog(
    EquatableArray<CatalogEntry> Entries,
    EquatableArray<string> ReferencedActors,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    private Dictionary<(string Kind, string Id), CatalogEntry>? _byId;
    private Dictionary<string, string[]>? _idsByKind;
    private Dictionary<string, CatalogEntry[]>? _byFile;
    private Dictionary<string, DiagnosticInfo[]>? _diagnosticsByFile;

    public static Catalog Build(ImmutableArray<FileDeclarations> files)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var entries = new List<CatalogEntry>();
        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal)
            .SelectMany(f => f.Declarations.Select((d, order) => (File: f.Path, Declaration: d, Order: order)))
            .GroupBy(x => x.Declaration.Kind, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var kind in ordered)
        {
            var firstById = new Dictionary<string, Declaration>(StringComparer.Ordinal);
            var idByName = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (file, declaration, order) in kind.OrderBy(x => x.Declaration.Id, StringComparer.Ordinal))
            {
                if (firstById.TryGetValue(declaration.Id, out var first))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, declaration.Location, kind.Key, declaration.Id, Describe(first.Location)));
                    continue;
                }

                firstById[declaration.Id] = declaration;
                var name = IdNames.ToPascalCase(declaration.Id);
                var nameProblem = IdNames.IsReserved(name) ? "is reserved for a member every generated class has"
                    : idByName.TryGetValue(name, out var other) ? $"is also the name of '{other}'"
                    : null;
                if (nameProblem is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NameCollision, declaration.Location, kind.Key, declaration.Id, name, nameProblem));
                }
                else
                {
                    idByName[name] = declaration.Id;
                }

                entries.Add(new CatalogEntry(kind.Key, declaration.Id, name, file, order, declaration.Display, Emitted: nameProblem is null && !declaration.HasErrors));
            }
        }

        // A set, not a query: with thousands of articles a re-evaluated query made this step quadratic.
        var referenced = new HashSet<string>(files.SelectMany(f => f.References).Where(r => r.Kind == RecordKinds.Actor).Select(r => r.Id), StringComparer.Ordinal);
        var unusedActors = entries.Where(e => e.Kind == RecordKinds.Actor && !referenced.Contains(e.Id)).ToList();
        if (unusedActors.Count > 0)
        {
            var byPath = files.GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var unused in unusedActors)
            {
                var declaration = byPath[unused.FilePath].Declarations.First(d => d.Kind == RecordKinds.Actor && d.Id == unused.Id);
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnusedActor, declaration.Location, unused.Id));
            }
        }

        return new Catalog(entries.ToEquatableArray(), referenced.OrderBy(id => id, StringComparer.Ordinal).ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    // Equality is by content only: the lazily built look-ups below must not take part.
    public bool Equals(Catalog? other) =>
        other is not null && Entries.Equals(other.Entries) && ReferencedActors.Equals(other.ReferencedActors) && Diagnostics.Equals(other.Diagnostics);

    public override int GetHashCode() => Entries.GetHashCode();

    public CatalogEntry? Find(string kind, string id)
    {
        _byId ??= Entries.ToDictionary(e => (e.Kind, e.Id));
        return _byId.TryGetValue((kind, id), out var entry) ? entry : null;
    }

    public IReadOnlyList<string> IdsOf(string kind)
    {
        _idsByKind ??= Entries.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Select(e => e.Id).ToArray());
        return _idsByKind.TryGetValue(kind, out var ids) ? ids : Array.Empty<string>();
    }

    /// <summary>The entries declared in one file, found in O(1): every file's emit step asks after each catalog change.</summary>
    public IReadOnlyList<CatalogEntry> EntriesIn(string filePath)
    {
        _byFile ??= Entries.GroupBy(e => e.FilePath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        return _byFile.TryGetValue(filePath, out var entries) ? entries : Array.Empty<CatalogEntry>();
    }

    /// <summary>The dataset-wide diagnostics located in one file.</summary>
    public IReadOnlyList<DiagnosticInfo> DiagnosticsIn(string filePath)
    {
        _diagnosticsByFile ??= Diagnostics.GroupBy(d => d.Location.FilePath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        return _diagnosticsByFile.TryGetValue(filePath, out var found) ? found : Array.Empty<DiagnosticInfo>();
    }

    public IEnumerable<CatalogEntry> Emitted(string kind) => Entries.Where(e => e.Kind == kind && e.Emitted);

    /// <summary>"file.yaml(3,7)": enough to find the other declaration, and the same on every machine.</summary>
    private static string Describe(LocationInfo location) => $"{Path.GetFileName(location.FilePath)}({location.ToDisplay()})";
}
