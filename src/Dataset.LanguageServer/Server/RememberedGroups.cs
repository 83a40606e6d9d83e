using Dataset.Annotations.Caching;

namespace Dataset.LanguageServer.Server;

/// <summary>
/// The diagnostics a cache remembers, in the groups they are published in: the open documents first, then the other
/// files in path order, a few hundred at a time, so that the first reach the editor before the rest are converted.
/// </summary>
internal static class RememberedGroups
{
    private const int Size = 256;

    public static IEnumerable<RememberedDiagnostics> Of(RememberedDiagnostics remembered, IEnumerable<string> open)
    {
        var first = open.Where(remembered.Files.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
        if (first.Count > 0)
        {
            yield return Subset(remembered, first);
        }

        var firstSet = new HashSet<string>(first, StringComparer.Ordinal);
        var rest = remembered.Files.Keys.Where(path => !firstSet.Contains(path)).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < rest.Count; i += Size)
        {
            yield return Subset(remembered, rest.GetRange(i, Math.Min(Size, rest.Count - i)));
        }
    }

    private static RememberedDiagnostics Subset(RememberedDiagnostics remembered, List<string> paths) =>
        new(paths.ToDictionary(path => path, path => remembered.Files[path], StringComparer.Ordinal));
}
