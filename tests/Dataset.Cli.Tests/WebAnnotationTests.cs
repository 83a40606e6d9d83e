namespace Dataset.Cli.Tests;

/// <summary>
/// `export --format webannotation` expanded by the real JSON-LD processor (npm <c>jsonld</c>, tests/WebAnnotation)
/// against the W3C context shipped beside it, in safe mode; positions are code points, as the W3C model counts.
/// </summary>
[Trait("Category", "E2E")]
public class WebAnnotationTests
{
    private static readonly System.Text.Json.JsonSerializerOptions RelaxedJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly string Checker = Path.Combine(RepositoryPaths.Root, "tests", "WebAnnotation");
    private static readonly object Gate = new();

    [Fact]
    public void The_seed_export_expands_with_the_w3c_context_into_annotations_with_both_selectors()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, CliRun.Run("export", "--format", "webannotation", "--output", folder.File("seeds.jsonld")).ExitCode);

        var check = Check(folder.File("seeds.jsonld"));

        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        var lines = check.Output.Split('\n').Where(l => l.StartsWith("ANNOTATION ", StringComparison.Ordinal)).ToList();
        Assert.Equal(Seeds.Catalog.Instance.Statements.Count + Seeds.Catalog.Instance.Sanctions.Count, lines.Count);
        var kirby = Seeds.Catalog.Instance.Statements.Single(s => s.Id.Value == "kirby-vows-to-expose-deter-and-confront-iran");
        Assert.Contains(
            $"ANNOTATION urn:dataset:statement:{kirby.Id.Value}|urn:dataset:document:{kirby.Evidence.Document.Value}|" +
                $"{System.Text.Json.JsonSerializer.Serialize(kirby.Evidence.Exact, RelaxedJson)}|{kirby.Evidence.Start}|{kirby.Evidence.End}",
            lines);
    }

    [Fact]
    public void Positions_count_code_points_and_the_source_is_the_documents_url()
    {
        using var folder = new TempFolder();
        CliRun.Run("import", "labelstudio", ImportSamples.LabelStudio, "--output", folder.File("corpus"));
        Assert.Equal(0, CliRun.Run("export", "-a", folder.File("corpus"), "--format", "webannotation", "--output", folder.File("drone.jsonld")).ExitCode);

        var check = Check(folder.File("drone.jsonld"));

        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        var catalog = JsonExport(folder.File("corpus"));
        var announcement = catalog.Statements.Single(
            s => s.Evidence.Exact == ImportSamples.Announcement && s.Evidence.Document.EndsWith("-cp", StringComparison.Ordinal));
        // One emoji before it: one code point fewer than UTF-16 code units.
        Assert.Contains(AnnotationLine(announcement, "https://news.example.com/2024/05/07/drone-talks"), check.Output, StringComparison.Ordinal);
        var denial = catalog.Statements.Single(
            s => s.Evidence.Exact == ImportSamples.Denial && s.Evidence.Document.EndsWith("-utf16", StringComparison.Ordinal));
        Assert.Contains(AnnotationLine(denial, "urn:dataset:document:" + denial.Evidence.Document), check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_check_refuses_a_term_the_w3c_context_does_not_define()
    {
        using var folder = new TempFolder();
        CliRun.Run("export", "--format", "webannotation", "--output", folder.File("seeds.jsonld"));
        File.WriteAllText(
            folder.File("wrong.jsonld"),
            File.ReadAllText(folder.File("seeds.jsonld")).Replace("\"exact\":", "\"quote\":", StringComparison.Ordinal));

        var check = Check(folder.File("wrong.jsonld"));

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("expansion failed", check.Output, StringComparison.Ordinal);
    }

    /// <summary>The check's line for an exported statement: id, target, quoted text and code-point offsets (one emoji before it).</summary>
    private static string AnnotationLine(Export.StatementRecord statement, string target) =>
        $"ANNOTATION urn:dataset:statement:{statement.Id}|{target}|\"{statement.Evidence.Exact}\"|{statement.Evidence.Start - 1}|{statement.Evidence.End - 1}";

    private static Export.DatasetExport JsonExport(string folder) => Export.JsonExporter.Read(CliRun.Run("export", "-a", folder).Output);

    /// <summary>Runs the checker, installing its locked npm packages first when they are missing (CI runs npm ci too).</summary>
    private static ProcessResult Check(string file)
    {
        lock (Gate)
        {
            if (!Directory.Exists(Path.Combine(Checker, "node_modules", "jsonld")))
            {
                var install = ProcessRunner.Run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], TimeSpan.FromMinutes(5), Checker);
                Assert.True(install.ExitCode == 0, "npm ci in tests/WebAnnotation failed: " + install.Error + install.Output);
            }
        }

        return ProcessRunner.Run("node", ["check.mjs", file], TimeSpan.FromMinutes(1), Checker);
    }
}
