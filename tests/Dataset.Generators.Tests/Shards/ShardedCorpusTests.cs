using System.Text.RegularExpressions;
using Dataset.CorpusMaker;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace Dataset.Generators.Tests.Shards;

/// <summary>The benchmark corpus made in shards must build as a registry project and shard projects that reference it.</summary>
public class ShardedCorpusTests
{
    [Fact]
    public void Each_shard_generates_with_no_diagnostic_against_the_registry_reference_assembly_and_compiles()
    {
        var corpus = SyntheticCorpus.Make(articles: 30, seed: 42, shards: 3);
        var registry = GeneratorHarness.Run(
            [("annotations/" + SyntheticCorpus.RegistryPath, RegistryText(corpus))],
            csharp: null,
            "Bench.Registry.Data",
            assemblyName: "Registry");
        Assert.Empty(registry.DiagnosticsBesideLinkAdvice);
        Assert.Empty(registry.CompilationProblems);
        var registryReference = MetadataReference.CreateFromImage(ReferenceAssembly(registry));

        for (var shard = 0; shard < corpus.Shards.Count; shard++)
        {
            var run = BuildShard(corpus, shard, registryReference);

            Assert.Empty(run.DiagnosticsBesideLinkAdvice);
            Assert.Empty(run.CompilationProblems);
        }
    }

    [Fact]
    public void Shards_split_the_articles_in_contiguous_runs_and_keep_answers_to_another_article_inside_their_run()
    {
        var corpus = SyntheticCorpus.Make(articles: 30, seed: 42, shards: 3);

        var annotations = corpus.Shards.Select(files => files.Where(IsArticleAnnotation).ToList()).ToList();
        Assert.All(annotations, files => Assert.Equal(10, files.Count));
        Assert.Equal(corpus.Files.Where(IsArticleAnnotation), annotations.SelectMany(files => files));
        var answersToAnotherArticle = annotations.SelectMany(
            (files, shard) => files.SelectMany(f => AnswersToAnotherArticle(f).Select(number => (shard, number))))
            .ToList();
        Assert.NotEmpty(answersToAnotherArticle);
        Assert.All(answersToAnotherArticle, answer => Assert.Equal(answer.shard, SyntheticCorpus.ShardOf(answer.number, 30, 3)));
    }

    [Fact]
    public void One_shard_is_the_plain_corpus()
    {
        var corpus = SyntheticCorpus.Make(articles: 12, seed: 42, shards: 1);

        Assert.Equal(SyntheticCorpus.Make(articles: 12, seed: 42).Files, corpus.Files);
        Assert.Equal(corpus.Files.Where(f => f.Path != SyntheticCorpus.RegistryPath), Assert.Single(corpus.Shards));
    }

    internal static string RegistryText(SyntheticCorpus corpus) => corpus.Files.Single(f => f.Path == SyntheticCorpus.RegistryPath).Text;

    internal static GeneratorRun BuildShard(
        SyntheticCorpus corpus,
        int shard,
        MetadataReference registry,
        Func<CorpusFile, CorpusFile>? edit = null,
        LanguageVersion languageVersion = LanguageVersion.CSharp12) =>
        GeneratorHarness.Run(
            corpus.Shards[shard].Select(edit ?? (f => f)).Select(f => ("annotations/" + f.Path, (string?)f.Text)).ToArray(),
            csharp: null,
            $"Bench.Shard{shard:D2}.Data",
            languageVersion,
            references: [registry],
            assemblyName: $"Shard{shard:D2}");

    /// <summary>
    /// The reference assembly the SDK writes to obj/ref: emitted beside the assembly (csc /refout), deterministic,
    /// without private members. Unlike a metadata-only emit, it keeps the data of &lt;PrivateImplementationDetails&gt;.
    /// </summary>
    internal static byte[] ReferenceAssembly(GeneratorRun project) => Images(project).Reference;

    /// <summary>The assembly and the reference assembly of one emit, as the SDK writes them to obj/ and obj/ref.</summary>
    internal static (byte[] Assembly, byte[] Reference) Images(GeneratorRun project)
    {
        using var assembly = new MemoryStream();
        using var reference = new MemoryStream();
        var emitted = project.Compilation.WithOptions(project.Compilation.Options.WithDeterministic(true))
            .Emit(assembly, metadataPEStream: reference, options: new EmitOptions(includePrivateMembers: false));
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return (assembly.ToArray(), reference.ToArray());
    }

    private static bool IsArticleAnnotation(CorpusFile file) =>
        file.Path.EndsWith(".yaml", StringComparison.Ordinal) && file.Path != SyntheticCorpus.RegistryPath;

    /// <summary>The article indexes (from the statement ids' number) that a file's statements answer, other than its own.</summary>
    private static IEnumerable<int> AnswersToAnotherArticle(CorpusFile annotation)
    {
        var own = Regex.Match(annotation.Path, @"-(\d{5})\.yaml$").Groups[1].Value;
        return Regex.Matches(annotation.Text, @"responds-to: \S+-(\d{5})-\d{2}\n")
            .Select(m => m.Groups[1].Value)
            .Where(number => number != own)
            .Select(number => int.Parse(number, System.Globalization.CultureInfo.InvariantCulture));
    }
}
