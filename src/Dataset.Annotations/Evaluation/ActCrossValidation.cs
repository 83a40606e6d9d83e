using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Dataset.Annotations.Drafting.Acts;
using Dataset.Annotations.Text;

namespace Dataset.Annotations.Evaluation;

/// <summary>
/// An annotated set as act examples: each gold statement a draft overlaps, paired as <see cref="DraftScore"/> pairs
/// them, with the draft's signals and the gold act.
/// </summary>
internal sealed record ActSet(string Name, IReadOnlyList<(ActSignals Signals, string Act)> Statements)
{
    public bool Russian => Statements.Count > 0 && Statements.All(s => s.Signals.Features.Contains("lang=" + TextLanguage.Russian));

    public IEnumerable<ActExample> Examples => Statements.Select(s => new ActExample(s.Signals.Features, s.Act));

    public static ActSet Of(string name, IReadOnlyList<KeyValuePair<string, string?>> files) =>
        new(name, DraftScore.Of(files).Statements.Where(s => s.Signals is not null).Select(s => (s.Signals!, s.GoldAct)).ToList());

    /// <summary>
    /// The sets a list file names, one folder a line relative to <paramref name="root"/> ('#' starts a comment), each
    /// read with its articles and annotations in path order.
    /// </summary>
    /// <exception cref="InvalidOperationException">A line names no folder under <paramref name="root"/>.</exception>
    public static IReadOnlyList<ActSet> Listed(string root, string listFile) =>
        File.ReadAllLines(listFile)
            .Select((line, index) => (Folder: line.Split('#')[0].Trim(), Line: index + 1))
            .Where(entry => entry.Folder.Length > 0)
            .Select(entry => Directory.Exists(Path.Combine(root, entry.Folder))
                ? Of(Path.GetFileName(entry.Folder), FilesIn(Path.Combine(root, entry.Folder)))
                : throw new InvalidOperationException($"{listFile}({entry.Line}): no folder '{entry.Folder}' under {root}"))
            .ToList();

    private static List<KeyValuePair<string, string?>> FilesIn(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new KeyValuePair<string, string?>(p, File.ReadAllText(p)))
            .ToList();
}

/// <summary>How many acts of a left-out set the rules, and a model trained on every other set, get right.</summary>
internal sealed record ActFold(string Set, bool Russian, int Statements, int Rules, int Model, int ModelBesideVerbs, int ModelForClaims);

/// <summary>
/// Leave-one-set-out cross-validation of an act model: for each set, train on every other set and predict the one
/// left out, beside the rules' acts on the same statements. <see cref="ActFold.ModelBesideVerbs"/> counts the model
/// where the verb names no act and the rules' act (the verb's own) where it does; <see cref="ActFold.ModelForClaims"/>
/// the model only where the rules read a plain verb's content as a claim.
/// </summary>
internal static class ActCrossValidation
{
    /// <summary>
    /// The folds of <paramref name="sets"/>, each model trained by <paramref name="train"/> on the features
    /// <paramref name="kept"/> keeps (all of them when null: some rivals leave the rules' signals out).
    /// </summary>
    public static IReadOnlyList<ActFold> Run(
        IReadOnlyList<ActSet> sets, Func<IReadOnlyList<ActExample>, IActClassifier> train, Func<string, bool>? kept = null)
    {
        IReadOnlyList<string> Kept(IReadOnlyList<string> features) => kept is null ? features : features.Where(kept).ToList();
        var folds = new List<ActFold>();
        foreach (var left in sets)
        {
            var model = train(sets.Where(s => s != left).SelectMany(s => s.Examples).Select(e => new ActExample(Kept(e.Features), e.Act)).ToList());
            var predicted = left.Statements.Select(s => (s.Signals, s.Act, Model: model.Predict(Kept(s.Signals.Features)))).ToList();
            folds.Add(new ActFold(
                left.Name,
                left.Russian,
                predicted.Count,
                predicted.Count(p => p.Signals.RuleAct == p.Act),
                predicted.Count(p => p.Model == p.Act),
                predicted.Count(p => (p.Signals.Plain ? p.Model : p.Signals.RuleAct) == p.Act),
                predicted.Count(p => (p.Signals.Plain && p.Signals.RuleAct == Model.SpeechActs.Claim ? p.Model : p.Signals.RuleAct) == p.Act)));
        }

        return folds;
    }
}
