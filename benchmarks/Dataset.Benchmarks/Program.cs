using System.Globalization;
using BenchmarkDotNet.Running;
using Dataset.Benchmarks;

// dotnet run -c Release --project benchmarks/Dataset.Benchmarks -- --filter '*'
// "prepare" makes the corpora and consumers for DATASET_BENCH_SIZES and prints the sizes of what they build;
// "prepare --no-build" only writes them (to time one build by hand, as for 10,000 articles).
if (args is ["prepare", ..])
{
    var build = !args.Contains("--no-build");
    Console.WriteLine("| articles | statements | sanctions | actors | corpus YAML+text | JSON | generated C# | assembly with dataset | without |");
    Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var articles in Workspace.Sizes)
    {
        Workspace.Prepare(articles, build);
        var corpus = Workspace.Corpus(articles);
        var generated = Path.Combine(Workspace.ConsumerFolder(articles, true), "obj", "Release", "net8.0", "generated");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {articles:N0} | {corpus.StatementCount:N0} | {corpus.SanctionCount:N0} | {corpus.ActorCount:N0} | {Size(Workspace.CorpusFolder(articles))} | " +
                $"{Size(Workspace.JsonFile(articles))} | {Size(generated)} | {Size(Workspace.ConsumerAssembly(articles, true))} | " +
                $"{Size(Workspace.ConsumerAssembly(articles, false))} |"));
    }

    return;
}

// "shards" times real builds of N articles in S shard projects plus a registry and an app (see ShardBuildBenchmark).
if (args is ["shards", ..])
{
    var setup = new ShardSetup(Option("--articles", 100), Option("--shards", 3), Text("--lang-version"), args.Contains("--packages"));
    if (args.Contains("--prepare-only"))
    {
        ShardBuildBenchmark.Prepare(setup);
        return;
    }

    ShardBuildBenchmark.Run(
        setup, Option("--full", 1), Option("--repeat", 3), Text("--edits")?.Split(','), args.Contains("--compiler-server"),
        Text("--property")?.Split(',') ?? []);
    return;
}

// "emission" compiles the generated sources without one part at a time (see EmissionCostBenchmark).
if (args is ["emission", ..])
{
    EmissionCostBenchmark.Run(Option("--articles", 1000), Option("--repeat", 3), Text("--variants")?.Split(','));
    return;
}

// "lsp" measures `dataset lsp` on N articles: first diagnostics, an edit's diagnostics, completion, memory.
if (args is ["lsp", ..])
{
    await LanguageServerBenchmark.RunAsync(Option("--articles", 1000), Option("--edits", 100));
    return;
}

if (args is ["lsp-edit", ..])
{
    EditProfile.Run(Option("--articles", 1000), pause: args.Contains("--pause"));
    return;
}

// "yaml" reads the annotations' YAML with each reader apart: YamlDotNet, the subset reader, the whole parse.
if (args is ["yaml", ..])
{
    YamlReadProfile.Run(Option("--articles", 1000), Option("--repeat", 5));
    return;
}

// "links" settles the synthetic corpus's event links alone, several times (see StageProfile.Links).
if (args is ["links", ..])
{
    StageProfile.Links(Option("--articles", 1000), Option("--repeat", 5));
    return;
}

// "stages" shows where a cold run's time and allocations go, stage by stage (see StageProfile).
if (args is ["stages", ..])
{
    StageProfile.Run(Option("--articles", 1000), Option("--repeat", 5));
    return;
}

// "act-model" cross-validates learned act models on the annotated sets, beside the act rules; "act-model --write"
// writes the model the engine embeds, counted on every set.
if (args is ["act-model", ..])
{
    ActModelCommand.Run(write: args.Contains("--write"));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Workspace).Assembly).Run(args);

int Option(string name, int fallback) => Text(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

string? Text(string name) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;

static string Size(string path)
{
    var bytes = File.Exists(path) ? new FileInfo(path).Length
        : Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length)
        : 0;
    return bytes >= 1 << 20 ? $"{bytes / 1048576.0:F1} MiB" : $"{bytes / 1024.0:F0} KiB";
}
