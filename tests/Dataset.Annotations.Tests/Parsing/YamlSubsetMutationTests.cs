using System.Text;
using CsCheck;
using Dataset.CorpusMaker;

namespace Dataset.Annotations.Tests.Parsing;

/// <summary>
/// Real annotation text, damaged: characters YAML gives a meaning to inserted and deleted, indentation changed, lines
/// joined and split. Whatever comes out, the subset reader either leaves it to YamlDotNet or reads what YamlDotNet
/// reads (CsCheck shrinks a counterexample to a short text).
/// </summary>
public class YamlSubsetMutationTests
{
    private const string Meaningful = ":#'\"-[]{},&*!|>%?@`\\\t\r ";

    private static readonly Lazy<List<string>> Bases = new(ReadBases);

    [Fact]
    public void Damaged_annotations_are_left_to_YamlDotNet_or_read_as_it_reads_them()
    {
        var read = 0;
        var left = 0;
        Mutated().Sample(
            text =>
            {
                if (YamlTreeDifference.OfReaders("/a/b.yaml", text, out var fast) is { } difference)
                {
                    throw new InvalidOperationException(difference);
                }

                Interlocked.Increment(ref fast ? ref read : ref left);
            },
            iter: 20_000);

        // Both paths are exercised: otherwise the property would hold for want of cases.
        Assert.True(read > 2_000 && left > 2_000, $"read {read}, left {left}");
    }

    /// <summary>A base text (a few top-level sections of a real annotation) with one to three edits applied in turn.</summary>
    private static Gen<string> Mutated() =>
        Gen.Select(
            Gen.Int[0, Bases.Value.Count - 1],
            Gen.Select(Gen.Int[0, 5], Gen.Int[0, int.MaxValue], Gen.Int[0, Meaningful.Length - 1], Gen.Int[1, 3]).Array[1, 3],
            (index, edits) => edits.Aggregate(Bases.Value[index], (text, edit) => Apply(text, edit.Item1, edit.Item2, Meaningful[edit.Item3], edit.Item4)));

    private static string Apply(string text, int kind, int where, char character, int count)
    {
        if (text.Length == 0)
        {
            return character.ToString();
        }

        var at = where % text.Length;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var indentation = Math.Min(count, text.Length - lineStart);
        return kind switch
        {
            0 => text.Insert(at, new string(character, count)),
            1 => text.Remove(at, Math.Min(count, text.Length - at)),
            2 => text.Insert(lineStart, new string(' ', count)),
            3 => text.Substring(lineStart, indentation).All(c => c == ' ') ? text.Remove(lineStart, indentation) : text,
            4 => text.IndexOf('\n', at) is var end and >= 0 ? text.Remove(end, 1).Insert(end, character == '\t' ? " " : string.Empty) : text,
            _ => text.Insert(at, "\n" + new string(' ', 2 * count)),
        };
    }

    /// <summary>
    /// Pieces of real annotations, the seeds' and a small synthetic corpus's: runs of at most 30 lines from each
    /// top-level line on, with '\n' and with "\r\n" line ends.
    /// </summary>
    private static List<string> ReadBases()
    {
        var texts = Directory.EnumerateFiles(RepositoryPaths.Seeds, "*.yaml").Order(StringComparer.Ordinal).Select(File.ReadAllText)
            .Concat(SyntheticCorpus.Make(4, seed: 3).Files.Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)).Select(f => f.Text));
        var bases = new List<string>();
        foreach (var text in texts)
        {
            var lines = text.Split('\n');
            for (var start = 0; start < lines.Length; start++)
            {
                if (lines[start].Length == 0 || lines[start][0] is ' ' or '#')
                {
                    continue;
                }

                var piece = new StringBuilder();
                for (var i = start; i < Math.Min(lines.Length, start + 30); i++)
                {
                    piece.Append(lines[i]).Append('\n');
                }

                bases.Add(piece.ToString());
                bases.Add(piece.Replace("\n", "\r\n").ToString());
            }
        }

        return bases;
    }
}
