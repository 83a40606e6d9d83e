using System.Text;
using Dataset.Annotations.Drafting;
using Dataset.Annotations.Drafting.Acts;
using Dataset.Annotations.Evaluation;
using Dataset.Annotations.Tests.Coverage;
using Dataset.Annotations.Tests.Evaluation;

namespace Dataset.Annotations.Tests.Drafting;

/// <summary>
/// The learned act of Russian drafts (<see cref="LearnedActs"/>): the embedded model is the one the listed sets give,
/// a Russian plain verb's act is the model's and the draft says so, and every other act is the rules'.
/// </summary>
public class LearnedActsTests
{
    [Fact]
    public void The_embedded_model_is_the_one_trained_again_on_the_listed_sets()
    {
        var retrained = ActModelFile.Text(ActSet.Listed(RepositoryPaths.Root, ActCrossValidationTests.ListFile));
        using var stream = typeof(LearnedActs).Assembly.GetManifestResourceStream(LearnedActs.ResourceName)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var embedded = reader.ReadToEnd();

        var (again, model) = (LogisticActs.Read(new StringReader(retrained)), LogisticActs.Read(new StringReader(embedded)));

        // Weights, not bytes: the last digit of a rounded weight may differ where the platform's exp does.
        const string Fix = "write it again with `dotnet run -c Release --project benchmarks/Dataset.Benchmarks -- act-model --write`";
        Assert.True(Header(retrained) == Header(embedded), $"{ActModelFile.PathInRepository} was trained on other sets; {Fix}");
        Assert.True(
            again.Acts.SequenceEqual(model.Acts) && again.Features.SequenceEqual(model.Features),
            $"{ActModelFile.PathInRepository} has other acts or features than the sets give; {Fix}");
        var differing = model.Acts
            .SelectMany(act => model.Features.Select(f => (act, f, Difference: Math.Abs(again.Weight(act, f) - model.Weight(act, f)))))
            .Concat(model.Acts.Select(act => (act, f: "(bias)", Difference: Math.Abs(again.Weight(act) - model.Weight(act)))))
            .Where(w => w.Difference > 1.5e-4)
            .ToList();
        Assert.True(differing.Count == 0, $"{differing.Count} weights differ from the sets', first {differing.FirstOrDefault()}; {Fix}");
        Assert.Equal(embedded, File.ReadAllText(Path.Combine(RepositoryPaths.Root, ActModelFile.PathInRepository)));
    }

    [Fact]
    public void A_russian_plain_verbs_act_is_the_models_and_every_other_act_the_rules()
    {
        var russian = DraftScore.Of(GoldSetTests.Files("HeldOutRu8")).Statements.Where(s => s.Signals is not null).ToList();
        var english = DraftScore.Of(GoldSetTests.Files("Gold2")).Statements.Where(s => s.Signals is not null).ToList();

        Assert.All(russian, s => Assert.Equal(s.Signals!.Plain ? LearnedActs.Model.Predict(s.Signals.Features) : s.Signals.RuleAct, s.DraftedAct));
        Assert.Contains(russian, s => s.Signals!.Plain && s.DraftedAct != s.Signals.RuleAct);
        Assert.Contains(russian, s => !s.Signals!.Plain);
        Assert.All(english, s => Assert.Equal(s.Signals!.RuleAct, s.DraftedAct));
    }

    [Fact]
    public void A_learned_act_says_it_was_learned_in_the_draft()
    {
        var statement = ArticleDrafter.Draft(new DraftRequest(
            "Заголовок\nДиректор завода Иван Петров заявил, что предприятие выплатит долги по зарплате до конца месяца.",
            new Model.DateValue(2024, 10, 16),
            [],
            [],
            [])).Statements.Single();

        Assert.True(statement.Learned);
        Assert.Null(statement.ReadFrom);
        Assert.Contains(
            $"act: {statement.Act}   # a guess learned from annotated articles: \"заявил\" names no act; check it",
            DraftYaml.Statement(statement),
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_models_text_reads_back_to_the_same_predictions_and_a_wrong_line_is_told_by_its_number()
    {
        var model = LogisticActs.Train(
        [
            new(["w=ложь", "verb=заяв"], "deny"),
            new(["w=выплат", "verb=заяв"], "pledge"),
            new(["w=ложь"], "deny"),
        ]);
        var written = Written(model);

        var read = LogisticActs.Read(new StringReader(written));

        Assert.Equal(written, Written(read));
        Assert.Equal(["deny", "pledge"], read.Acts);
        Assert.Equal(["verb=заяв", "w=выплат", "w=ложь"], read.Features);
        Assert.Equal(("deny", "pledge"), (read.Predict(["w=ложь"]), read.Predict(["w=выплат", "w=unseen"])));
        Assert.Equal(Math.Round(model.Weight("pledge", "w=выплат"), 4), read.Weight("pledge", "w=выплат"));
        var error = Assert.Throws<FormatException>(() => LogisticActs.Read(new StringReader("# a model\nact\tdeny\t0.5\nweight\tw=ложь\t0.1\t0.2\n")));
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => LogisticActs.Read(new StringReader("act\tdeny\tmany\n")));
    }

    private static string Written(LogisticActs model)
    {
        using var writer = new StringWriter();
        model.Write(writer, ["a model"]);
        return writer.ToString();
    }

    private static string Header(string text) => string.Concat(text.Split('\n').TakeWhile(l => l.StartsWith('#')));
}
