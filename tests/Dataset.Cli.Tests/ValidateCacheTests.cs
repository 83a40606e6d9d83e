namespace Dataset.Cli.Tests;

/// <summary>
/// `validate` keeps the analysis cache between runs: a second run of an unchanged folder prints exactly what the first
/// printed without analysing anything (and, when every file has the stamp the last run kept, without reading one), an
/// edit between runs is found, and `--no-cache` neither reads nor writes one.
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

    [Fact]
    public void A_run_on_files_stamped_by_the_last_finds_its_problems_without_reading_them()
    {
        var stamp = AgeEveryFile();
        var first = Validate("--progress");

        // The article rewritten with its length and last write kept, the one change a stamp cannot see: the next run
        // still reports no problem, so it read no file.
        var article = _seeds.File(Path.ChangeExtension(Annotation, ".txt"));
        File.WriteAllText(article, File.ReadAllText(article).Replace("Russia also confirmed", "Russia also confirmes", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(article, stamp);
        var second = Validate("--progress");
        File.SetLastWriteTimeUtc(article, stamp.AddMinutes(1));
        var third = Validate("--progress");

        Assert.Equal(0, first.ExitCode);
        Assert.DoesNotContain("none read", first.Error, StringComparison.Ordinal);
        Assert.Equal((first.ExitCode, first.Output), (second.ExitCode, second.Output));
        Assert.Contains("none read", second.Error, StringComparison.Ordinal);
        Assert.Equal(1, third.ExitCode);
        Assert.Contains(third.OutputLines, l => l.Contains(".yaml(", StringComparison.Ordinal) && l.Contains("error DS0013", StringComparison.Ordinal));
        Assert.DoesNotContain("none read", third.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_touched_but_not_changed_is_read_once_then_found_by_its_new_stamp()
    {
        var stamp = AgeEveryFile();
        var first = Validate();
        File.SetLastWriteTimeUtc(_seeds.File(Annotation), stamp.AddMinutes(1));

        var second = Validate("--progress");
        var third = Validate("--progress");

        Assert.Equal(first.Output, second.Output);
        Assert.Contains("no file changed since the analysis the cache keeps", second.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("none read", second.Error, StringComparison.Ordinal);
        Assert.Equal(first.Output, third.Output);
        Assert.Contains("none read", third.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_written_within_the_last_two_seconds_are_not_stamped()
    {
        foreach (var file in Directory.EnumerateFiles(_seeds.Path, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow);
        }

        Validate();

        var second = Validate("--progress");

        Assert.Contains("no file changed since the analysis the cache keeps", second.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("none read", second.Error, StringComparison.Ordinal);
    }

    /// <summary>Every file of the folder last written an hour ago, as an analyst's files are; that time.</summary>
    private DateTime AgeEveryFile()
    {
        var stamp = DateTime.UtcNow.AddHours(-1);
        foreach (var file in Directory.EnumerateFiles(_seeds.Path, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, stamp);
        }

        return stamp;
    }

    private CliResult Validate(params string[] options) => CliRun.Run(["validate", _seeds.Path, "--cache-dir", _cache.Path, .. options]);
}
