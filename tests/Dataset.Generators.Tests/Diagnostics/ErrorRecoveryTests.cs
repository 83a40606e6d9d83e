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
        var yaml = DiagnosticTests.Edit(
            ("act: confirm", "act: {|DS0005:confirms|}"),
            // DS0019: with the speaker misspelled, nothing uses lloyd-austin any more.
            ("  - id: lloyd-austin", "  - id: {|DS0019:lloyd-austin|}"),
            ("speaker: lloyd-austin", "speaker: {|DS0010:loyd-austin|}"),
            ("evidence: Britain imposed sanctions on a firm", "evidence: {|DS0013:France imposed sanctions on a firm|}"),
            ("    kind: group", "    kind: group\n    wikidata: {|DS0016:nope|}"),
            ("  publisher: Dawn", "  publisher: Dawn\n  {|DS0002:editor|}: X"));

        var run = DiagnosticMarkup.Run(
            [new MarkedFile("seeds/article.yaml", yaml), new MarkedFile(Yaml.ArticlePath, Yaml.Article)],
            "public static class App { public static string Name => TestData.Actors.LloydAustin.Name; }").Run;
        Assert.Empty(run.CompilationProblems);
        var source = run.SourceFor("seeds_article_yaml");

        // The document has an unknown field: a problem of its own fields, so it is left out.
        Assert.DoesNotContain("public static readonly global::Dataset.Document TestArticle;", source, StringComparison.Ordinal);

        // A wrong enum value or a malformed field leaves the item out…
        Assert.DoesNotContain("RussiaConfirmsCall", source, StringComparison.Ordinal);
        Assert.DoesNotContain("public static readonly global::Dataset.Actor DroneFirm;", source, StringComparison.Ordinal);

        // …an unknown reference or evidence that was not found keeps it, with the id as written and offsets −1.
        Assert.Contains("public static readonly global::Dataset.Statement AustinUrgesShoigu;", source, StringComparison.Ordinal);
        Assert.Contains("public static readonly global::Dataset.Sanction UkSanctionsFirm;", source, StringComparison.Ordinal);
        var catalog = CompiledCatalog.Load(run);
        Assert.Equal("loyd-austin", catalog.GetStatement(new StatementId("austin-urges-shoigu")).SpeakerId.Value);
        var evidence = catalog.GetSanction(new SanctionId("uk-sanctions-firm")).Evidence;
        Assert.Equal(("France imposed sanctions on a firm", "", "", -1, -1), (evidence.Exact, evidence.Prefix, evidence.Suffix, evidence.Start, evidence.End));

        // Untouched items are there as usual.
        Assert.Contains("public static readonly global::Dataset.Actor LloydAustin;", source, StringComparison.Ordinal);
        Assert.Contains("public static readonly global::Dataset.Actor UnitedKingdom;", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_in_several_files_are_all_reported_in_one_run()
    {
        var second = "actors:\n  - id: {|DS0007:Bad_Id|}\n    name: X\n    kind: person\n  - id: {|DS0019:someone|}\n    name: Y\n    kind: {|DS0005:persn|}\n";
        var third = "document: [unclosed\n{|DS0001:|}";

        var run = DiagnosticMarkup.Run(
            new MarkedFile("seeds/article.yaml", DiagnosticTests.Edit("act: urge", "act: {|DS0005:urges|}")),
            new MarkedFile(Yaml.ArticlePath, Yaml.Article),
            new MarkedFile("seeds/second.yaml", second),
            new MarkedFile("seeds/third.yaml", third)).Run;

        Assert.Empty(run.CompilationProblems);
    }
}
