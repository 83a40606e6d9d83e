using System.Text.RegularExpressions;
using Dataset.CorpusMaker;
using Microsoft.CodeAnalysis;
using Dataset.Annotations.Model;

namespace Dataset.Generators.Tests;

/// <summary>
/// The id index holds ids, not locations: an edit that moves declarations in one file leaves it and the generated
/// <c>Catalog</c> cached, and each file locates its own duplicate-id messages, which still name where the first
/// declaration now is.
/// </summary>
public class IncrementalIdIndexTests
{
    [Fact]
    public void A_summary_edit_that_shifts_the_following_lines_leaves_the_id_index_and_the_catalog_cached()
    {
        var corpus = new IncrementalCorpus(articles: 10);
        var path = corpus.Corpus.ProbeAnnotationPath;
        var before = Parsed(corpus.First, path);

        var rerun = corpus.Edit(path, yaml => IncrementalAnnotationEditTests.ReplaceFirst(yaml, "summary: \"", "summary: \"Edited over\n      two lines: "));

        var after = Parsed(rerun, path);
        Assert.Equal(before.Statements[^1].Id.Value, after.Statements[^1].Id.Value);
        Assert.Equal(before.Statements[^1].Id.Location.StartLine + 1, after.Statements[^1].Id.Location.StartLine);
        var declarations = Assert.Single(
            IncrementalCorpus.Outputs(rerun, TrackingNames.Declarations),
            o => ((FileDeclarations)o.Value).Path == IncrementalCorpus.PathOf(path));
        Assert.Equal(IncrementalStepRunReason.Unchanged, declarations.Reason);
        Assert.All(IncrementalCorpus.Outputs(rerun, TrackingNames.IdIndex), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(IncrementalCorpus.Outputs(rerun, TrackingNames.CatalogSource), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(IncrementalCorpus.Outputs(rerun, TrackingNames.DuplicatedDeclarationIndex), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Equal([IncrementalAnnotationEditTests.HintOf(path)], IncrementalCorpus.Reemitted(rerun));
        Assert.Empty(GeneratorHarness.BesideLinkAdvice(rerun.Diagnostics));
    }

    [Fact]
    public void A_duplicate_id_message_follows_the_first_declaration_when_lines_move_above_it()
    {
        var corpus = new IncrementalCorpus(articles: 3);
        var articles = corpus.Corpus.Files.Select(f => f.Path)
            .Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) && p != SyntheticCorpus.RegistryPath)
            .Order(StringComparer.Ordinal).ToList();
        var (first, second) = (articles[0], articles[1]);
        var firstId = FirstStatementId(corpus.Text(first));
        var duplicated = corpus.Edit(second, yaml => yaml.Replace($"  - id: {FirstStatementId(yaml)}\n", $"  - id: {firstId}\n", StringComparison.Ordinal));
        var line = LineOf(corpus.Text(first), $"  - id: {firstId}\n");

        Assert.Equal(
            $"The statement id '{firstId}' is already declared at {Path.GetFileName(first)}({line},9); ids are unique across all annotations, so refer to " +
                "that one or give this one another id",
            DuplicateMessage(duplicated));

        var moved = corpus.Edit(first, yaml => "# a comment above everything\n" + yaml);

        Assert.Equal(
            $"The statement id '{firstId}' is already declared at {Path.GetFileName(first)}({line + 1},9); ids are unique across all annotations, so refer " +
                "to that one or give this one another id",
            DuplicateMessage(moved));
        Assert.All(IncrementalCorpus.Outputs(moved, TrackingNames.IdIndex), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        // The moved file is re-emitted for its own records' locations; the other for its message; nothing else.
        Assert.Equal(
            new[] { first, second }.Select(IncrementalAnnotationEditTests.HintOf).Order(StringComparer.Ordinal),
            IncrementalCorpus.Reemitted(moved).Order(StringComparer.Ordinal));
    }

    private static AnnotationFile Parsed(GeneratorDriverRunResult run, string path) =>
        IncrementalCorpus.Outputs(run, TrackingNames.Annotations).Select(o => (AnnotationFile)o.Value).Single(f => f.Path == IncrementalCorpus.PathOf(path));

    private static string FirstStatementId(string yaml) =>
        Regex.Match(yaml, "statements:\n  - id: (?<id>[a-z0-9-]+)\n").Groups["id"].Value is { Length: > 0 } id
            ? id
            : throw new InvalidOperationException("No statement.");

    private static int LineOf(string text, string value) => text[..text.IndexOf(value, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    private static string DuplicateMessage(GeneratorDriverRunResult run) =>
        Assert.Single(run.Diagnostics, d => d.Id == "DS0008").GetMessage(System.Globalization.CultureInfo.InvariantCulture);
}
