using System.Globalization;
using Dataset.Annotations.Drafting.Acts;
using Dataset.Annotations.Evaluation;

namespace Dataset.Benchmarks;

/// <summary>
/// "act-model": leave-one-set-out cross-validation of two learned act models (naive Bayes, logistic regression) on
/// the annotated sets, each with every feature, without the rules' signals and without the content's words, beside
/// the rules' acts on the same statements.
/// </summary>
internal static class ActModelCommand
{
    public const string SetList = "tests/Dataset.Annotations.Tests/Coverage/act-training-sets.txt";

    public static void Run(bool write)
    {
        var sets = ActSet.Listed(Workspace.Root, Path.Combine(Workspace.Root, SetList));
        if (write)
        {
            Write(sets);
            return;
        }

        var rivals = new (string Name, Func<IReadOnlyList<ActExample>, IActClassifier> Train)[]
        {
            ("naive Bayes", NaiveBayesActs.Train),
            ("logistic regression", examples => LogisticActs.Train(examples)),
        };
        var features = new (string Name, Func<string, bool>? Kept)[]
        {
            ("every feature", null),
            ("without the rules' signals", ActFeatures.Learned),
            ("without the content's words", f => !f.StartsWith("w=", StringComparison.Ordinal)),
        };
        foreach (var rival in rivals)
        {
            foreach (var kept in features)
            {
                Print($"{rival.Name}, {kept.Name}", ActCrossValidation.Run(sets, rival.Train, kept.Kept));
            }
        }
    }

    /// <summary>The embedded model counted again on every set, written whole (a temporary file, then moved).</summary>
    private static void Write(IReadOnlyList<ActSet> sets)
    {
        var path = Path.Combine(Workspace.Root, ActModelFile.PathInRepository);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, ActModelFile.Text(sets), new System.Text.UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
        Console.WriteLine($"wrote {ActModelFile.PathInRepository} from {sets.Sum(s => s.Statements.Count)} statements of {sets.Count} sets");
    }

    private static void Print(string model, IReadOnlyList<ActFold> folds)
    {
        Console.WriteLine($"\n{model}, each set left out in turn:\n");
        Console.WriteLine("| set | statements | rules | model | model, a verb's own act kept | model where the rules read a claim |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var fold in folds)
        {
            Console.WriteLine($"| {fold.Set} | {fold.Statements} | {Share(fold.Rules, fold.Statements)} | {Share(fold.Model, fold.Statements)} | " +
                $"{Share(fold.ModelBesideVerbs, fold.Statements)} | {Share(fold.ModelForClaims, fold.Statements)} |");
        }

        foreach (var (name, part) in new[] { ("Russian", folds.Where(f => f.Russian)), ("English", folds.Where(f => !f.Russian)) })
        {
            var n = part.Sum(f => f.Statements);
            Console.WriteLine($"| {name} sets | {n} | {Share(part.Sum(f => f.Rules), n)} | {Share(part.Sum(f => f.Model), n)} | " +
                $"{Share(part.Sum(f => f.ModelBesideVerbs), n)} | {Share(part.Sum(f => f.ModelForClaims), n)} |");
        }
    }

    private static string Share(int part, int whole) =>
        string.Create(CultureInfo.InvariantCulture, $"{part} ({(whole == 0 ? 0 : 100.0 * part / whole):F1} %)");
}
