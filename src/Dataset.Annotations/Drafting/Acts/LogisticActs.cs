using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Dataset.Annotations.Drafting.Acts;

/// <summary>
/// Multinomial logistic regression over the features of <see cref="ActFeatures"/>, trained by a fixed number of
/// full-batch gradient steps from zero weights, so the same examples give the same weights. Its text form
/// (<see cref="Write"/>) rounds each weight to four decimals, and the model read back (<see cref="Read"/>) is the one
/// drafts use.
/// </summary>
internal sealed class LogisticActs : IActClassifier
{
    private const string ActLine = "act";
    private const string WeightLine = "weight";
    private const int Decimals = 4;

    private readonly string[] _acts;
    private readonly Dictionary<string, int> _index;
    private readonly double[][] _weights;
    private readonly double[] _bias;

    private LogisticActs(string[] acts, Dictionary<string, int> index, double[][] weights, double[] bias)
    {
        (_acts, _index, _weights, _bias) = (acts, index, weights, bias);
    }

    /// <summary>The acts the model tells apart, in ordinal order.</summary>
    public IReadOnlyList<string> Acts => _acts;

    /// <summary>The features training saw, in ordinal order.</summary>
    public IEnumerable<string> Features => _index.OrderBy(f => f.Value).Select(f => f.Key);

    /// <summary>An act's bias and, for each feature training saw, its weight for that act.</summary>
    public double Weight(string act, string? feature = null)
    {
        var a = Array.IndexOf(_acts, act);
        return feature is null ? _bias[a] : _weights[_index[feature]][a];
    }

    public static LogisticActs Train(IReadOnlyList<ActExample> examples, int steps = 300, double rate = 1.0, double l2 = 0.001)
    {
        var acts = examples.Select(e => e.Act).Distinct().OrderBy(a => a, StringComparer.Ordinal).ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in examples.SelectMany(e => e.Features).Distinct().OrderBy(f => f, StringComparer.Ordinal))
        {
            index[feature] = index.Count;
        }

        var rows = examples.Select(e => e.Features.Distinct().Select(f => index[f]).ToArray()).ToArray();
        var labels = examples.Select(e => Array.IndexOf(acts, e.Act)).ToArray();
        var model = new LogisticActs(acts, index, Zeros(index.Count, acts.Length), new double[acts.Length]);
        for (var step = 0; step < steps; step++)
        {
            var gradient = Zeros(index.Count, acts.Length);
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
                        gradient[f][a] += error;
                    }
                }
            }

            for (var a = 0; a < acts.Length; a++)
            {
                model._bias[a] -= rate * biasGradient[a] / rows.Length;
                for (var f = 0; f < index.Count; f++)
                {
                    model._weights[f][a] -= rate * ((gradient[f][a] / rows.Length) + (l2 * model._weights[f][a]));
                }
            }
        }

        return model;
    }

    public string Predict(IReadOnlyList<string> features)
    {
        var row = features.Where(_index.ContainsKey).Select(f => _index[f]).Distinct().ToArray();
        var p = Probabilities(row);
        var best = 0;
        for (var a = 1; a < p.Length; a++)
        {
            best = p[a] > p[best] ? a : best;
        }

        return _acts.Length == 0 ? Model.SpeechActs.Claim : _acts[best];
    }

    /// <summary>
    /// The model as text, one tab-separated line each: the lines of <paramref name="header"/> as '#' comments, then
    /// <c>act NAME BIAS</c> for each act in ordinal order, then <c>weight FEATURE W1 … Wn</c> for each feature in
    /// ordinal order, a weight for each act in the order of the act lines.
    /// </summary>
    public void Write(TextWriter writer, IEnumerable<string> header)
    {
        foreach (var line in header)
        {
            writer.Write("# " + line + "\n");
        }

        for (var a = 0; a < _acts.Length; a++)
        {
            writer.Write(ActLine + "\t" + _acts[a] + "\t" + Number(_bias[a]) + "\n");
        }

        foreach (var feature in Features)
        {
            writer.Write(WeightLine + "\t" + feature + "\t" + string.Join("\t", _weights[_index[feature]].Select(Number)) + "\n");
        }
    }

    /// <summary>A model from its text form (<see cref="Write"/>).</summary>
    /// <exception cref="FormatException">A line that is neither a comment, an act nor a feature's weights.</exception>
    public static LogisticActs Read(TextReader reader)
    {
        var acts = new List<string>();
        var bias = new List<double>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var weights = new List<double[]>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            var values = fields.Skip(2).Select(Parse).ToArray();
            if (fields[0] == ActLine && fields.Length == 3 && weights.Count == 0 && values[0] is { } b)
            {
                acts.Add(fields[1]);
                bias.Add(b);
            }
            else if (fields[0] == WeightLine && fields.Length == acts.Count + 2 && acts.Count > 0
                && !index.ContainsKey(fields[1]) && values.All(v => v is not null))
            {
                index[fields[1]] = weights.Count;
                weights.Add(values.Select(v => v!.Value).ToArray());
            }
            else
            {
                throw new FormatException(
                    $"act model, line {number}: expected 'act NAME BIAS', or 'weight FEATURE' and a number for each act after the acts");
            }
        }

        return new LogisticActs(acts.ToArray(), index, weights.ToArray(), bias.ToArray());
    }

    private static string Number(double value)
    {
        var rounded = Math.Round(value, Decimals);
        return (rounded == 0 ? 0 : rounded).ToString("0.####", CultureInfo.InvariantCulture);
    }

    private static double? Parse(string field) =>
        double.TryParse(field, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static double[][] Zeros(int features, int acts) =>
        Enumerable.Range(0, features).Select(_ => new double[acts]).ToArray();

    private double[] Probabilities(int[] row)
    {
        var scores = new double[_acts.Length];
        for (var a = 0; a < _acts.Length; a++)
        {
            scores[a] = _bias[a];
            foreach (var f in row)
            {
                scores[a] += _weights[f][a];
            }
        }

        var max = scores.Length == 0 ? 0 : scores.Max();
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
