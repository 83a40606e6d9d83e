using System.Text.Json.Nodes;

namespace Dataset.Export.Releases;

/// <summary>What happened to a record between two releases.</summary>
internal enum ChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>One field that differs: its name (<c>evidence.exact</c> inside evidence) and both values, null when absent.</summary>
internal sealed record FieldChange(string Field, JsonNode? Old, JsonNode? New);

/// <summary>A record added, removed or changed; <see cref="Old"/> and <see cref="New"/> are the whole record on each side.</summary>
internal sealed record RecordChange(ChangeKind Change, string Kind, string Id, JsonObject? Old, JsonObject? New, IReadOnlyList<FieldChange> Fields);

/// <summary>
/// The records of two releases compared by kind and id: added, removed, and changed field by field, evidence
/// included. A record renamed (a new id) is one removed and one added, as every reference to it changes too.
/// </summary>
internal static class DatasetDiff
{
    public static IReadOnlyList<RecordChange> Compare(IReadOnlyList<ReleaseRecord> old, IReadOnlyList<ReleaseRecord> @new)
    {
        var before = old.ToDictionary(r => (r.Kind, r.Id));
        var after = @new.ToDictionary(r => (r.Kind, r.Id));
        var changes = new List<RecordChange>();
        foreach (var kind in ReleaseRecords.Kinds)
        {
            var ids = before.Keys.Concat(after.Keys).Where(k => k.Kind == kind).Select(k => k.Id).Distinct().Order(StringComparer.Ordinal);
            foreach (var id in ids)
            {
                var was = before.GetValueOrDefault((kind, id));
                var now = after.GetValueOrDefault((kind, id));
                if (was is null)
                {
                    changes.Add(new RecordChange(ChangeKind.Added, kind, id, null, now!.Fields, []));
                }
                else if (now is null)
                {
                    changes.Add(new RecordChange(ChangeKind.Removed, kind, id, was.Fields, null, []));
                }
                else if (Fields(was.Fields, now.Fields) is { Count: > 0 } fields)
                {
                    changes.Add(new RecordChange(ChangeKind.Changed, kind, id, was.Fields, now.Fields, fields));
                }
            }
        }

        return changes;
    }

    /// <summary>The fields that differ, in the export's order; an object (the evidence) is compared field by field inside.</summary>
    private static List<FieldChange> Fields(JsonObject old, JsonObject @new, string prefix = "")
    {
        var changes = new List<FieldChange>();
        var names = old.Select(p => p.Key).Concat(@new.Select(p => p.Key)).Distinct();
        foreach (var name in names)
        {
            var was = old[name];
            var now = @new[name];
            if (was is JsonObject inner && now is JsonObject innerNow)
            {
                changes.AddRange(Fields(inner, innerNow, prefix + name + "."));
            }
            else if (!JsonNode.DeepEquals(was, now))
            {
                changes.Add(new FieldChange(prefix + name, was?.DeepClone(), now?.DeepClone()));
            }
        }

        return changes;
    }
}
