using Dataset.CorpusMaker;

// dotnet run --project benchmarks/Dataset.CorpusMaker -- --articles 1000 --out DIR [--seed 42]
var articles = 100;
var seed = 42;
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
        case "--out" when i + 1 < args.Length:
            output = args[++i];
            break;
        default:
            Console.Error.WriteLine("usage: Dataset.CorpusMaker --articles N --out DIR [--seed 42]");
            return 2;
    }
}

if (output is null || articles < 1)
{
    Console.Error.WriteLine("usage: Dataset.CorpusMaker --articles N --out DIR [--seed 42]");
    return 2;
}

var corpus = SyntheticCorpus.Make(articles, seed);
corpus.WriteTo(output);
Console.WriteLine($"{corpus.Files.Count} files ({articles} articles, {corpus.ActorCount} actors, {corpus.StatementCount} statements, {corpus.SanctionCount} sanctions) in {Path.GetFullPath(output)}");
return 0;
