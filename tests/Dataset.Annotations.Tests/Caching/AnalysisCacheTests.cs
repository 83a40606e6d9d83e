using System.Security.Cryptography;
using System.Text;
using Dataset.Annotations.Caching;
using Dataset.Annotations.Pipeline;
using Dataset.Annotations.Tests.Incremental;

namespace Dataset.Annotations.Tests.Caching;

/// <summary>
/// The analysis cache kept between runs (validate, the language server's starts): a second run reads every result it
/// can from it and computes only what an edit changed, finds exactly what a run without it finds, and a cache that is
/// damaged, foreign or written by two runs at once is never trusted and never a failure.
/// </summary>
public sealed class AnalysisCacheTests : IDisposable
{
    private const string Folder = "/corpus";

    private readonly string _root = Directory.CreateTempSubdirectory("dataset-cache-tests-").FullName;

    private CacheLocation Location => new(_root);

    public static TheoryData<string> Edits => new(AnalystEdits.Names);

    public static TheoryData<string> Damages => new("truncated", "a byte changed", "another tool version", "another folder's", "empty", "not a cache");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_second_run_of_an_unchanged_folder_takes_its_diagnostics_from_the_cache_and_computes_nothing()
    {
        var files = FolderAnalysisTests.Corpus(articles: 12);
        var first = Check(files, out var cold);

        var second = Check(files, out var warm);

        Assert.False(first.Remembered);
        Assert.Equal(files.Keys.Count(ArticlePathsIsAnnotation), cold.Computed(CacheStage.Parse));
        Assert.True(second.Remembered);
        Assert.Equal(0, warm.Computed(CacheStage.Parse) + warm.Reused(CacheStage.Parse));
        Assert.Equal(Fresh(files), second.Problems);
        Assert.NotEmpty(second.Problems);
    }

