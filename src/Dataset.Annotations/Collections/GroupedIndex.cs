using System.Collections.Generic;
using System.Linq;
using System;

namespace Dataset.Annotations.Collections;

/// <summary>
/// A collected step's items grouped by a key, so that a per-file step can take its own group in O(1) instead of
/// scanning everything. Equal by its items (sorted, so the order of AdditionalFiles does not matter).
/// </summary>
internal sealed class GroupedIndex<T> : IEquatable<GroupedIndex<T>>
    where T : IEquatable<T>
{
    private readonly EquatableArray<T> _items;
    private readonly Dictionary<string, EquatableArray<T>> _groups;

    public GroupedIndex(IEnumerable<T> items, Func<T, string> key, Func<T, string> order)
    {
        var sorted = items.OrderBy(key, StringComparer.Ordinal).ThenBy(order, StringComparer.Ordinal).ToList();
        _items = sorted.ToEquatableArray();
        _groups = sorted.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToEquatableArray(), StringComparer.Ordinal);
    }

    public EquatableArray<T> For(string key) => _groups.TryGetValue(key, out var group) ? group : EquatableArray<T>.Empty;

    public bool Equals(GroupedIndex<T>? other) => other is not null && _items.Equals(other._items);

    public override bool Equals(object? obj) => obj is GroupedIndex<T> other && Equals(other);

    public override int GetHashCode() => _items.GetHashCode();
}
