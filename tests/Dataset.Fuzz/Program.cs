using Dataset.Fuzz;
using SharpFuzz;

// "seed DIR": the seed corpus: the seed articles with their annotations, every case of the YAML test suite, and the
// packaging tests' new-article fixture, one input file each.
if (args is ["seed-lsp", var lspSeeds, var repository2])
{
    Console.WriteLine($"wrote {SeedCorpus.WriteMessages(lspSeeds, repository2)} seed input(s) to {lspSeeds}");
    return 0;
}

if (args is ["seed", var seedFolder, var repository, var shared])
{
    Console.WriteLine($"wrote {SeedCorpus.Write(seedFolder, repository, shared)} seed input(s) to {seedFolder}");
    return 0;
}

// Under afl++ (fuzz.sh): one input per run of the target, read from standard input, in a persistent loop.
// With "replay FILE|DIR": each input once, in process, printing what fails (exit 1 if anything does).
var lsp = args.Contains("--lsp");
if (args is ["replay", var path, ..])
{
    var inputs = Directory.Exists(path) ? Directory.EnumerateFiles(path).Order(StringComparer.Ordinal).ToList() : [path];
    var failed = 0;
    foreach (var file in inputs)
    {
        try
        {
            if (lsp)
            {
                LspTarget.Run(File.ReadAllBytes(file));
            }
            else
            {
                PipelineTarget.Run(FuzzInput.From(File.ReadAllBytes(file)));
            }
        }
        catch (Exception e)
        {
            failed++;
            Console.WriteLine($"{file}: {e.GetType().Name}: {e.Message}");
            Console.WriteLine(e.StackTrace);
        }
    }

    Console.WriteLine($"replayed {inputs.Count} input(s), {failed} failed");
    return failed == 0 ? 0 : 1;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    if (lsp)
    {
        LspTarget.Run(buffer.ToArray());
    }
    else
    {
        PipelineTarget.Run(FuzzInput.From(buffer.ToArray()));
    }
});
return 0;
