using System.Text.RegularExpressions;
using Dataset.CorpusMaker;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dataset.Generators.Tests.Shards;

/// <summary>
/// Projects referencing a shard compile against its reference assembly, so they are rebuilt only when it changes. It
/// holds the public members, the manifest (ids, their line and column, actors' names with their first role title) and, from C# 11 on, the records'
/// data: each file's UTF-8 literal is a field of &lt;PrivateImplementationDetails&gt;, which csc /refout keeps. So under
/// C# 11+ any edit of a shard's records changes it; with string literals (C# 10) an edit that keeps every declaration
/// on its line and every actor's name keeps it byte-identical.
/// </summary>
public class ShardReferenceAssemblyTests
{
    public static TheoryData<string, LanguageVersion, bool> Edits => new()
    {
        { "summary on its line", LanguageVersion.CSharp10, true },
        { "title on its line", LanguageVersion.CSharp10, true },
        { "local actor's role moved to another state", LanguageVersion.CSharp10, true },
        { "comment line added at the top", LanguageVersion.CSharp10, false },
        { "local actor renamed", LanguageVersion.CSharp10, false },
        { "summary on its line", LanguageVersion.CSharp12, false },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void Only_an_edit_that_keeps_lines_names_and_data_literals_out_of_metadata_keeps_the_reference_assembly(string edit, LanguageVersion languageVersion, bool referenceKept)
    {
        var corpus = SyntheticCorpus.Make(articles: 6, seed: 42, shards: 2);
        var registry = GeneratorHarness.Run([("annotations/" + SyntheticCorpus.RegistryPath, ShardedCorpusTests.RegistryText(corpus))], csharp: null, "Bench.Registry.Data", assemblyName: "Registry");
        var registryReference = MetadataReference.CreateFromImage(ShardedCorpusTests.ReferenceAssembly(registry));
        var edited = corpus.Shards[1].First(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)).Path;
        var before = ShardedCorpusTests.BuildShard(corpus, 1, registryReference, languageVersion: languageVersion);

        var after = ShardedCorpusTests.BuildShard(corpus, 1, registryReference, f => f.Path == edited ? f with { Text = Apply(edit, f.Text) } : f, languageVersion);

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
            "local actor's role moved to another state" => Regex.Replace(annotation, "(    roles: \\[\\{ title: \"[^\"\n]*\", of: )[a-z-]+ ", m => m.Groups[1].Value + (m.Value.Contains("of: russia ", StringComparison.Ordinal) ? "ukraine " : "russia "), RegexOptions.None, TimeSpan.FromSeconds(1)),
            "local actor renamed" => Regex.Replace(annotation, "(    name: \"[^\"\n]*)\"", "$1 Jr\"", RegexOptions.None, TimeSpan.FromSeconds(1)),
            _ => throw new ArgumentOutOfRangeException(nameof(edit), edit, null),
        };
        Assert.NotEqual(annotation, text);
        return text;
    }
}
