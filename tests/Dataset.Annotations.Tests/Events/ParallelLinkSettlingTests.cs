using System.Collections.Immutable;
using Dataset.Annotations.Events;
using Dataset.Annotations.Model;
using Dataset.Annotations.Pipeline;
using Dataset.CorpusMaker;

namespace Dataset.Annotations.Tests.Events;

/// <summary>
/// The links settled by two threads sharing the parts (each kind's links, the actors'), as the folder analysis settles
/// them beside the ids, are those one update settles alone: every suggestion and contradiction, each file's part in its
/// order, and the files an update says changed.
/// </summary>
public class ParallelLinkSettlingTests
{
    [Fact]
    public void The_synthetic_corpus_settles_alike_on_threads_and_on_one()
    {
        var first = Facts(seed: 42);
        var second = Facts(seed: 7);
        var (parallel, sequential) = (new LinkState(), new LinkState());

        SettleAlike(parallel, sequential, first, []);
        Assert.Contains(parallel.ToIndex().Suggestions, s => s.Kind == RecordKind.Statement);
        Assert.Contains(parallel.ToIndex().Suggestions, s => s.Kind == RecordKind.Sanction);
        Assert.Contains(parallel.ToIndex().Suggestions, s => s.Kind == RecordKind.Actor);

        // Another corpus over the first: every record and actor moves, and the files only the first had are removed.
        var kept = second.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        SettleAlike(parallel, sequential, second, first.Select(f => f.Path).Where(p => !kept.Contains(p)).ToList());
    }

    private static void SettleAlike(LinkState parallel, LinkState sequential, ImmutableArray<FileEventFacts> files, List<string> removed)
    {
        var settling = parallel.Begin(files, removed);
        Parallel.Invoke(settling.Help, settling.Help);
        var changedOnThreads = settling.Finish();
        var changedOnOne = sequential.Update(files, removed);

        Assert.Equal(changedOnOne.Order(StringComparer.Ordinal), changedOnThreads.Order(StringComparer.Ordinal));
        Assert.Equal(sequential.ToIndex(), parallel.ToIndex());
        Assert.All(files, file =>
        {
            Assert.Equal(sequential.SuggestionsIn(file.Path), parallel.SuggestionsIn(file.Path));
            Assert.Equal(sequential.ContradictionsIn(file.Path), parallel.ContradictionsIn(file.Path));
        });
    }

    private static ImmutableArray<FileEventFacts> Facts(int seed) =>
        [.. SyntheticCorpus.Make(300, seed).Files
            .Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(f => AnnotationStages.EventFacts(AnnotationStages.Parse("/corpus/" + f.Path, f.Text, CancellationToken.None)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)];
}
