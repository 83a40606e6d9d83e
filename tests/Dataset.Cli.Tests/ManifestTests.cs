using System.Text.Json.Nodes;

namespace Dataset.Cli.Tests;

/// <summary>The release manifest and the delta `export --output` writes beside the full export.</summary>
public class ManifestTests
{
    [Fact]
    public void A_folder_export_gets_a_manifest_with_the_content_hash_counts_tool_version_and_files()
    {
        using var folder = new TempFolder();

        Assert.Equal(0, CliRun.Run("export", "--format", "csv", "--output", folder.Path).ExitCode);

        var manifest = JsonNode.Parse(File.ReadAllText(folder.File("manifest.json")))!;
        Assert.Equal("dataset", (string?)manifest["tool"]);
        Assert.StartsWith("0.1.0", (string?)manifest["toolVersion"], StringComparison.Ordinal);
        Assert.Matches("^sha256:[0-9a-f]{64}$", (string?)manifest["contentHash"]);
        Assert.Equal(Seeds.Catalog.Instance.Statements.Count, (int)manifest["counts"]!["statements"]!);
        Assert.Equal(Seeds.Catalog.Instance.Actors.Count, (int)manifest["counts"]!["actors"]!);
        Assert.Equal(
            ["actors.csv", "documents.csv", "events.csv", "sanctions.csv", "statements.csv"],
            manifest["files"]!.AsArray().Select(f => (string)f!["name"]!));
        var statements = manifest["files"]!.AsArray().Single(f => (string?)f!["name"] == "statements.csv")!;
        Assert.Equal(new FileInfo(folder.File("statements.csv")).Length, (long)statements["bytes"]!);
    }

    [Fact]
    public void The_content_hash_is_the_datas_whatever_the_format_and_changes_with_it()
    {
        using var folder = new TempFolder();
        var annotations = ReleaseCorpus.First(folder.File("corpus"));
        CliRun.Run("export", "-a", annotations, "--format", "json", "--output", folder.File("a/data.json"));
        CliRun.Run("export", "-a", annotations, "--format", "parquet", "--output", folder.File("b"));
        ReleaseCorpus.MakeSecond(annotations);
        CliRun.Run("export", "-a", annotations, "--format", "json", "--output", folder.File("c/data.json"));

        var json = Hash(folder.File("a/data.manifest.json"));
        Assert.Equal(json, Hash(folder.File("b/manifest.json")));
        Assert.NotEqual(json, Hash(folder.File("c/data.manifest.json")));
    }

    [Fact]
    public void Since_writes_the_delta_beside_the_export_and_the_manifest_counts_it()
    {
        using var folder = new TempFolder();
        var old = ReleaseCorpus.First(folder.File("v1"));
        var @new = ReleaseCorpus.First(folder.File("v2"));
        ReleaseCorpus.MakeSecond(@new);

        var result = CliRun.Run("export", "-a", @new, "--format", "jsonl", "--output", folder.File("out/data.jsonl"), "--since", old);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            ["ADD", "DEL", "MOD", "MOD", "MOD"],
            File.ReadAllLines(folder.File("out/data.delta.jsonl")).Select(l => (string)JsonNode.Parse(l)!["op"]!).Order());
        var delta = JsonNode.Parse(File.ReadAllText(folder.File("out/data.manifest.json")))!["delta"]!;
        Assert.Equal((1, 3, 1), ((int)delta["added"]!, (int)delta["changed"]!, (int)delta["removed"]!));
        Assert.Equal(old, (string?)delta["since"]);
    }

    [Fact]
    public void Since_without_output_is_a_usage_error()
    {
        var result = CliRun.Run("export", "--since", "HEAD:seeds");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--since writes the delta beside the export: give --output.", result.Error, StringComparison.Ordinal);
    }

    private static string Hash(string manifest) => (string)JsonNode.Parse(File.ReadAllText(manifest))!["contentHash"]!;
}
