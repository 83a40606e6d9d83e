using Dataset.Fuzz;

namespace Dataset.Generators.Tests.Fuzzing;

/// <summary>
/// What coverage-guided fuzzing found stays fixed: every input in tests/Dataset.Fuzz/regressions (each a crash or a
/// hang the fuzzer found, minimised) and every input fuzzing starts from runs through the whole pipeline and the
/// emitter without an exception, with sources that parse. (A hang the fuzzer found is replayed here too: fixed, it
/// finishes; the fuzzer's own limit of 1 s is what decides a hang, not a timing in this test.)
/// </summary>
public class FuzzReplayTests
{
    private static string Regressions => Path.Combine(RepositoryPaths.Root, "tests", "Dataset.Fuzz", "regressions");

    [Fact]
    public void Every_regression_input_runs_through_the_pipeline()
    {
        var failures = new List<string>();
        foreach (var path in Directory.EnumerateFiles(Regressions).Where(p => !p.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            // "lsp-…" inputs are messages for the language server's target; the rest annotations with their articles.
            Action run = Path.GetFileName(path).StartsWith("lsp-", StringComparison.Ordinal)
                ? () => LspTarget.Run(File.ReadAllBytes(path))
                : () => PipelineTarget.Run(FuzzInput.From(File.ReadAllBytes(path)));
            try
            {
                run();
            }
            catch (Exception e)
            {
                failures.Add($"{Path.GetFileName(path)}: {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Every_seed_input_runs_through_the_pipeline()
    {
        var folder = Directory.CreateTempSubdirectory("dataset-fuzz-seeds-").FullName;
        try
        {
            var count = SeedCorpus.Write(folder, RepositoryPaths.Root, RepositoryPaths.Shared);
            var failures = Directory.EnumerateFiles(folder).Select(path =>
            {
                try
                {
                    PipelineTarget.Run(FuzzInput.From(File.ReadAllBytes(path)));
                    return null;
                }
                catch (Exception e)
                {
                    return $"{Path.GetFileName(path)}: {e.GetType().Name}: {e.Message}";
                }
            }).Where(failure => failure is not null).ToList();

            Assert.True(count > 390, $"only {count} seed inputs");
            Assert.Empty(failures);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Every_seed_session_of_the_language_server_is_answered()
    {
        var folder = Directory.CreateTempSubdirectory("dataset-fuzz-lsp-seeds-").FullName;
        try
        {
            Assert.Equal(7, SeedCorpus.WriteMessages(folder, RepositoryPaths.Root));
            foreach (var path in Directory.EnumerateFiles(folder))
            {
                LspTarget.Run(File.ReadAllBytes(path));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_target_fails_on_an_emitted_source_that_does_not_parse()
    {
        // The target's own check: a source the compiler cannot parse is a crash, as an exception is.
        var seed = File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "2022-10-22-dawn-us-urges-russia-to-keep-lines-open.yaml"));
        var input = new FuzzInput(seed, File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "2022-10-22-dawn-us-urges-russia-to-keep-lines-open.txt")));

        PipelineTarget.Run(input);
        Assert.Throws<InvalidOperationException>(() => PipelineTarget.CheckParses("broken.g.cs", "namespace X { class"));
    }
}
