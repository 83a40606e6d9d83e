using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Shards;

/// <summary>A declaration found in a referenced shard.</summary>
internal sealed record ShardEntry(ShardManifest Shard, ShardDeclaration Declaration);

/// <summary>
/// Every referenced shard's manifest, in assembly-name order. Equal by value, so the id index built on it
/// stays cached until a reference changes.
/// </summary>
internal sealed class ReferencedShards : IEquatable<ReferencedShards>
{
    public static readonly ReferencedShards None = new(EquatableArray<ShardManifest>.Empty);

    private Dictionary<RecordKey, ShardEntry>? _byId;
    private Dictionary<RecordKind, string[]>? _idsByKind;

    private ReferencedShards(EquatableArray<ShardManifest> manifests) => Manifests = manifests;

    public EquatableArray<ShardManifest> Manifests { get; }

    public static ReferencedShards From(IEnumerable<ShardManifest> manifests) =>
        new(manifests.GroupBy(m => m.AssemblyName, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(m => m.AssemblyName, StringComparer.Ordinal).ToEquatableArray());

    /// <summary>The first declaration of the id among the shards, in assembly-name order, or null.</summary>
    public ShardEntry? Find(RecordKind kind, string id)
    {
        if (Manifests.Count == 0)
        {
            return null;
        }

        if (_byId is null)
        {
            var byId = new Dictionary<RecordKey, ShardEntry>();
            foreach (var manifest in Manifests)
            {
                foreach (var declaration in manifest.Declarations)
                {
                    if (!byId.ContainsKey(new RecordKey(declaration.Kind, declaration.Id)))
                    {
                        byId[new RecordKey(declaration.Kind, declaration.Id)] = new ShardEntry(manifest, declaration);
                    }
                }
            }

            _byId = byId;
        }

        return _byId.TryGetValue(new RecordKey(kind, id), out var entry) ? entry : null;
    }

    public IReadOnlyList<string> IdsOf(RecordKind kind)
    {
        _idsByKind ??= Manifests.SelectMany(m => m.Declarations).GroupBy(d => d.Kind)
            .ToDictionary(g => g.Key, g => g.Select(d => d.Id).Distinct(StringComparer.Ordinal).ToArray());
        return _idsByKind.TryGetValue(kind, out var ids) ? ids : Array.Empty<string>();
    }

    /// <summary>
    /// The shards whose <c>Catalog</c> generated code can name: not those in this project's namespace, nor two in
    /// one namespace, where <c>global::Ns.Catalog</c> would be ambiguous. Each left out is a DS0031 in <paramref name="problems"/>.
    /// </summary>
    public ImmutableArray<ShardManifest> Usable(string ownNamespace, List<DiagnosticInfo> problems)
    {
        var usable = ImmutableArray.CreateBuilder<ShardManifest>();
        foreach (var group in Manifests.GroupBy(m => m.Namespace, StringComparer.Ordinal))
        {
            var shards = group.ToList();
            foreach (var shard in shards)
            {
                var clash = group.Key == ownNamespace ? "this project"
                    : shards.Count > 1 ? $"the referenced shard '{shards.First(s => s != shard).AssemblyName}'"
                    : null;
                if (clash is null)
                {
                    usable.Add(shard);
                }
                else
                {
                    problems.Add(
                        DiagnosticInfo.Create(DiagnosticDescriptors.ShardNamespaceClash, LocationInfo.None, shard.AssemblyName, shard.Namespace, clash));
                }
            }
        }

        return usable.ToImmutable();
    }

    public bool Equals(ReferencedShards? other) => other is not null && (ReferenceEquals(this, other) || Manifests.Equals(other.Manifests));

    public override bool Equals(object? obj) => obj is ReferencedShards other && Equals(other);

    public override int GetHashCode() => Manifests.Count;
}
