using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Parsing;

namespace Dataset.Annotations.Tests.Parsing;

/// <summary>
/// Holds <see cref="YamlSubsetReader"/> to YamlDotNet: compares two YAML trees field by field (kind, value, plain or
/// not, every location field, item and entry counts, in document order) and names the first difference. Also linked
/// into the fuzz target, so that afl++ hunts for texts the two readers read differently.
/// </summary>
internal static class YamlTreeDifference
{
    /// <summary>
    /// Null when the subset reader leaves <paramref name="text"/> to YamlDotNet (<paramref name="fast"/> false) or reads
    /// the tree YamlDotNet reads, without a diagnostic; else the first difference, in words.
    /// </summary>
    public static string? OfReaders(string path, string text, out bool fast)
    {
        var subset = YamlSubsetReader.Read(path, text);
        fast = subset is not null;
        if (subset is null)
        {
            return null;
        }

        var diagnostics = new List<DiagnosticInfo>();
        var expected = YamlTreeReader.ReadWithYamlDotNet(path, text, diagnostics);
        return diagnostics.Count > 0
            ? $"YamlDotNet reports {diagnostics[0].Id} at {diagnostics[0].Location.ToDisplay()} ({string.Join("; ", diagnostics[0].Arguments)}); " +
                "the subset reader read a tree"
            : Between(expected, subset);
    }

    /// <summary>The first difference between the two trees, named by its path from the root, or null when they are equal.</summary>
    public static string? Between(YamlNode? expected, YamlNode? actual)
    {
        var pending = new Stack<(string Path, YamlNode? Expected, YamlNode? Actual)>();
        pending.Push(("root", expected, actual));
        while (pending.Count > 0)
        {
            var (path, e, a) = pending.Pop();
            if (e is null || a is null)
            {
                if (e is not null || a is not null)
                {
                    return $"{path}: {Describe(e)} expected, {Describe(a)} read";
                }

                continue;
            }

            if (e.GetType() != a.GetType())
            {
                return $"{path}: {Describe(e)} expected, {Describe(a)} read";
            }

            if (e.Location != a.Location)
            {
                return $"{path}: location {Show(e.Location)} expected, {Show(a.Location)} read";
            }

            switch (e, a)
            {
                case (YamlScalar s, YamlScalar t) when s.Value != t.Value || s.IsPlain != t.IsPlain:
                    return $"{path}: {Describe(s)} expected, {Describe(t)} read";
                case (YamlSequence s, YamlSequence t):
                    if (s.Items.Count != t.Items.Count)
                    {
                        return $"{path}: {s.Items.Count} items expected, {t.Items.Count} read";
                    }

                    for (var i = s.Items.Count - 1; i >= 0; i--)
                    {
                        pending.Push(($"{path}[{i}]", s.Items[i], t.Items[i]));
                    }

                    break;
                case (YamlMapping m, YamlMapping n):
                    if (m.Entries.Count != n.Entries.Count)
                    {
                        return $"{path}: {m.Entries.Count} entries expected, {n.Entries.Count} read";
                    }

                    for (var i = m.Entries.Count - 1; i >= 0; i--)
                    {
                        var name = m.Entries[i].Key is YamlScalar key ? key.Value : "#" + i;
                        pending.Push(($"{path}.{name}", m.Entries[i].Value, n.Entries[i].Value));
                        pending.Push(($"{path}.{name} (key)", m.Entries[i].Key, n.Entries[i].Key));
                    }

                    break;
            }
        }

        return null;
    }

    private static string Describe(YamlNode? node) => node switch
    {
        null => "nothing",
        YamlScalar s => (s.IsPlain ? "plain " : "quoted ") + "\"" + s.Value + "\"",
        YamlSequence s => $"a sequence of {s.Items.Count}",
        YamlMapping m => $"a mapping of {m.Entries.Count}",
        _ => node.GetType().Name,
    };

    private static string Show(LocationInfo l) => $"[{l.Start}..{l.End}) {l.StartLine}:{l.StartColumn}-{l.EndLine}:{l.EndColumn} in {l.FilePath}";
}
