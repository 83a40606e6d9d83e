using System.Text.RegularExpressions;
using Dataset.CorpusMaker;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dataset.Generators.Tests.Shards;

/// <summary>
/// Projects referencing a shard compile against its reference assembly, so they are rebuilt only when it changes. It
/// holds the public members (one per id) and the manifest (kinds and ids under their files); the records' data is a
/// private string constant of the catalog per file, which csc /refout leaves out. So an edit that keeps the ids keeps
/// it byte-identical, whatever the size of the data: constants are stored in the metadata's blob heap, which has no
/// 16 MB limit, unlike the string literals of code.
/// </summary>
public class ShardReferenceAssemblyTests
{
    private const int LargeFiles = 10;

    /// <summary>More characters than the 16 MB user-string heap can hold (2 bytes each).</summary>
    private const int PastTheStringHeap = 9_000_000;

    public static TheoryData<string, LanguageVersion, bool> Edits => new()
    {
        { "summary on its line", LanguageVersion.CSharp12, true },
        { "title on its line", LanguageVersion.CSharp12, true },
        { "local actor's role moved to another state", LanguageVersion.CSharp12, true },
        { "comment line added at the top", LanguageVersion.CSharp12, true },
        { "local actor renamed", LanguageVersion.CSharp12, true },
        { "local actor's id changed", LanguageVersion.CSharp12, false },
        { "comment line added at the top", LanguageVersion.CSharp10, true },
        { "local actor's id changed", LanguageVersion.CSharp10, false },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void An_edit_that_keeps_the_ids_keeps_the_reference_assembly(string edit, LanguageVersion languageVersion, bool referenceKept)
    {
        var corpus = SyntheticCorpus.Make(articles: 6, seed: 42, shards: 2);
        var registry = GeneratorHarness.Run(
            [("annotations/" + SyntheticCorpus.RegistryPath, ShardedCorpusTests.RegistryText(corpus))],
            csharp: null,
            "Bench.Registry.Data",
            assemblyName: "Registry");
        var registryReference = MetadataReference.CreateFromImage(ShardedCorpusTests.ReferenceAssembly(registry));
        var edited = corpus.Shards[1].First(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)).Path;
        var before = ShardedCorpusTests.BuildShard(corpus, 1, registryReference, languageVersion: languageVersion);

        var after = ShardedCorpusTests.BuildShard(
            corpus,
            1,
            registryReference,
            f => f.Path == edited ? f with { Text = Apply(edit, f.Text) } : f,
            languageVersion);

        Assert.Empty(after.Diagnostics);
        Assert.NotEqual(Registry.Image(before), Registry.Image(after));
        Assert.Equal(referenceKept, ShardedCorpusTests.ReferenceAssembly(before).AsSpan().SequenceEqual(ShardedCorpusTests.ReferenceAssembly(after)));
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp12)]
    [InlineData(LanguageVersion.CSharp10)]
    public void Records_past_the_string_heap_are_constants_and_a_rename_keeps_the_reference_assembly(LanguageVersion languageVersion)
    {
        var before = GeneratorHarness.Run(LargeRegistry("Big 0"), csharp: null, "Large.Data", languageVersion, assemblyName: "Large");

        var after = GeneratorHarness.Run(LargeRegistry("Large 0"), csharp: null, "Large.Data", languageVersion, assemblyName: "Large");

        Assert.Empty(after.Diagnostics);
        var holders = after.Sources.Values.Where(s => s.Contains("    partial class Catalog\n", StringComparison.Ordinal)).ToList();
        Assert.Equal(LargeFiles, holders.Count);
        Assert.All(holders, source => Assert.Contains("private const string Annotation_", source, StringComparison.Ordinal));
        var (assembly, reference) = ShardedCorpusTests.Images(after);
        Assert.True(ShardedCorpusTests.ReferenceAssembly(before).AsSpan().SequenceEqual(reference));
        var actor = RecordDataTests.Load(assembly).GetActor(new ActorId("big-0"));
        Assert.Equal("Large 0", actor.Name);
        Assert.Equal(LargeAlias(0), Assert.Single(actor.Aliases));
    }

    /// <summary>An actors-only registry whose aliases take the records' data past the string heap, in files under the size limit.</summary>
    private static (string Path, string? Text)[] LargeRegistry(string firstName)
    {
        var files = Enumerable.Range(0, LargeFiles).Select(i => (
            Path: $"registry/big-{i}.yaml",
            Text: (string?)$"actors:\n  - id: big-{i}\n    name: {(i == 0 ? firstName : "Big " + i)}\n    kind: group\n    aliases: [\"{LargeAlias(i)}\"]\n"))
            .ToArray();
        Assert.True(files.Sum(f => f.Text!.Length) > PastTheStringHeap);
        Assert.All(files, f => Assert.True(f.Text!.Length < 1_000_000, "An annotation past the size limit would be refused."));
        return files;
    }

    /// <summary>Text of every width (one, two and three UTF-8 bytes, a surrogate pair), a share of the budget long.</summary>
    private static string LargeAlias(int file)
    {
        const string Unit = "é “curly” 😀 ~tilde 3:colon ";
        var length = (PastTheStringHeap / LargeFiles) + 1000;
        return file + " " + string.Concat(Enumerable.Repeat(Unit, (length / Unit.Length) + 1));
    }

    private static string Apply(string edit, string annotation)
    {
        var text = edit switch
        {
            "summary on its line" => Regex.Replace(annotation, "(    summary: \"[^\"\n]*)\"", "$1, revised\"", RegexOptions.None, TimeSpan.FromSeconds(1)),
            "title on its line" => Regex.Replace(annotation, "(  title: \"[^\"\n]*)\"", "$1, revised\"", RegexOptions.None, TimeSpan.FromSeconds(1)),
            "comment line added at the top" => "# Revised.\n" + annotation,
            "local actor's role moved to another state" => Regex.Replace(
                annotation,
                "(    roles: \\[\\{ title: \"[^\"\n]*\", of: )[a-z-]+ ",
                m => m.Groups[1].Value + (m.Value.Contains("of: russia ", StringComparison.Ordinal) ? "ukraine " : "russia "),
                RegexOptions.None,
                TimeSpan.FromSeconds(1)),
            "local actor renamed" => Regex.Replace(annotation, "(    name: \"[^\"\n]*)\"", "$1 Jr\"", RegexOptions.None, TimeSpan.FromSeconds(1)),
            // Local actors' ids end in -a and the article's number, and only their own article refers to them.
            "local actor's id changed" => Regex.Match(
                annotation,
                "  - id: ([a-z0-9-]+-a[0-9]{5})\n",
                RegexOptions.None,
                TimeSpan.FromSeconds(1)).Groups[1].Value is { Length: > 0 } id
                ? annotation.Replace(id, id + "-revised", StringComparison.Ordinal)
                : annotation,
            _ => throw new ArgumentOutOfRangeException(nameof(edit), edit, null),
        };
        Assert.NotEqual(annotation, text);
        return text;
    }
}
