namespace Dataset.Cli.Tests;

/// <summary>
/// `validate` keeps the analysis cache between runs: a second run of an unchanged folder prints exactly what the first
/// printed without analysing anything, an edit between runs is found, and `--no-cache` neither reads nor writes one.
/// </summary>
public sealed class ValidateCacheTests : IDisposable
{
    private const string Annotation = "2022-10-22-dawn-us-urges-russia-to-keep-lines-open.yaml";

    private readonly TempFolder _seeds = TempFolder.WithSeeds();
    private readonly TempFolder _cache = new();

    public void Dispose()
    {
        _seeds.Dispose();
        _cache.Dispose();
    }

    [Fact]
    public void A_second_run_prints_what_the_first_did_from_the_cache_and_an_edit_between_runs_is_found()
    {
        var path = _seeds.File(Annotation);
        File.WriteAllText(path, File.ReadAllText(path).Replace("speaker: lloyd-austin", "speaker: loyd-austin", StringComparison.Ordinal));

        var first = Validate("--progress");
        var second = Validate("--progress");
        File.WriteAllText(path, File.ReadAllText(path).Replace("speaker: loyd-austin", "speaker: lloyd-austin", StringComparison.Ordinal));
        var third = Validate("--progress");

        Assert.Equal(1, first.ExitCode);
        Assert.Contains(first.OutputLines, l => l.Contains("error DS0010", StringComparison.Ordinal));
        Assert.Equal((first.ExitCode, first.Output), (second.ExitCode, second.Output));
        Assert.Contains("no file changed since the analysis the cache keeps", second.Error, StringComparison.Ordinal);
        Assert.Equal(0, third.ExitCode);
        Assert.Contains("1 annotation(s) read from the cache, 1 parsed", third.Error, StringComparison.Ordinal);
        Assert.Equal(CliRun.Run("validate", _seeds.Path, "--no-cache").Output, third.Output);
        Assert.Single(Directory.EnumerateFiles(_cache.Path));
    }

    [Fact]
    public void With_no_cache_no_cache_is_read_or_written()
    {
        Validate();

        var result = CliRun.Run("validate", _seeds.Path, "--cache-dir", _cache.Path, "--no-cache", "--progress");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("cache", result.Error, StringComparison.Ordinal);
        var unused = new TempFolder();
        CliRun.Run("validate", _seeds.Path, "--cache-dir", unused.Path, "--no-cache");
        Assert.Empty(Directory.EnumerateFileSystemEntries(unused.Path));
        unused.Dispose();
    }

    private CliResult Validate(params string[] options) => CliRun.Run(["validate", _seeds.Path, "--cache-dir", _cache.Path, .. options]);
}
