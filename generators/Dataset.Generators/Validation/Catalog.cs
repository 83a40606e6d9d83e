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

    public static Catalog Build(ImmutableArray<FileDeclarations> files)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var entries = new List<CatalogEntry>();
        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal)
            .SelectMany(f => f.Declarations.Select(d => (File: f.Path, Declaration: d)))
            .GroupBy(x => x.Declaration.Kind, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var kind in ordered)
        {
            var firstById = new Dictionary<string, Declaration>(StringComparer.Ordinal);
            var idByName = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (file, declaration) in kind.OrderBy(x => x.Declaration.Id, StringComparer.Ordinal))
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

                entries.Add(new CatalogEntry(kind.Key, declaration.Id, name, file, declaration.Display, Emitted: nameProblem is null && !declaration.HasErrors));
            }
        }

        var referenced = files.SelectMany(f => f.References).Where(r => r.Kind == RecordKinds.Actor).Select(r => r.Id)
            .Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal);
        foreach (var unused in entries.Where(e => e.Kind == RecordKinds.Actor && !referenced.Contains(e.Id)))
        {
            var declaration = files.First(f => f.Path == unused.FilePath).Declarations.First(d => d.Kind == RecordKinds.Actor && d.Id == unused.Id);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnusedActor, declaration.Location, unused.Id));
        }

        return new Catalog(entries.ToEquatableArray(), referenced.ToEquatableArray(), diagnostics.ToEquatableArray());
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

    public IEnumerable<CatalogEntry> Emitted(string kind) => Entries.Where(e => e.Kind == kind && e.Emitted);

    /// <summary>"file.yaml(3,7)": enough to find the other declaration, and the same on every machine.</summary>
    private static string Describe(LocationInfo location) => $"{Path.GetFileName(location.FilePath)}({location.ToDisplay()})";
}
