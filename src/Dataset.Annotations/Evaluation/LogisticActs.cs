using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Drafting.Acts;

namespace Dataset.Annotations.Evaluation;

/// <summary>
/// Multinomial logistic regression over the same features as the act model, trained by a fixed number of full-batch
/// gradient steps from zero weights (so the same examples give the same weights): the act model's rival in
/// cross-validation (<see cref="ActCrossValidation"/>).
/// </summary>
internal sealed class LogisticActs : IActClassifier
{
    private readonly string[] _acts;
    private readonly Dictionary<string, int> _index;
    private readonly double[,] _weights;
    private readonly double[] _bias;

    private LogisticActs(string[] acts, Dictionary<string, int> index, double[,] weights, double[] bias)
    {
        (_acts, _index, _weights, _bias) = (acts, index, weights, bias);
    }

    public static LogisticActs Train(IReadOnlyList<ActExample> examples, int steps = 300, double rate = 1.0, double l2 = 0.001)
    {
        var acts = examples.Select(e => e.Act).Distinct().OrderBy(a => a, StringComparer.Ordinal).ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in examples.SelectMany(e => e.Features).Distinct().OrderBy(f => f, StringComparer.Ordinal))
        {
            index[feature] = index.Count;
        }

        var rows = examples.Select(e => e.Features.Select(f => index[f]).ToArray()).ToArray();
        var labels = examples.Select(e => Array.IndexOf(acts, e.Act)).ToArray();
        var model = new LogisticActs(acts, index, new double[acts.Length, index.Count], new double[acts.Length]);
        for (var step = 0; step < steps; step++)
        {
            var gradient = new double[acts.Length, index.Count];
            var biasGradient = new double[acts.Length];
            for (var n = 0; n < rows.Length; n++)
            {
                var p = model.Probabilities(rows[n]);
                for (var a = 0; a < acts.Length; a++)
                {
                    var error = p[a] - (labels[n] == a ? 1 : 0);
                    biasGradient[a] += error;
                    foreach (var f in rows[n])
                    {
                        gradient[a, f] += error;
                    }
                }
            }

            for (var a = 0; a < acts.Length; a++)
            {
                model._bias[a] -= rate * biasGradient[a] / rows.Length;
                for (var f = 0; f < index.Count; f++)
                {
                    model._weights[a, f] -= rate * ((gradient[a, f] / rows.Length) + (l2 * model._weights[a, f]));
                }
            }
        }

        return model;
    }

    public string Predict(IReadOnlyList<string> features)
    {
        var p = Probabilities(features.Where(_index.ContainsKey).Select(f => _index[f]).ToArray());
        var best = 0;
        for (var a = 1; a < p.Length; a++)
        {
            best = p[a] > p[best] ? a : best;
        }

        return _acts[best];
    }

    private double[] Probabilities(int[] row)
    {
        var scores = new double[_acts.Length];
        for (var a = 0; a < _acts.Length; a++)
        {
            scores[a] = _bias[a];
            foreach (var f in row)
            {
                scores[a] += _weights[a, f];
            }
        }

        var max = scores.Max();
        var sum = 0.0;
        for (var a = 0; a < scores.Length; a++)
        {
            scores[a] = Math.Exp(scores[a] - max);
            sum += scores[a];
        }

        for (var a = 0; a < scores.Length; a++)
        {
            scores[a] /= sum;
        }

        return scores;
    }
}
