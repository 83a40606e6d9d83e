using System.Text.RegularExpressions;
using Dataset.CorpusMaker;
using Microsoft.CodeAnalysis;

namespace Dataset.Generators.Tests.Shards;

/// <summary>
/// Projects referencing a shard compile against its reference assembly, so they are rebuilt only when it changes. It
/// holds the public members and the manifest (ids, their line and column, actors' names): an edit that keeps those
/// keeps it byte-identical; an edit that moves a declaration to another line changes it.
/// </summary>
public class ShardReferenceAssemblyTests
{
    public static TheoryData<string, bool> Edits => new()
    {
        { "summary on its line", true },
        { "title on its line", true },
        { "comment line added at the top", false },
        { "local actor renamed", false },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void An_edit_that_keeps_ids_and_lines_keeps_the_reference_assembly_and_one_that_moves_them_changes_it(string edit, bool referenceKept)
    {
        var corpus = SyntheticCorpus.Make(articles: 6, seed: 42, shards: 2);
        var registry = GeneratorHarness.Run([("annotations/" + SyntheticCorpus.RegistryPath, ShardedCorpusTests.RegistryText(corpus))], csharp: null, "Bench.Registry.Data", assemblyName: "Registry");
        var registryReference = MetadataReference.CreateFromImage(ShardedCorpusTests.ReferenceAssembly(registry));
        var edited = corpus.Shards[1].First(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)).Path;
        var before = ShardedCorpusTests.BuildShard(corpus, 1, registryReference);

        var after = ShardedCorpusTests.BuildShard(corpus, 1, registryReference, f => f.Path == edited ? f with { Text = Apply(edit, f.Text) } : f);

        Assert.Empty(after.Diagnostics);
        Assert.NotEqual(Registry.Image(before), Registry.Image(after));
        Assert.Equal(referenceKept, ShardedCorpusTests.ReferenceAssembly(before).AsSpan().SequenceEqual(ShardedCorpusTests.ReferenceAssembly(after)));
    }

    private static string Apply(string edit, string annotation)
    {
        var text = edit switch
        {
            "summary on its line" => Regex.Replace(annotation, "(    summary: \"[^\"\n]*)\"", "$1, revised\"", RegexOptions.None, TimeSpan.FromSeconds(1)),
            "title on its line" => Regex.Replace(annotation, "(  title: \"[^\"\n]*)\"", "$1, revised\"", RegexOptions.None, TimeSpan.FromSeconds(1)),
            "comment line added at the top" => "# Revised.\n" + annotation,
            "local actor renamed" => Regex.Replace(annotation, "(    name: \"[^\"\n]*)\"", "$1 Jr\"", RegexOptions.None, TimeSpan.FromSeconds(1)),
            _ => throw new ArgumentOutOfRangeException(nameof(edit), edit, null),
        };
        Assert.NotEqual(annotation, text);
        return text;
    }
}
