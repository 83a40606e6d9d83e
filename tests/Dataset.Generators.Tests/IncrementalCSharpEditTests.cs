namespace Dataset.Generators.Tests;

/// <summary>(a) Typing in a C# file that has nothing to do with the dataset must cost the generator nothing.</summary>
public class IncrementalCSharpEditTests
{
    [Fact]
    public void A_csharp_edit_leaves_every_dataset_step_cached_and_adds_no_output()
    {
        var corpus = new IncrementalCorpus(articles: 10);

        var rerun = corpus.EditCSharp("public static class App { public static int Answer => 43; }");

        foreach (var step in GeneratorHarness.AllTrackingNames)
        {
            var outputs = IncrementalCorpus.Outputs(rerun, step);
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.True(IncrementalCorpus.IsCached(o.Reason), $"{step} was {o.Reason} after a C# edit."));
        }

        Assert.Equal(IncrementalCorpus.Sources(corpus.First).OrderBy(s => s.Key), IncrementalCorpus.Sources(rerun).OrderBy(s => s.Key));
    }
}
