using System.Text.Json.Nodes;

namespace Dataset.Cli.Tests;

/// <summary>`dataset diff OLD NEW`: records added, removed and changed field by field, between folders or git revisions.</summary>
public class DiffTests
{
    [Fact]
    public void Two_folders_give_each_added_removed_and_changed_record_with_its_fields()
    {
        using var folder = new TempFolder();
        var old = ReleaseCorpus.First(Path.Combine(folder.Path, "v1"));
        var @new = ReleaseCorpus.First(Path.Combine(folder.Path, "v2"));
        ReleaseCorpus.MakeSecond(@new);

        var result = CliRun.Run("diff", old, @new);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                "~ document example-2024-03-04-border-talks",
                "    url: (none) -> \"https://news.example.com/2024/03/04/border-talks\"",
                "    retrieved: (none) -> \"2024-03-05\"",
                "~ statement doe-announces-talks",
                "    evidence.exact: \"talks with Ruritania would resume next week\" -> \"talks with Ruritania would resume\"",
                "    evidence.suffix: \".\\nForeign Secretary John Roe wel\" -> \" next week.\\nForeign Secretary Jo\"",
                "    evidence.end: 81 -> 71",
                "- statement doe-says-border-stays-open  \"the northern border would stay open to trade\"",
                "+ statement doe-speaks-on-monday  \"Minister Jane Doe said on Monday\"",
                "~ statement roe-welcomes-talks",
                "    act: \"support\" -> \"confirm\"",
                "    ploverType: \"SUPPORT\" -> (none)",
                "    ploverQuad: \"verbal-cooperation\" -> (none)",
                "diff: 1 added, 1 removed, 3 changed",
            ],
            result.OutputLines);
    }

    [Fact]
    public void Json_format_carries_whole_added_and_removed_records_and_each_changed_field()
    {
        using var folder = new TempFolder();
        var old = ReleaseCorpus.First(Path.Combine(folder.Path, "v1"));
        var @new = ReleaseCorpus.First(Path.Combine(folder.Path, "v2"));
        ReleaseCorpus.MakeSecond(@new);

        var json = JsonNode.Parse(CliRun.Run("diff", old, @new, "--format", "json").Output)!;

        var removed = Assert.Single(json["removed"]!.AsArray())!;
        Assert.Equal("doe-says-border-stays-open", (string?)removed["id"]);
        Assert.Equal("the northern border would stay open to trade", (string?)removed["record"]!["evidence"]!["exact"]);
        Assert.Equal("doe-speaks-on-monday", (string?)Assert.Single(json["added"]!.AsArray())!["id"]);
        var act = json["changed"]!.AsArray().Single(c => (string?)c!["id"] == "roe-welcomes-talks")!["changes"]!.AsArray().First()!;
        Assert.Equal(("act", "support", "confirm"), ((string?)act["field"], (string?)act["old"], (string?)act["new"]));
    }

    [Fact]
    public void Moving_and_reindenting_entries_changes_nothing()
    {
        using var folder = new TempFolder();
        var old = ReleaseCorpus.First(Path.Combine(folder.Path, "v1"));
        var @new = ReleaseCorpus.First(Path.Combine(folder.Path, "v2"));
        var path = Path.Combine(@new, ReleaseCorpus.Annotation);
        File.WriteAllText(path, "# a comment that moves every line down\n\n" + File.ReadAllText(path));

        var result = CliRun.Run("diff", old, @new);

        Assert.Equal(["diff: 0 added, 0 removed, 0 changed"], result.OutputLines);
    }

    [Fact]
    public void Output_writes_the_delta_as_json_lines_keeping_removed_ids()
    {
        using var folder = new TempFolder();
        var old = ReleaseCorpus.First(Path.Combine(folder.Path, "v1"));
        var @new = ReleaseCorpus.First(Path.Combine(folder.Path, "v2"));
        ReleaseCorpus.MakeSecond(@new);

        Assert.Equal(0, CliRun.Run("diff", old, @new, "--output", folder.File("delta.jsonl")).ExitCode);

        var lines = File.ReadAllLines(folder.File("delta.jsonl")).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(
            [
                ("MOD", "document", "example-2024-03-04-border-talks"),
                ("MOD", "statement", "doe-announces-talks"),
                ("DEL", "statement", "doe-says-border-stays-open"),
                ("ADD", "statement", "doe-speaks-on-monday"),
                ("MOD", "statement", "roe-welcomes-talks")],
            lines.Select(l => ((string)l["op"]!, (string)l["type"]!, (string)l["id"]!)));
        Assert.Equal("the northern border would stay open to trade", (string?)lines[2]["record"]!["evidence"]!["exact"]);
        Assert.Equal("confirm", (string?)lines[4]["record"]!["act"]);
        Assert.Equal(["act", "ploverType", "ploverQuad"], lines[4]["changes"]!.AsArray().Select(c => (string)c!["field"]!));
    }

    [Fact]
    public void A_git_revision_is_read_through_git_without_touching_the_working_tree()
    {
        using var folder = new TempFolder();
        var annotations = ReleaseCorpus.First(folder.Path);
        Git(folder.Path, "init", "-q");
        Git(folder.Path, "add", ".");
        Git(folder.Path, "-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "-q", "-m", "first release");
        ReleaseCorpus.MakeSecond(annotations);
        var before = File.ReadAllText(Path.Combine(annotations, ReleaseCorpus.Annotation));

        var result = ProcessRunner.Run(
            "dotnet",
            ["exec", Path.Combine(AppContext.BaseDirectory, "Dataset.Cli.dll"), "diff", "HEAD:annotations", "annotations"],
            TimeSpan.FromMinutes(2),
            folder.Path);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.EndsWith("diff: 1 added, 1 removed, 3 changed", result.Output.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(annotations, ReleaseCorpus.Annotation)));
    }

    [Fact]
    public void The_seeds_at_head_equal_the_seeds_folder()
    {
        var result = CliRun.Run("diff", "HEAD:seeds", RepositoryPaths.Seeds);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(["diff: 0 added, 0 removed, 0 changed"], result.OutputLines);
    }

    [Theory]
    [InlineData("no-such-folder", 2, "is neither a folder nor REVISION:PATH")]
    [InlineData("no-such-revision-anywhere:seeds", 1, "git cannot list 'seeds' at 'no-such-revision-anywhere'")]
    [InlineData("HEAD:no-such-path", 1, "holds no annotation or article text")]
    public void A_release_that_cannot_be_read_is_a_clear_message(string old, int exitCode, string message)
    {
        var result = CliRun.Run("diff", old, RepositoryPaths.Seeds);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    private static void Git(string folder, params string[] arguments)
    {
        var result = ProcessRunner.Run("git", arguments, TimeSpan.FromMinutes(1), folder);
        Assert.True(result.ExitCode == 0, result.Error);
    }
}
