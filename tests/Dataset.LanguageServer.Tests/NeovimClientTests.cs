using System.Diagnostics;

namespace Dataset.LanguageServer.Tests;

/// <summary>
/// `dataset lsp` with a client the project did not write: headless Neovim's built-in LSP client opens the seeds'
/// folder, types a misspelt speaker without saving and gets DS0010 at that line, completes after "speaker: " with ids
/// declared in another file, goes to a definition in another file and renames an id across two files; in an article,
/// it gets the coverage check's advice and applies "Annotate as statement". Neovim is Debian's neovim, installed when
/// missing.
/// </summary>
[Trait("Category", "E2E")]
public sealed class NeovimClientTests : IDisposable
{
    private readonly SeedFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Neovim_gets_diagnostics_completion_definition_and_rename_from_dataset_lsp()
    {
        var before = File.ReadAllText(_folder.Registry);

        var said = RunNeovim("client.lua");

        Assert.False(said.ContainsKey("error"), said.GetValueOrDefault("error"));
        Assert.Equal("true", said["initialized"]);
        Assert.Equal("DS0010", said["diagnostic_code"]);
        Assert.Equal(said["misspelt_line"], said["diagnostic_line"]);
        Assert.Contains("russia", said["completion"].Split(','));
        Assert.Contains("united-states", said["completion"].Split(','));
        Assert.Equal(LspSession.Uri(_folder.Registry), said["definition_uri"]);
        Assert.Equal(SeedFolder.Find(before, "id: russia").Line.ToString(System.Globalization.CultureInfo.InvariantCulture), said["definition_line"]);
        Assert.Equal("true", said["renamed_in_registry"]);
        Assert.Equal("    speaker: russian-federation", said["renamed_here"]);

        // The editor changed its buffers; the server wrote nothing, and nothing was saved.
        Assert.Equal(before, File.ReadAllText(_folder.Registry));
    }

    [Fact]
    public void Neovim_annotates_a_passage_the_coverage_check_reports_with_its_draft()
    {
        var yaml = File.ReadAllText(_folder.Yaml);
        var kirby = yaml.IndexOf("  - id: kirby-says-iran-and-russia-cannot-hide-the-facts", StringComparison.Ordinal);
        var withoutKirby = yaml[..kirby] + yaml[(yaml.IndexOf("\n  - id:", kirby + 5, StringComparison.Ordinal) + 1)..];
        File.WriteAllText(_folder.Yaml, withoutKirby);

        var said = RunNeovim("annotate.lua");

        Assert.False(said.ContainsKey("error"), said.GetValueOrDefault("error"));
        Assert.Equal("DS0028", said["advice_code"]);
        Assert.Equal("20", said["advice_line"]);
        Assert.Contains("Annotate as statement", said["actions"].Split('|'));
        Assert.Contains("Leave unannotated (give the reason)", said["actions"].Split('|'));
        Assert.Equal("true", said["has_speaker"]);
        Assert.Equal("true", said["has_mark"]);
        Assert.Equal("0", said["advice_after"]);

        // The edit went to the editor's buffer, not to the file.
        Assert.Equal(withoutKirby, File.ReadAllText(_folder.Yaml));
    }

    /// <summary>Runs one of the Lua scripts in headless Neovim against the seeds' folder; what it said, by key.</summary>
    private Dictionary<string, string> RunNeovim(string script)
    {
        var result = Path.Combine(_folder.Root, "result.txt");
        var start = new ProcessStartInfo(
            "/usr/bin/nvim",
            ["--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", "luafile " + Path.Combine(AppContext.BaseDirectory, "Neovim", script)])
        {
            WorkingDirectory = _folder.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.Environment["DATASET_CLI"] = Path.Combine(AppContext.BaseDirectory, "Dataset.Cli.dll");
        start.Environment[TestCache.Variable] = TestCache.Folder;
        start.Environment["DATASET_ROOT"] = _folder.Root;
        start.Environment["DATASET_ARTICLE"] = _folder.Yaml;
        start.Environment["DATASET_TEXT"] = _folder.Text;
        start.Environment["DATASET_REGISTRY"] = _folder.Registry;
        start.Environment["DATASET_RESULT"] = result;

        DebianPackage.Ensure("/usr/bin/nvim", "neovim", "the language server's Neovim test");
        using (var nvim = Process.Start(start)!)
        {
            if (!nvim.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                nvim.Kill(entireProcessTree: true);
                Assert.Fail("Neovim did not finish in 3 minutes: " + (File.Exists(result) ? File.ReadAllText(result) : "no result"));
            }
        }

        return File.ReadAllLines(result).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
    }
}
