using Dataset.Annotations.Caching;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Pipeline;
using Dataset.LanguageServer.Server;

namespace Dataset.LanguageServer.Tests;

/// <summary>
/// The diagnostics a cache remembers are published the open documents first, then every other file once, in path order,
/// in groups small enough that the first reach the editor at once.
/// </summary>
public class RememberedGroupsTests
{
    [Fact]
    public void The_open_documents_come_first_then_every_other_file_once_in_path_order_in_groups_of_at_most_256()
    {
        var paths = Enumerable.Range(0, 600).Select(i => $"/corpus/article-{i:D4}.yaml").Reverse().ToList();
        var none = new FileDiagnostics(EquatableArray<DiagnosticInfo>.Empty, EquatableArray<DiagnosticInfo>.Empty);
        var remembered = new RememberedDiagnostics(paths.ToDictionary(p => p, _ => none, StringComparer.Ordinal));
        string[] open = ["/corpus/article-0300.yaml", "/corpus/not-remembered.yaml", "/corpus/article-0007.yaml"];

        var groups = RememberedGroups.Of(remembered, open).ToList();

        Assert.Equal(["/corpus/article-0300.yaml", "/corpus/article-0007.yaml"], groups[0].Files.Keys);
        Assert.All(groups, g => Assert.InRange(g.Files.Count, 1, 256));
        var rest = groups.Skip(1).SelectMany(g => g.Files.Keys).ToList();
        Assert.Equal(paths.Except(groups[0].Files.Keys).Order(StringComparer.Ordinal), rest);
        Assert.Equal(600, groups.Sum(g => g.Files.Count));
    }
}
