namespace Dataset.CorpusMaker;

/// <summary>
/// A corpus made in shards, on disk as one folder per shard: the registry's <c>actors.yaml</c> in
/// <c>registry/annotations</c>, the articles of shard k in <c>shard-k/annotations</c> (k in two digits).
/// </summary>
public static class ShardedLayout
{
    public const string RegistryFolder = "registry";

    public const string AnnotationsFolder = "annotations";

    public static string ShardFolder(int shard) => $"shard-{shard:D2}";

    public static void WriteTo(SyntheticCorpus corpus, string folder)
    {
        SyntheticCorpus.Write(corpus.Files.Where(f => f.Path == SyntheticCorpus.RegistryPath), Path.Combine(folder, RegistryFolder, AnnotationsFolder));
        for (var shard = 0; shard < corpus.Shards.Count; shard++)
        {
            SyntheticCorpus.Write(corpus.Shards[shard], Path.Combine(folder, ShardFolder(shard), AnnotationsFolder));
        }
    }
}
