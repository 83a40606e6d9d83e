using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Dataset.Annotations.Drafting.Acts;

/// <summary>A statement's features and the act its annotation gives it: one example an act model is counted on.</summary>
internal readonly record struct ActExample(IReadOnlyList<string> Features, string Act);

/// <summary>Something that gives an act for a statement's features.</summary>
internal interface IActClassifier
{
    string Predict(IReadOnlyList<string> features);
}

/// <summary>
/// Multinomial naive Bayes over the features of <see cref="ActFeatures"/>, counted on annotated statements: each act
/// scores the log of its share of the examples plus, for each feature of the statement that training saw, the log of
/// the feature's share of that act's features, add-one smoothed; the highest score wins, the first act in ordinal
/// order on a tie. Its counts are integers, so the same examples give the same model, and its text form
/// (<see cref="Write"/>) the same bytes.
/// </summary>
internal sealed class NaiveBayesActs : IActClassifier
{
    private const string ActLine = "act";
    private const string CountLine = "count";

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

    /// <summary>
    /// The model's counts as text, one tab-separated line each, sorted: <c>act NAME EXAMPLES</c>, then
    /// <c>count NAME FEATURE N</c>; the lines after <paramref name="header"/>, each written as a '#' comment.
    /// </summary>
    public void Write(TextWriter writer, IEnumerable<string> header)
    {
        foreach (var line in header)
        {
            writer.Write("# " + line + "\n");
        }

        foreach (var act in _examples)
        {
            writer.Write(string.Join("\t", ActLine, act.Key, act.Value.ToString(CultureInfo.InvariantCulture)) + "\n");
        }

        foreach (var act in _examples.Keys)
        {
            var counts = _counts.TryGetValue(act, out var found) ? found : new Dictionary<string, int>();
            foreach (var count in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                writer.Write(string.Join("\t", CountLine, act, count.Key, count.Value.ToString(CultureInfo.InvariantCulture)) + "\n");
            }
        }
    }

    /// <summary>A model from its text form (<see cref="Write"/>).</summary>
    /// <exception cref="FormatException">A line that is neither a comment, an act nor a count.</exception>
    public static NaiveBayesActs Read(TextReader reader)
    {
        var model = new NaiveBayesActs();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length == 3 && fields[0] == ActLine && Count(fields[2]) is { } examples)
            {
                model.AddExamples(fields[1], examples);
            }
            else if (fields.Length == 4 && fields[0] == CountLine && Count(fields[3]) is { } count)
            {
                model.AddCount(fields[1], fields[2], count);
            }
            else
            {
                throw new FormatException($"act model, line {number}: expected 'act NAME N' or 'count NAME FEATURE N'");
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

    private static int? Count(string field) =>
        int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

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
