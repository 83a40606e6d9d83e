using System.Collections.Generic;
using System.Linq;
using System;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Text;

/// <summary>
/// Every declared actor's name and aliases (<see cref="NameIndex"/>), each naming itself. Equal by its names: it
/// changes only when a name or alias does, never when a quote or summary is edited.
/// </summary>
internal sealed class ActorNames : IEquatable<ActorNames>
{
    private readonly EquatableArray<string> _names;
    private NameIndex? _index;

    public ActorNames(IEnumerable<string> names) =>
        _names = names.Where(n => n.Trim().Length > 0).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray();

    /// <summary>Every name and alias, in ordinal order: what the index is equal by.</summary>
    public EquatableArray<string> Names => _names;

    /// <summary>The names and aliases one file declares.</summary>
    public static EquatableArray<string> DeclaredIn(AnnotationFile file) =>
        file.Actors.SelectMany(a => new[] { a.Name }.Concat(a.Aliases)).ToEquatableArray();

    /// <summary>The index of the names, built on first use: a pipeline run that finds the names unchanged only compares them.</summary>
    /// <remarks>Two threads racing here would each build the same index; either is kept.</remarks>
    public NameIndex Index => _index ??= Build(_names);

    public bool Equals(ActorNames? other) => other is not null && _names.Equals(other._names);

    public override bool Equals(object? obj) => obj is ActorNames other && Equals(other);

    public override int GetHashCode() => _names.GetHashCode();

    private static NameIndex Build(EquatableArray<string> names)
    {
        var index = new NameIndex();
        foreach (var name in names)
        {
            index.Add(name, name);
        }

        return index;
    }
}
