namespace Dataset.Cli.Tests;

/// <summary>
/// The tool as a real process, stopped by the operating system in the middle of writing (a file size limit, as a full
/// disk or a killed run would): the earlier report, export or annotation is left whole, and only the unfinished temporary file
/// beside it holds the partial bytes.
/// </summary>
public class InterruptedWriteTests
{
    /// <summary>1 KiB (bash's `ulimit -f` counts KiB): less than the report, the JSON export of the seeds or a starter annotation.</summary>
    private const int FileSizeLimitKiB = 1;

    private static ProcessResult DatasetUnderFileSizeLimit(string workingFolder, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Dataset.Cli.dll");
        // The runtime's write-xor-execute mapping needs a file as large as the code it maps; without it the limit
        // applies to the tool's own writes only.
        var environment = new Dictionary<string, string> { ["DOTNET_EnableWriteXorExecute"] = "0" };
        return ProcessRunner.Run(
            "bash",
            ["-c", $"ulimit -f {FileSizeLimitKiB}; exec dotnet exec \"$0\" \"$@\"", dll, .. args],
            TimeSpan.FromMinutes(2),
            workingFolder,
            environment);
    }

    [Theory]
    [InlineData("dataset-report.html", "report")]
    [InlineData("dataset.json", "export", "--format", "json", "--output", "dataset.json")]
    [InlineData("article.yaml", "new", "article.txt", "--force")]
    public void A_run_stopped_midway_leaves_the_earlier_file_whole(string target, params string[] args)
    {
        using var folder = new TempFolder();
        var article = folder.File("article.txt");
        File.WriteAllText(article, "The minister announced new sanctions on Monday.\n");
        var path = folder.File(target);
        File.WriteAllText(path, "the earlier file");

        var result = DatasetUnderFileSizeLimit(folder.Path, args);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal("the earlier file", File.ReadAllText(path));
        // The write did get under way: the partial bytes are in the temporary file beside the target, never in it.
        var partial = Assert.Single(Directory.GetFiles(folder.Path), file => file != path && file != article);
        Assert.StartsWith("." + target + ".", Path.GetFileName(partial), StringComparison.Ordinal);
        Assert.Equal(FileSizeLimitKiB * 1024, new FileInfo(partial).Length);
    }
}
