using System.Collections.Generic;
using System.IO;
using System.Linq;
using Dataset.Annotations.Drafting.Acts;

namespace Dataset.Annotations.Evaluation;

/// <summary>
/// The text of the act model the engine embeds (<see cref="LearnedActs"/>): logistic regression trained on every
/// example of the listed sets, without the rules' signals (<see cref="ActFeatures.Learned"/>). One function, so the
/// command that writes the file and the test that trains it again give the same model.
/// </summary>
internal static class ActModelFile
{
    /// <summary>Where the file lives, from the repository's root.</summary>
    public const string PathInRepository = "src/Dataset.Annotations/Drafting/Acts/" + LearnedActs.ResourceName;

    public static string Text(IReadOnlyList<ActSet> sets)
    {
        var model = Trained(sets);
        using var writer = new StringWriter();
        model.Write(writer, new[]
        {
            "The act drafts give a Russian statement reported with a plain verb (Drafting/Acts/LearnedActs.cs): logistic",
            "regression without the rules' signals, trained on " + sets.Sum(s => s.Statements.Count) + " statements of the " + sets.Count
                + " sets act-training-sets.txt lists.",
            "Not edited by hand: written again, after a change to the sets or to what drafts read, by",
            "  dotnet run -c Release --project benchmarks/Dataset.Benchmarks -- act-model --write",
            "and LearnedActsTests train it again from the sets and compare.",
        });
        return writer.ToString();
    }

    /// <summary>The model trained on every example of <paramref name="sets"/>, without the rules' signals.</summary>
    public static LogisticActs Trained(IReadOnlyList<ActSet> sets) =>
        LogisticActs.Train(sets.SelectMany(s => s.Examples).Select(e => new ActExample(e.Features.Where(ActFeatures.Learned).ToList(), e.Act)).ToList());
}
