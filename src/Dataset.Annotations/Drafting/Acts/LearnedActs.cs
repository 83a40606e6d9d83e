using System;
using System.IO;
using System.Linq;
using System.Text;
using Dataset.Annotations.Text;

namespace Dataset.Annotations.Drafting.Acts;

/// <summary>
/// The act a Russian statement reported with a plain verb ("заявил", "по словам") is drafted with: logistic regression
/// (<see cref="LogisticActs"/>) trained on every annotated set without the rules' signals
/// (<see cref="ActFeatures.Learned"/>), embedded in the engine as <see cref="ResourceName"/>. On the Russian sets
/// measured before any rule was fitted on them it read more acts right than the rules and than naive Bayes
/// (docs/coverage.md, "A learned act"); English and a verb that names its act keep the rules' act.
/// </summary>
internal static class LearnedActs
{
    /// <summary>The embedded model's name, and its file's under <c>src/Dataset.Annotations</c>.</summary>
    public const string ResourceName = "act-model.tsv";

    private static readonly Lazy<LogisticActs> Embedded = new(Load);

    /// <summary>The embedded model.</summary>
    public static LogisticActs Model => Embedded.Value;

    /// <summary>
    /// The act to draft: the model's for a Russian statement whose verb names no act, else the rules' act
    /// (<see cref="ActSignals.RuleAct"/>).
    /// </summary>
    public static string Choose(string language, ActSignals signals) =>
        Chosen(language, signals) ? Model.Predict(signals.Features.Where(ActFeatures.Learned).ToList()) : signals.RuleAct;

    /// <summary>Whether the model gives the act (<see cref="Choose"/>): a Russian statement whose verb names no act.</summary>
    public static bool Chosen(string language, ActSignals signals) => language == TextLanguage.Russian && signals.Plain;

    private static LogisticActs Load()
    {
        using var stream = typeof(LearnedActs).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the engine holds no resource '{ResourceName}'");
        using var reader = new StreamReader(stream, new UTF8Encoding(false));
        return LogisticActs.Read(reader);
    }
}
