using System.Globalization;
using System.Text;

namespace Dataset.CorpusMaker;

/// <summary>One file of a corpus, with its path relative to the corpus folder.</summary>
public sealed record CorpusFile(string Path, string Text);

/// <summary>
/// A deterministic synthetic corpus: a shared actor registry (<c>actors.yaml</c>) and N articles, each a text and its
/// annotation with about ten statements and three sanctions. Actors are shared across articles (a few are in many),
/// every actor is used, every evidence occurs exactly once in its article, and a few statements answer one in the
/// previous article, so the corpus is valid under the generator and exercises cross-file references.
/// </summary>
public sealed class SyntheticCorpus
{
    public const string RegistryPath = "actors.yaml";

    private SyntheticCorpus(IReadOnlyList<CorpusFile> files, int actors, int statements, int sanctions, string probeStatementId, string probeAnnotationPath)
    {
        Files = files;
        ActorCount = actors;
        StatementCount = statements;
        SanctionCount = sanctions;
        ProbeStatementId = probeStatementId;
        ProbeAnnotationPath = probeAnnotationPath;
    }

    public IReadOnlyList<CorpusFile> Files { get; }

    public int ActorCount { get; }

    public int StatementCount { get; }

    public int SanctionCount { get; }

    /// <summary>A statement of the middle article: what benchmarks look up.</summary>
    public string ProbeStatementId { get; }

    /// <summary>The annotation holding <see cref="ProbeStatementId"/>.</summary>
    public string ProbeAnnotationPath { get; }

    public static SyntheticCorpus Make(int articles, int seed = 42)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(articles, 1);
        var random = new Random(seed);
        var pool = ActorPool.Make(Math.Min(20 + (articles / 4), 6 * articles), random);
        var files = new List<CorpusFile> { new(RegistryPath, RegistryYaml(pool, articles, seed)) };
        int statements = 0, sanctions = 0, localActors = 0;
        string? previousStatement = null;
        var probeIndex = articles / 2;
        string probeId = string.Empty, probePath = string.Empty;
        for (var i = 0; i < articles; i++)
        {
            var article = ArticleWriter.Write(i, articles, seed, pool, random, previousStatement);
            files.Add(new CorpusFile(article.TextPath, article.Text));
            files.Add(new CorpusFile(article.AnnotationPath, article.Annotation));
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

        return new SyntheticCorpus(files, pool.Count + localActors, statements, sanctions, probeId, probePath);
    }

    public void WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Files)
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
