using System.Diagnostics;
using System.Globalization;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Parsing;

namespace Dataset.Benchmarks;

/// <summary>
/// The YAML of N synthetic annotations read on one thread by each reader apart: YamlDotNet's (through
/// <c>YamlTreeReader</c>), the subset reader's, and the whole parse into models (which takes the subset reader).
/// Time and allocations of each, the median of several rounds after one warm-up; nothing is kept between files.
/// </summary>
public static class YamlReadProfile
{
    public static void Run(int articles, int repeat)
    {
        var texts = CorpusMaker.SyntheticCorpus.Make(articles, Workspace.Seed).Files
            .Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)).Select(f => f.Text).ToList();
        (string Name, Action<string> Read)[] readers =
        [
            ("YamlDotNet", text => YamlTreeReader.ReadWithYamlDotNet("/bench/a.yaml", text, new List<DiagnosticInfo>())),
            ("subset reader", text => YamlSubsetReader.Read("/bench/a.yaml", text)),
            ("whole parse (models)", text => AnnotationParser.Parse("/bench/a.yaml", text)),
        ];

        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{texts.Count:N0} annotations, {texts.Sum(t => t.Length) / 1e6:F1} M characters, median of {repeat} rounds"));
        Console.WriteLine("| reader | ms | MB allocated |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (name, read) in readers)
        {
            var rounds = Enumerable.Range(0, repeat + 1).Select(_ => Round(texts, read)).Skip(1).OrderBy(r => r.Milliseconds).ToList();
            var middle = rounds[rounds.Count / 2];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {middle.Milliseconds:F1} | {middle.Bytes / 1048576.0:F1} |"));
        }
    }

    private static (double Milliseconds, long Bytes) Round(List<string> texts, Action<string> read)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        foreach (var text in texts)
        {
            read(text);
        }

        return (clock.Elapsed.TotalMilliseconds, GC.GetAllocatedBytesForCurrentThread() - allocated);
    }
}
