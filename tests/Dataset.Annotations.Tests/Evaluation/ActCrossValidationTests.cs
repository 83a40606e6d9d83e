using Dataset.Annotations.Collections;
using Dataset.Annotations.Drafting.Acts;
using Dataset.Annotations.Evaluation;
using Dataset.Annotations.Tests.Coverage;

namespace Dataset.Annotations.Tests.Evaluation;

/// <summary>
/// Learned acts measured set by set (<see cref="ActCrossValidation"/>): the examples are the statements the draft score
/// pairs, the list of sets is the one the folder holds, and each left-out set is predicted by models trained on the rest.
/// </summary>
public class ActCrossValidationTests
{
    internal static string ListFile => Path.Combine(RepositoryPaths.Root, "tests", "Dataset.Annotations.Tests", "Coverage", "act-training-sets.txt");

    [Fact]
    public void A_sets_examples_are_the_gold_statements_its_drafts_overlap_with_the_rules_acts_as_scored()
    {
        var files = GoldSetTests.Files("GoldRu");
        var score = DraftScore.Of(files);

        var set = ActSet.Of("GoldRu", files);

        Assert.Equal(score.Overlapped, set.Statements.Count);
        Assert.Equal(score.Statements.Count(s => s.Overlapped && s.Signals!.RuleAct == s.GoldAct), set.Statements.Count(s => s.Signals.RuleAct == s.Act));
        Assert.Equal(score.Statements.Where(s => s.Overlapped).Select(s => s.GoldAct), set.Statements.Select(s => s.Act));
        Assert.True(set.Russian);
        Assert.False(ActSet.Of("Gold2", GoldSetTests.Files("Gold2")).Russian);
    }

    [Fact]
    public void The_list_of_sets_names_the_seeds_and_every_annotated_set_but_a_second_annotation_of_the_same_articles()
    {
        var listed = File.ReadAllLines(ListFile).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        Assert.Equal("seeds", listed[0]);
        var sets = ((IEnumerable<object[]>)GoldSetTests.AllSets).Select(row => (string)row[0]);
        Assert.Equal(sets.Order(StringComparer.Ordinal), listed.Skip(1).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(listed, folder => Assert.True(Directory.Exists(Path.Combine(RepositoryPaths.Root, folder)), folder));
        Assert.DoesNotContain(listed, folder => folder.EndsWith("Second", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_line_naming_no_folder_is_reported_with_its_line()
    {
        var list = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(list, ["# sets", "seeds", "tests/NoSuchSet"]);

            var error = Assert.Throws<InvalidOperationException>(() => ActSet.Listed(RepositoryPaths.Root, list));

            Assert.Contains("(3): no folder 'tests/NoSuchSet'", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(list);
        }
    }

    [Fact]
    public void Each_set_left_out_is_predicted_by_a_model_trained_on_the_others_beside_the_rules()
    {
        // "baseless" denies in every set, but only the rules of set C read it; "x" is in no set but C.
        var sets = new[]
        {
            Set("A", ("baseless", "deny", "deny", true), ("fell", "announce", "announce", true)),
            Set("B", ("baseless", "deny", "claim", true), ("fell", "announce", "claim", true)),
            Set("C", ("baseless x", "deny", "claim", true), ("fell", "announce", "warn", false)),
        };

        var folds = ActCrossValidation.Run(sets, NaiveBayesActs.Train);

        Assert.Equal(new[] { "A", "B", "C" }, folds.Select(f => f.Set));
        Assert.Equal(new[] { 2, 0, 0 }, folds.Select(f => f.Rules));
        Assert.All(folds, f => Assert.Equal(2, f.Model));
        Assert.Equal(1, folds[2].ModelBesideVerbs);
        Assert.Equal(new[] { 2, 2, 1 }, folds.Select(f => f.ModelForClaims));
    }

    [Fact]
    public void A_kept_filter_leaves_features_out_of_training_and_prediction()
    {
        var sets = new[]
        {
            Set("A", ("baseless", "deny", "deny", true), ("fell", "announce", "announce", true)),
            Set("B", ("baseless", "deny", "deny", true), ("fell", "announce", "announce", true)),
        };

        var folds = ActCrossValidation.Run(sets, NaiveBayesActs.Train, f => !f.StartsWith("w=", StringComparison.Ordinal));

        // Without the words the two statements of a set look alike: one act for both.
        Assert.All(folds, f => Assert.Equal(1, f.Model));
    }

    [Theory]
    [InlineData("naive Bayes")]
    [InlineData("logistic regression")]
    public void Both_models_learn_acts_told_apart_by_one_word_and_give_the_same_acts_when_trained_again(string model)
    {
        var examples = new List<ActExample>
        {
            new(new[] { "lang=en", "w=baseless" }, "deny"),
            new(new[] { "lang=en", "w=baseless", "w=report" }, "deny"),
            new(new[] { "lang=en", "w=fell" }, "announce"),
            new(new[] { "lang=en", "w=fell", "w=report" }, "announce"),
            new(new[] { "lang=en", "w=report" }, "claim"),
        };
        IActClassifier Train() => model == "naive Bayes" ? NaiveBayesActs.Train(examples) : LogisticActs.Train(examples);

        var first = Train();
        var again = Train();

        Assert.Equal("deny", first.Predict(new[] { "lang=en", "w=baseless", "w=unseen" }));
        Assert.Equal("announce", first.Predict(new[] { "w=fell" }));
        var probes = new[] { new[] { "w=baseless" }, new[] { "w=fell" }, new[] { "w=report" }, new[] { "lang=en" } };
        Assert.Equal(probes.Select(first.Predict), probes.Select(again.Predict));
    }

    private static ActSet Set(string name, params (string Words, string Act, string RuleAct, bool Plain)[] statements) =>
        new(name, statements.Select(s => (new ActSignals(s.Words.Split(' ').Select(w => "w=" + w).ToEquatableArray(), s.RuleAct, s.Plain), s.Act)).ToList());
}
