using System.Globalization;
using System.Text;

namespace Dataset.CorpusMaker;

/// <summary>One file of a corpus, with its path relative to the corpus folder.</summary>
public sealed record CorpusFile(string Path, string Text);

/// <summary>
/// A deterministic synthetic corpus: a shared actor registry (<c>actors.yaml</c>) and N articles, each a text and its
/// annotation with about ten statements and three sanctions. Actors are shared across articles (a few are in many),
/// every actor is used, every evidence occurs exactly once in its article, and a few statements answer one in the
/// previous article, so the corpus is valid under the generator and exercises cross-file references. Made in shards,
/// the articles are split into contiguous runs and a statement answers only one of its own run, so that each run can
/// be its own shard referencing only the registry.
/// </summary>
public sealed class SyntheticCorpus
{
    public const string RegistryPath = "actors.yaml";

    private SyntheticCorpus(
        IReadOnlyList<CorpusFile> files,
        IReadOnlyList<IReadOnlyList<CorpusFile>> shards,
        int actors,
        int statements,
        int sanctions,
        string probeStatementId,
        string probeAnnotationPath)
    {
        Files = files;
        Shards = shards;
        ActorCount = actors;
        StatementCount = statements;
        SanctionCount = sanctions;
        ProbeStatementId = probeStatementId;
        ProbeAnnotationPath = probeAnnotationPath;
    }

    public IReadOnlyList<CorpusFile> Files { get; }

    /// <summary>The article files of each shard (the registry is in none); one shard unless made in several.</summary>
    public IReadOnlyList<IReadOnlyList<CorpusFile>> Shards { get; }

    public int ActorCount { get; }

    public int StatementCount { get; }

    public int SanctionCount { get; }

    /// <summary>A statement of the middle article: what benchmarks look up.</summary>
    public string ProbeStatementId { get; }

    /// <summary>The annotation holding <see cref="ProbeStatementId"/>.</summary>
    public string ProbeAnnotationPath { get; }

    public static SyntheticCorpus Make(int articles, int seed = 42, int shards = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(articles, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(shards, articles);
        var shardFiles = Enumerable.Range(0, shards).Select(_ => new List<CorpusFile>()).ToList();
        var random = new Random(seed);
        var pool = ActorPool.Make(Math.Min(20 + (articles / 4), 6 * articles), random);
        var files = new List<CorpusFile> { new(RegistryPath, RegistryYaml(pool, articles, seed)) };
        int statements = 0, sanctions = 0, localActors = 0;
        string? previousStatement = null;
        var probeIndex = articles / 2;
        string probeId = string.Empty, probePath = string.Empty;
        for (var i = 0; i < articles; i++)
        {
            var shard = ShardOf(i, articles, shards);
            if (i > 0 && shard != ShardOf(i - 1, articles, shards))
            {
                previousStatement = null;
            }

            var article = ArticleWriter.Write(i, articles, seed, pool, random, previousStatement);
            CorpusFile[] written = [new(article.TextPath, article.Text), new(article.AnnotationPath, article.Annotation)];
            files.AddRange(written);
            shardFiles[shard].AddRange(written);
            statements += article.StatementIds.Count;
            sanctions += article.SanctionCount;
            localActors++;
            previousStatement = article.StatementIds[0];
            if (i == probeIndex)
            {
                probeId = article.StatementIds[0];
                probePath = article.AnnotationPath;
            }
        }

        return new SyntheticCorpus(files, shardFiles, pool.Count + localActors, statements, sanctions, probeId, probePath);
    }

    /// <summary>The shard of an article: contiguous runs of nearly equal length.</summary>
    public static int ShardOf(int article, int articles, int shards) => (int)((long)article * shards / articles);

    public void WriteTo(string folder) => Write(Files, folder);

    internal static void Write(IEnumerable<CorpusFile> files, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in files)
        {
            File.WriteAllText(Path.Combine(folder, file.Path), file.Text, new UTF8Encoding(false));
        }
    }

    private static string RegistryYaml(ActorPool pool, int articles, int seed)
    {
        var yaml = new StringBuilder();
        yaml.Append(CultureInfo.InvariantCulture, $"# Shared actor registry of a synthetic corpus ({articles} articles, seed {seed}).\n");
        yaml.Append("actors:\n");
        foreach (var actor in pool.All)
        {
            YamlWriter.Actor(yaml, actor);
        }

        return yaml.ToString();
    }
}
