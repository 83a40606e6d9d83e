using Dataset.Export;
using Dataset.Export.Parquet;

namespace Dataset.Cli.Tests;

/// <summary>Exports, the report and `new` write whole: a write that fails midway leaves the earlier file as it was, and no temporary file.</summary>
public class WholeFileTests
{
    [Fact]
    public void A_text_export_that_fails_midway_leaves_the_earlier_file_intact()
    {
        using var folder = new TempFolder();
        var path = folder.File("dataset.json");
        File.WriteAllText(path, "the earlier export");

        var failure = Assert.Throws<IOException>(() => DatasetExporter.WriteFile(path, writer =>
        {
            DatasetExporter.WriteJson(CliRun.Seeds.Catalog, writer);
            writer.Flush();
            throw new IOException("the disk is full");
        }));

        Assert.Equal("the disk is full", failure.Message);
        Assert.Equal("the earlier export", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void A_parquet_export_that_fails_leaves_the_files_it_had_not_finished_intact()
    {
        using var folder = new TempFolder();
        var earlier = ParquetExporter.FileNames.ToDictionary(name => folder.File(name), name => "earlier " + name);
        foreach (var (path, text) in earlier)
        {
            File.WriteAllText(path, text);
        }

        // The third file fails as it starts: the first two are replaced whole, the others are as they were.
        var failing = new FailAt(3);
        Assert.Throws<IOException>(() => ParquetExporter.Write(CliRun.Seeds.Catalog, folder.Path, failing));

        var names = ParquetExporter.FileNames;
        Assert.All(names.Take(2), name => Assert.Equal("PAR1", File.ReadAllText(folder.File(name))[..4]));
        Assert.All(names.Skip(2), name => Assert.Equal("earlier " + name, File.ReadAllText(folder.File(name))));
        Assert.Equal(earlier.Keys.Order(StringComparer.Ordinal), Directory.GetFiles(folder.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_successful_write_replaces_the_file_and_leaves_nothing_beside_it()
    {
        using var folder = new TempFolder();
        var path = folder.File("report.html");
        File.WriteAllText(path, "the earlier report");

        var result = CliRun.Run("report", "--output", path);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    /// <summary>Fails when the n-th file starts, as a full disk would.</summary>
    private sealed class FailAt(int file) : IProgress<ExportStep>
    {
        public void Report(ExportStep value)
        {
            if (value.Done == file)
            {
                throw new IOException("the disk is full");
            }
        }
    }
}
