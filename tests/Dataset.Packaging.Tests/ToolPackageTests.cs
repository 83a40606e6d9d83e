using System.Text.RegularExpressions;
using DuckDB.NET.Data;

namespace Dataset.Packaging.Tests;

/// <summary>
/// The packed tool and exporters as a user gets them: `dotnet tool install Dataset.Tool` from the feed, run in an
/// empty folder holding a new article's annotations; and a fresh app exporting its compiled dataset through the
/// library. Each restore has a package folder of its own (NUGET_PACKAGES), so nothing outside the test serves them.
/// </summary>
[Trait("Category", "E2E")]
public sealed class ToolPackageTests(PackedFeed feed, Chromium chromium) : IClassFixture<PackedFeed>, IClassFixture<Chromium>, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "dataset-tool-" + Guid.NewGuid().ToString("N"));

    private Dictionary<string, string> Environment => new()
    {
        ["NUGET_PACKAGES"] = Path.Combine(_root, "packages"),
        ["DOTNET_CLI_HOME"] = Path.Combine(_root, "home"),
    };

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temporary folder behind.
        }
    }

    [Fact]
    public void The_root_pack_makes_the_tool_and_the_exporter_packages()
    {
        Assert.True(feed.PackOutput is null, feed.PackOutput);
        Assert.All(
            new[] { "Dataset", "Dataset.Annotations", "Dataset.Generators", "Dataset.Export", "Dataset.Export.Parquet", "Dataset.Tool" },
            id => Assert.True(File.Exists(feed.Package(id)), id));
        using var runtime = System.IO.Compression.ZipFile.OpenRead(feed.Package("Dataset"));
        using var nuspec = new StreamReader(runtime.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        Assert.DoesNotContain("<dependency ", nuspec.ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_installed_tool_describes_a_new_corpus_and_only_that()
    {
        Assert.True(feed.PackOutput is null, feed.PackOutput);
        var tools = Path.Combine(_root, "tools");
        Directory.CreateDirectory(_root);
        var install = DotnetCli.Run(
            _root, Environment, "tool", "install", "Dataset.Tool", "--tool-path", tools, "--add-source", feed.Folder, "--version", PackedFeed.Version);
        Assert.True(install.ExitCode == 0, install.Output);
        var work = Path.Combine(_root, "work");
        NewArticleCorpus.Write(work);
        ProcessResult Dataset(params string[] args) => ProcessRunner.Run(Path.Combine(tools, "dataset"), args, TimeSpan.FromMinutes(2), work);

        var summary = Dataset("summary");
        Assert.True(summary.ExitCode == 0, summary.Error);
        Assert.StartsWith(
            $"Dataset: 1 document, {NewArticleCorpus.Actors} actors, {NewArticleCorpus.Statements} statements, 1 sanction",
            summary.Output,
            StringComparison.Ordinal);
        Assert.DoesNotContain("Lloyd Austin", summary.Output, StringComparison.Ordinal);
        Assert.Equal(NewArticleCorpus.StatementIdsInReadingOrder, Lines(Dataset("list", "statements").Output).Select(l => l.Split("  ")[0]));
        Assert.Contains("John Roe", Dataset("show", "roe-welcomes-talks").Output, StringComparison.Ordinal);

        Assert.Equal(NewArticleCorpus.Statements, Regex.Count(Dataset("export", "--format", "json").Output, "\"speaker\":"));
        // A record that links to nothing is an event of one: one event line per statement and sanction.
        Assert.Equal(
            1 + NewArticleCorpus.Actors + 2 * (NewArticleCorpus.Statements + NewArticleCorpus.Sanctions),
            Lines(Dataset("export", "--format", "jsonl").Output).Length);
        Assert.Equal(1 + NewArticleCorpus.Statements, Lines(Dataset("export", "--format", "csv", "--kind", "statements").Output).Length);
        // The article, each actor, and one Sanction per sanction event and target (the one sanction has one target).
        Assert.Equal(1 + NewArticleCorpus.Actors + NewArticleCorpus.Sanctions, Lines(Dataset("export", "--format", "ftm").Output).Length);
        Assert.Equal(0, Dataset("export", "--format", "parquet", "--output", "parquet").ExitCode);
        using (var db = new DuckDBConnection("DataSource=:memory:"))
        {
            db.Open();
            var perSpeaker = SqlRows.Read(
                db,
                $"SELECT speaker, count(*) FROM '{Path.Combine(work, "parquet", "statements.parquet")}' GROUP BY speaker ORDER BY speaker",
                r => $"{r.GetString(0)}={r.GetValue(1)}");
            Assert.Equal(["jane-doe=2", "john-roe=1"], perSpeaker);
            Assert.Equal(["1"], SqlRows.Read(db, $"SELECT count(*) FROM '{Path.Combine(work, "parquet", "sanctions.parquet")}'", r => $"{r.GetValue(0)}"));
        }

        Assert.Equal(0, Dataset("report").ExitCode);
        var page = ReportPage.Load(chromium, Path.Combine(work, "dataset-report.html"), Path.Combine(_root, "profile"));
        Assert.Equal("ok", page.Ready);
        Assert.Equal((NewArticleCorpus.Statements + NewArticleCorpus.Sanctions).ToString(System.Globalization.CultureInfo.InvariantCulture), page.Highlights);
        Assert.Equal(
            NewArticleCorpus.StatementIds.Select(id => "mark-statement-" + id)
                .Append("mark-sanction-ruritania-sanctions-doe-ministry")
                .Order(StringComparer.Ordinal),
            page.MarkIds.Order(StringComparer.Ordinal));

        // A second article drafted by the installed tool: the speaker the folder declares, every entry marked, and
        // the folder still valid (each mark is a warning).
        File.WriteAllText(
            Path.Combine(work, "annotations", "2024-03-05-example-follow-up.txt"),
            "John Roe warned that the talks would fail without a deal on the border.\n");
        var drafted = Dataset("new", "--draft", Path.Combine("annotations", "2024-03-05-example-follow-up.txt"));
        Assert.True(drafted.ExitCode == 0, drafted.Error);
        var draft = File.ReadAllText(Path.Combine(work, "annotations", "2024-03-05-example-follow-up.yaml"));
        Assert.Contains("    speaker: john-roe\n    act: warn\n", draft, StringComparison.Ordinal);
        Assert.Contains("    draft: true\n", draft, StringComparison.Ordinal);
        var validDraft = Dataset("validate");
        Assert.True(validDraft.ExitCode == 0, validDraft.Output + validDraft.Error);
        Assert.Contains("DS0032", validDraft.Output, StringComparison.Ordinal);
        File.Delete(Path.Combine(work, "annotations", "2024-03-05-example-follow-up.yaml"));
        File.Delete(Path.Combine(work, "annotations", "2024-03-05-example-follow-up.txt"));

        // A misspelt speaker: every command prints the located error, as the build does, and exits 1.
        var (path, line, column) = NewArticleCorpus.MisspellSpeaker(Path.Combine(work, "annotations"));
        var located = $"annotations/{Path.GetFileName(path)}({line},{column}): error DS0010";
        foreach (var command in new[] {
            new[] { "summary" },
            ["list", "statements"],
            ["show", "jane-doe"],
            ["export", "--format", "json"],
            ["export", "--format", "parquet", "--output", "again"],
            ["report", "--output", "again.html"] })
        {
            var broken = Dataset(command);
            Assert.Equal(1, broken.ExitCode);
            Assert.Contains(located, broken.Error, StringComparison.Ordinal);
            Assert.Equal("", broken.Output);
        }

        Assert.False(Directory.Exists(Path.Combine(work, "again")));
        Assert.False(File.Exists(Path.Combine(work, "again.html")));

        // The language server of the installed tool, in the same folder: the same DS0010 at the same place.
        var diagnostics = await InstalledLanguageServer.DiagnosticsAsync(Path.Combine(tools, "dataset"), work, path, d => d.Length > 0);
        var diagnostic = Assert.Single(diagnostics, d => d.GetProperty("code").GetString() == "DS0010");
        Assert.Equal(
            (line - 1, column - 1),
            (diagnostic.GetProperty("range")
                .GetProperty("start")
                .GetProperty("line")
                .GetInt32(), diagnostic.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32()));
    }

    [Fact]
    public void The_tool_installs_globally_and_as_a_local_tool()
    {
        Assert.True(feed.PackOutput is null, feed.PackOutput);
        Directory.CreateDirectory(_root);
        var global = DotnetCli.Run(
            _root, Environment, "tool", "install", "--global", "Dataset.Tool", "--add-source", feed.Folder, "--version", PackedFeed.Version);
        Assert.True(global.ExitCode == 0, global.Output);
        var version = ProcessRunner.Run(Path.Combine(_root, "home", ".dotnet", "tools", "dataset"), ["--version"], TimeSpan.FromMinutes(1), _root);
        Assert.StartsWith(PackedFeed.Version, version.Output, StringComparison.Ordinal);

        var project = Path.Combine(_root, "project");
        Directory.CreateDirectory(project);
        Assert.Equal(0, DotnetCli.Run(project, Environment, "new", "tool-manifest").ExitCode);
        var local = DotnetCli.Run(project, Environment, "tool", "install", "Dataset.Tool", "--add-source", feed.Folder, "--version", PackedFeed.Version);
        Assert.True(local.ExitCode == 0, local.Output);
        var run = DotnetCli.Run(project, Environment, "dataset", "list", "documents");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.StartsWith("dawn-2022-10-22-us-urges-russia", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_app_exports_its_compiled_dataset_to_parquet_json_and_the_report_through_the_library()
    {
        Assert.True(feed.PackOutput is null, feed.PackOutput);
        var app = Path.Combine(_root, "app");
        NewArticleCorpus.Write(app);
        FeedApp.UseFeed(_root, feed.Folder);
        FeedApp.WriteProject(
            Path.Combine(app, "ExportApp.csproj"),
            "    <DatasetNamespace>ExportApp.Data</DatasetNamespace>",
            "Dataset.Generators",
            "Dataset.Export.Parquet");
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using Dataset.Export;
            using Dataset.Export.Parquet;
            using ExportApp.Data;

            var folder = args[0];
            ParquetExporter.Write(Catalog.Instance, folder);
            DatasetExporter.WriteFile(Path.Combine(folder, "dataset.json"), writer => DatasetExporter.WriteJson(Catalog.Instance, writer));
            var report = HtmlReport.Write(Catalog.Instance, ArticleTexts.FromAssembly(typeof(Catalog).Assembly), Path.Combine(folder, "report.html"));
            Console.Write($"{report.Highlights} highlighted, {report.Missing} missing");
            """);
        var build = DotnetCli.Run(app, Environment, "build", "--disable-build-servers");
        Assert.True(build.ExitCode == 0, build.Output);
        var output = Path.Combine(_root, "out");
        var run = DotnetCli.Run(app, Environment, Path.Combine(app, "bin", "Debug", "net8.0", "ExportApp.dll"), output);
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal($"{NewArticleCorpus.Statements + NewArticleCorpus.Sanctions} highlighted, 0 missing", run.Output.Trim());

        var json = File.ReadAllText(Path.Combine(output, "dataset.json"));
        Assert.All(NewArticleCorpus.StatementIds, id => Assert.Contains($"\"id\": \"{id}\"", json, StringComparison.Ordinal));
        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();
        Assert.Equal(
            ["doe-announces-talks|2024-03-04", "doe-says-border-stays-open|", "roe-welcomes-talks|"],
            SqlRows.Read(
                db,
                $"SELECT id, said_on FROM '{Path.Combine(output, "statements.parquet")}' ORDER BY id",
                r => r.GetString(0) + "|"
                    + (r.IsDBNull(1) ? "" : ((DateOnly)r.GetValue(1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
