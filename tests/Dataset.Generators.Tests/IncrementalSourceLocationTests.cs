using System.Text.RegularExpressions;

namespace Dataset.Generators.Tests;

/// <summary>
/// Locations live in each file's own data, never in the id index: an edit that shifts lines re-emits that file with
/// the new lines and leaves the id index, the generated <c>Catalog</c> and every other file cached.
/// </summary>
public class IncrementalSourceLocationTests
{
    [Fact]
    public void A_line_shift_moves_the_locations_in_the_file_alone_and_leaves_the_id_index_and_the_catalog_cached()
    {
        var corpus = new IncrementalCorpus(articles: 10);
        var path = corpus.Corpus.ProbeAnnotationPath;
        var hint = IncrementalAnnotationEditTests.HintOf(path);
        var before = DocumentedLines(IncrementalCorpus.Sources(corpus.First)[hint]);

        var rerun = corpus.Edit(path, yaml => "# a comment\n# and another\n" + yaml);

        Assert.Equal(before.Select(l => l + 2), DocumentedLines(IncrementalCorpus.Sources(rerun)[hint]));
        Assert.Equal([hint], IncrementalCorpus.Reemitted(rerun));
        Assert.All(
            IncrementalCorpus.Outputs(rerun, TrackingNames.IdIndex),
            o => Assert.Equal(Microsoft.CodeAnalysis.IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(
            IncrementalCorpus.Outputs(rerun, TrackingNames.CatalogSource),
            o => Assert.Equal(Microsoft.CodeAnalysis.IncrementalStepRunReason.Cached, o.Reason));
        Assert.NotEmpty(before);
    }

    /// <summary>The "file.yaml:LINE" numbers the docs of the file's members give.</summary>
    private static List<int> DocumentedLines(string source) =>
        Regex.Matches(source, @"\.yaml:(?<line>\d+)[.;]")
            .Select(m => int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
}
