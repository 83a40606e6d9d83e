using System.Text.RegularExpressions;
using Dataset.CorpusMaker;

namespace Dataset.Generators.Tests;

/// <summary>The generated catalog of a many-article corpus, loaded and used: look-ups by id, All, lists per article.</summary>
public class GeneratedCatalogTests
{
    [Fact]
    public void Every_id_of_the_corpus_is_found_in_its_article_and_All_is_in_id_order()
    {
        var corpus = SyntheticCorpus.Make(articles: 70, seed: 3);
        var catalog = Load(corpus);
        var statementIds = Ids(corpus, "statements");
        var actorIds = Ids(corpus, "actors");

        Assert.Equal(statementIds.Order(StringComparer.Ordinal), catalog.Statements.Select(s => s.Id.Value));
        Assert.Equal(actorIds.Order(StringComparer.Ordinal), catalog.Actors.Select(a => a.Id.Value));
        Assert.Equal(70, catalog.Documents.Count);
        foreach (var id in statementIds)
        {
            var statement = catalog.FindStatement(new StatementId(id));
            Assert.NotNull(statement);
            Assert.Equal(id, statement.Id.Value);
            Assert.Same(statement, catalog.GetStatement(new StatementId(id)));
            Assert.Equal(statement.Evidence.Document, catalog.GetDocument(statement.Evidence.Document).Id);
        }

        Assert.All(catalog.Sanctions, s => Assert.Same(s, catalog.FindSanction(s.Id)));
        Assert.Null(catalog.FindStatement(new StatementId("no-such-statement")));
        Assert.Null(catalog.FindActor(default));
    }

    private static DatasetCatalog Load(SyntheticCorpus corpus)
    {
        // 70 articles: too many files to track steps (see GeneratorHarness); the incremental tests track 10.
        var run = GeneratorHarness.Run(corpus.Files.Select(f => ("annotations/" + f.Path, (string?)f.Text)).ToArray(), csharp: null, trackSteps: false);
        Assert.Empty(run.DiagnosticsBesideLinkAdvice);
        return CompiledCatalog.Load(run);
    }

    private static List<string> Ids(SyntheticCorpus corpus, string section) => corpus.Files
        .Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal))
        .SelectMany(f => Regex.Matches(Section(f.Text, section), "^  - id: (\\S+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value))
        .ToList();

    private static string Section(string yaml, string name)
    {
        var start = yaml.IndexOf(name + ":\n", StringComparison.Ordinal);
        if (start < 0)
        {
            return string.Empty;
        }

        var end = Regex.Match(yaml[(start + name.Length + 2)..], "^[a-z]", RegexOptions.Multiline);
        return end.Success ? yaml.Substring(start, name.Length + 2 + end.Index) : yaml[start..];
    }
}
