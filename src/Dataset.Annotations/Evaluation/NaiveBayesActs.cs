using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Drafting.Acts;

namespace Dataset.Annotations.Evaluation;

/// <summary>
/// Multinomial naive Bayes over the features of <see cref="ActFeatures"/>, counted on annotated statements: each act
/// scores the log of its share of the examples plus, for each feature of the statement that training saw, the log of
/// the feature's share of that act's features, add-one smoothed; the highest score wins, the first act in ordinal
/// order on a tie. A rival of the learned act in cross-validation (<see cref="ActCrossValidation"/>).
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
            model.AddExamples(example.Act, 1);
            foreach (var feature in example.Features)
            {
                model.AddCount(example.Act, feature, 1);
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
            var counts = _counts.TryGetValue(act.Key, out var found) ? found : new Dictionary<string, int>();
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

    private void AddExamples(string act, int n) =>
        _examples[act] = _examples.TryGetValue(act, out var had) ? had + n : n;

    private void AddCount(string act, string feature, int n)
    {
        if (!_counts.TryGetValue(act, out var features))
        {
            _counts[act] = features = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        features[feature] = features.TryGetValue(feature, out var c) ? c + n : n;
        _totals[act] = _totals.TryGetValue(act, out var t) ? t + n : n;
        _vocabulary.Add(feature);
    }
}
