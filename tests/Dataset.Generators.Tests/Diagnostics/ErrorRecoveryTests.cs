namespace Dataset.Generators.Tests.Diagnostics;

/// <summary>
/// The emission policy docs/diagnostics.md states: every problem of every item is reported in one run; an item is emitted when
/// its id is valid and unique, its name free and its own fields well formed; reference and evidence errors fail the
/// build but keep the item (evidence not found: Start/End −1); the generated code always compiles.
/// </summary>
public class ErrorRecoveryTests
{
    [Fact]
    public void Every_problem_is_reported_and_the_valid_items_are_still_emitted()
    {
        var yaml = DiagnosticTests.Edit("act: confirm", "act: confirms")
            .Replace("speaker: lloyd-austin", "speaker: loyd-austin", StringComparison.Ordinal)
            .Replace("evidence: Britain imposed", "evidence: France imposed", StringComparison.Ordinal)
            .Replace("    kind: group", "    kind: group\n    wikidata: nope", StringComparison.Ordinal)
            .Replace("  publisher: Dawn", "  publisher: Dawn\n  editor: X", StringComparison.Ordinal);

        var run = GeneratorHarness.Run(Yaml.Files(yaml), "public static class App { public static string Name => TestData.Actors.LloydAustin.Name; }");

        // DS0019: with the speaker misspelled, nothing uses lloyd-austin any more.
        Assert.Equal(["DS0002", "DS0005", "DS0010", "DS0013", "DS0016", "DS0019"], run.Diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.Empty(run.CompilationProblems);
        var source = run.SourceFor("seeds_article_yaml");

        // The document has an unknown field: a problem of its own fields, so it is left out.
        Assert.DoesNotContain("public static global::Dataset.Document TestArticle", source, StringComparison.Ordinal);

        // A wrong enum value or a malformed field leaves the item out…
        Assert.DoesNotContain("RussiaConfirmsCall", source, StringComparison.Ordinal);
        Assert.DoesNotContain("public static global::Dataset.Actor DroneFirm", source, StringComparison.Ordinal);

        // …an unknown reference or evidence that was not found keeps it, with the id as written and offsets −1.
        Assert.Contains("public static global::Dataset.Statement AustinUrgesShoigu", source, StringComparison.Ordinal);
        Assert.Contains("public static global::Dataset.Sanction UkSanctionsFirm", source, StringComparison.Ordinal);
        var catalog = CompiledCatalog.Load(run);
        Assert.Equal("loyd-austin", catalog.GetStatement(new StatementId("austin-urges-shoigu")).SpeakerId.Value);
        var evidence = catalog.GetSanction(new SanctionId("uk-sanctions-firm")).Evidence;
        Assert.Equal(("France imposed sanctions on a firm", "", "", -1, -1), (evidence.Exact, evidence.Prefix, evidence.Suffix, evidence.Start, evidence.End));

        // Untouched items are there as usual.
        Assert.Contains("public static global::Dataset.Actor LloydAustin", source, StringComparison.Ordinal);
        Assert.Contains("public static global::Dataset.Actor UnitedKingdom", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_in_several_files_are_all_reported_in_one_run()
    {
        var second = "actors:\n  - id: Bad_Id\n    name: X\n    kind: person\n  - id: someone\n    name: Y\n    kind: persn\n";
        var third = "document: [unclosed\n";

        var run = GeneratorHarness.Run([.. Yaml.Files(DiagnosticTests.Edit("act: urge", "act: urges")), ("seeds/second.yaml", second), ("seeds/third.yaml", third)]);

        Assert.Equal(
            ["article.yaml DS0005", "second.yaml DS0005", "second.yaml DS0007", "second.yaml DS0019", "third.yaml DS0001"],
            run.Diagnostics.Select(d => Path.GetFileName(d.Location.GetLineSpan().Path) + " " + d.Id).Order(StringComparer.Ordinal));
        Assert.Empty(run.CompilationProblems);
    }
}
