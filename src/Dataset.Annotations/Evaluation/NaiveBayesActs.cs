using System;
using System.Collections.Generic;
using System.Linq;

namespace Dataset.Annotations.Evaluation;

/// <summary>A statement's features and the act its annotation gives it: one example an act model is counted on.</summary>
internal readonly record struct ActExample(IReadOnlyList<string> Features, string Act);

/// <summary>Something that gives an act for a statement's features.</summary>
internal interface IActClassifier
{
    string Predict(IReadOnlyList<string> features);
}

/// <summary>
/// Multinomial naive Bayes over the features of <see cref="Drafting.Acts.ActFeatures"/>, counted on annotated
/// statements: each act scores the log of its share of the examples plus, for each feature of the statement that
/// training saw, the log of the feature's share of that act's features, add-one smoothed; the highest score wins, the
/// first act in ordinal order on a tie. Its counts are integers, so the same examples give the same model.
/// </summary>
internal sealed class NaiveBayesActs : IActClassifier
{
    private readonly SortedDictionary<string, int> _examples = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _totals = new(StringComparer.Ordinal);
    private readonly HashSet<string> _vocabulary = new(StringComparer.Ordinal);

    public static NaiveBayesActs Train(IEnumerable<ActExample> examples)
    {
        var model = new NaiveBayesActs();
        foreach (var example in examples)
        {
            model._examples[example.Act] = model._examples.TryGetValue(example.Act, out var n) ? n + 1 : 1;
            if (!model._counts.TryGetValue(example.Act, out var features))
            {
                model._counts[example.Act] = features = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            foreach (var feature in example.Features)
            {
                features[feature] = features.TryGetValue(feature, out var c) ? c + 1 : 1;
                model._totals[example.Act] = model._totals.TryGetValue(example.Act, out var t) ? t + 1 : 1;
                model._vocabulary.Add(feature);
            }
        }

        return model;
    }

    public string Predict(IReadOnlyList<string> features)
    {
        var all = _examples.Values.Sum();
        string? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var act in _examples)
        {
            var counts = _counts[act.Key];
            var denominator = Math.Log((_totals.TryGetValue(act.Key, out var total) ? total : 0) + _vocabulary.Count);
            var score = Math.Log((double)act.Value / all);
            foreach (var feature in features)
            {
                if (_vocabulary.Contains(feature))
                {
                    score += Math.Log((counts.TryGetValue(feature, out var c) ? c : 0) + 1) - denominator;
                }
            }

            if (score > bestScore)
            {
                (best, bestScore) = (act.Key, score);
            }
        }

        return best ?? Model.SpeechActs.Claim;
    }
}