    [Fact]
    public void An_analysis_with_the_cache_reads_every_result_from_it_and_finds_what_one_without_it_finds()
    {
        var files = FolderAnalysisTests.Corpus(articles: 12);
        Check(files, out _);
        var cache = Location.Open(Folder)!;

        var cached = new FolderRun(Sorted(files), Folder, cache: cache);

        var fresh = new FolderRun(Sorted(files), Folder);
        var annotations = files.Keys.Count(ArticlePathsIsAnnotation);
        Assert.Equal((0, annotations), (cache.Computed(CacheStage.Parse), cache.Reused(CacheStage.Parse)));
        Assert.Equal((0, annotations), (cache.Computed(CacheStage.Check), cache.Reused(CacheStage.Check)));
        Assert.Equal(0, cache.Computed(CacheStage.Evidence) + cache.Computed(CacheStage.Coverage));
        Assert.True(cache.Reused(CacheStage.Evidence) > 0 && cache.Reused(CacheStage.Coverage) > 0);
        AssertSame(fresh, cached);
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public void After_an_edit_between_runs_only_the_files_it_wrote_are_parsed_and_the_diagnostics_are_a_fresh_runs(string edit)
    {
        var files = FolderAnalysisTests.Corpus(articles: 12);
        Check(files, out _);
        var written = AnalystEdits.Apply(edit, files).Where(c => !c.Removed && ArticlePathsIsAnnotation(c.Path)).Select(c => c.Path).ToList();

        var check = Check(files, out var cache);

        Assert.False(check.Remembered);
        Assert.Equal(written.Count, cache.Computed(CacheStage.Parse));
        Assert.Equal(files.Keys.Count(ArticlePathsIsAnnotation) - written.Count, cache.Reused(CacheStage.Parse));
        Assert.Equal(Fresh(files), check.Problems);
        AssertSame(new FolderRun(Sorted(files), Folder), new FolderRun(Sorted(files), Folder, cache: Location.Open(Folder)));
    }

    [Fact]
    public void A_summary_edit_checks_its_file_and_its_article_alone_and_the_rest_comes_from_the_cache()
    {
        var files = FolderAnalysisTests.Corpus(articles: 12);
        Check(files, out _);
        AnalystEdits.Apply(AnalystEdits.Summary, files);

        Check(files, out var cache);

        // The summary moved the evidence written below it: its article's check runs again, and finds the same.
        Assert.Equal(1, cache.Computed(CacheStage.Check));
        Assert.Equal(1, cache.Computed(CacheStage.Evidence));
        Assert.Equal(0, cache.Computed(CacheStage.Coverage));
    }

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_or_foreign_cache_is_ignored_and_the_run_finds_what_a_fresh_one_finds(string damage)
    {
        var files = FolderAnalysisTests.Corpus(articles: 6);
        Check(files, out var first);
        Damage(first.FilePath, damage);

        var check = Check(files, out var cache);

        Assert.False(check.Remembered);
        Assert.Equal(0, cache.Reused(CacheStage.Parse));
        Assert.Equal(Fresh(files), check.Problems);
        Assert.True(Check(files, out _).Remembered, "The run replaced the damaged cache with a whole one.");
    }

    [Fact]
    public void Runs_that_save_at_once_leave_a_whole_cache()
    {
        var files = FolderAnalysisTests.Corpus(articles: 6);
        var variants = Enumerable.Range(0, 6)
            .Select(i => new Dictionary<string, string?>(files) { [Folder + $"/extra-{i}.yaml"] = $"# variant {i}\n" })
            .ToList();

        Parallel.ForEach(variants, new ParallelOptions { MaxDegreeOfParallelism = 6 }, variant => Check(variant, out _));

        Assert.Empty(Directory.EnumerateFiles(_root, "*.tmp"));
        var last = Check(files, out var cache);
        Assert.Equal(Fresh(files), last.Problems);
        Assert.True(cache.Reused(CacheStage.Parse) > 0, "The cache read after the concurrent saves is whole.");
    }

    [Fact]
    public void Texts_that_differ_only_where_UTF_8_cannot_tell_them_apart_have_different_digests()
    {
        var cache = Location.Open(Folder)!;

        Assert.NotEqual(cache.ContentOf("speaker: a\uD800b"), cache.ContentOf("speaker: a\uFFFDb"));
        Assert.Equal(cache.ContentOf("speaker: é"), AnalysisCache.ContentOfUtf8(Encoding.UTF8.GetBytes("speaker: é")));
        Assert.NotEqual(cache.ContentOf((string?)null), cache.ContentOf(string.Empty));
    }

    [Fact]
    public void No_cache_file_is_written_when_the_cache_is_off()
    {
        var files = FolderAnalysisTests.Corpus(articles: 3);

        var check = AnnotationReader.Check(Sorted(files).ToList(), Folder, null, CacheLocation.Off.Open(Folder));

        Assert.Equal(Fresh(files), check.Problems);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_root));
    }

    private FolderCheck Check(Dictionary<string, string?> files, out AnalysisCache cache)
    {
        cache = Location.Open(Folder)!;
        return AnnotationReader.Check(Sorted(files).ToList(), Folder, null, cache);
    }

    private static IReadOnlyList<ValidationProblem> Fresh(Dictionary<string, string?> files) => AnnotationReader.Read(Sorted(files), Folder).Problems;

    private static void AssertSame(FolderRun expected, FolderRun actual)
    {
        Assert.Equal(expected.Validated, actual.Validated);
        Assert.Equal(expected.Coverage, actual.Coverage);
        Assert.Equal(expected.Ids, actual.Ids);
        Assert.Equal(expected.Links, actual.Links);
    }

    private static bool ArticlePathsIsAnnotation(string path) => Annotations.Paths.ArticlePaths.IsAnnotation(path);

    private static IEnumerable<KeyValuePair<string, string?>> Sorted(Dictionary<string, string?> files) => files.OrderBy(f => f.Key, StringComparer.Ordinal);

    private void Damage(string file, string damage)
    {
        var bytes = File.ReadAllBytes(file);
        switch (damage)
        {
            case "truncated":
                File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
                break;
            case "a byte changed":
                bytes[bytes.Length / 2] ^= 0x5A;
                File.WriteAllBytes(file, bytes);
                break;
            case "another tool version":
                // Whole and well formed, its digest right: only the version it names differs.
                var version = Encoding.UTF8.GetBytes(CacheFile.ToolVersion);
                var at = bytes.AsSpan().IndexOf(version);
                Assert.True(at > 0, "The cache names the tool's version.");
                bytes[at] = (byte)(bytes[at] == (byte)'9' ? '8' : '9');
                SHA256.HashData(bytes.AsSpan(0, bytes.Length - 32)).CopyTo(bytes, bytes.Length - 32);
                File.WriteAllBytes(file, bytes);
                break;
            case "another folder's":
                var other = new CacheLocation(_root).FileFor("/elsewhere");
                Check(new Dictionary<string, string?>(StringComparer.Ordinal) { ["/elsewhere/a.yaml"] = "document:\n" }, out _, "/elsewhere");
                File.Copy(other, file, overwrite: true);
                break;
            case "empty":
                File.WriteAllBytes(file, []);
                break;
            case "not a cache":
                File.WriteAllText(file, "{\"entries\": []}");
                break;
        }
    }

    private void Check(Dictionary<string, string?> files, out AnalysisCache cache, string folder)
    {
        cache = Location.Open(folder)!;
        AnnotationReader.Check(Sorted(files).ToList(), folder, null, cache);
    }
}
