using Dataset.CorpusMaker;

// dotnet run --project benchmarks/Dataset.CorpusMaker -- --articles 1000 --out DIR [--seed 42] [--shards S]
const string Usage = "usage: Dataset.CorpusMaker --articles N --out DIR [--seed 42] [--shards S]";
var articles = 100;
var seed = 42;
var shards = 1;
string? output = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--articles" when i + 1 < args.Length:
            articles = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            break;
        case "--seed" when i + 1 < args.Length:
            seed = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            break;
        case "--shards" when i + 1 < args.Length:
            shards = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            break;
        case "--out" when i + 1 < args.Length:
            output = args[++i];
            break;
        default:
            Console.Error.WriteLine(Usage);
            return 2;
    }
}

if (output is null || articles < 1 || shards < 1 || shards > articles)
{
    Console.Error.WriteLine(Usage);
    return 2;
}

var corpus = SyntheticCorpus.Make(articles, seed, shards);
if (shards == 1)
{
    corpus.WriteTo(output);
}
else
{
    // The registry and each shard in a folder of its own, each the annotations of one shard.
    ShardedLayout.WriteTo(corpus, output);
}

Console.WriteLine(
    $"{corpus.Files.Count} files ({articles} articles in {shards} shard(s), {corpus.ActorCount} actors, {corpus.StatementCount} statements, " +
        $"{corpus.SanctionCount} sanctions) in {Path.GetFullPath(output)}");
return 0;
