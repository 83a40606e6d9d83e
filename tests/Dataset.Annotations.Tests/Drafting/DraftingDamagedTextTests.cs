using CsCheck;
using Dataset.Annotations.Drafting;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Tests.Drafting;

/// <summary>
/// Real news paragraphs, English and Russian, cut and recombined: a paragraph opened at any word, ended at any word, a word
/// left out, paragraphs of several articles put together. Whatever comes out, the drafter drafts it to the end (CsCheck
/// shrinks a counterexample to a short text): a rule that indexes past its sentence shows here, not in an analyst's run.
/// </summary>
public class DraftingDamagedTextTests
{
    private static readonly Lazy<List<string[]>> Paragraphs = new(ReadParagraphs);

    [Fact]
    public void Paragraphs_cut_at_any_word_and_recombined_are_drafted_to_the_end()
    {
        var statements = 0;
        Article().Sample(
            text =>
            {
                var draft = ArticleDrafter.Draft(new DraftRequest(text, new DateValue(2026, 7, 22), [], [], []));
                Interlocked.Add(ref statements, draft.Statements.Count);
            },
            iter: 2000);

        // The cut texts still draft statements: otherwise the property would hold for want of attributed sentences.
        Assert.True(statements > 400, $"{statements} statements drafted");
    }

    /// <summary>A headline, then one to four paragraphs, each opened and ended at a word and perhaps missing one word.</summary>
    private static Gen<string> Article() =>
        Gen.Select(Gen.Int[0, Paragraphs.Value.Count - 1], Gen.Int[0, 200], Gen.Int[0, 200], Gen.Int[-1, 200]).Array[1, 4]
            .Select(paragraphs => "Headline\n" + string.Join("\n", paragraphs.Select(p => Cut(Paragraphs.Value[p.Item1], p.Item2, p.Item3, p.Item4))));

    private static string Cut(string[] words, int from, int to, int leftOut)
    {
        var first = from % words.Length;
        var last = Math.Max(first, words.Length - 1 - (to % words.Length));
        return string.Join(' ', words[first..(last + 1)].Where((_, i) => i != leftOut));
    }

    /// <summary>Every paragraph of the gold sets' articles and the seed article, as its words.</summary>
    private static List<string[]> ReadParagraphs() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "Dataset.Annotations.Tests", "Coverage"), "*.txt", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(RepositoryPaths.Seeds, "*.txt"))
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadAllLines)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(words => words.Length > 3)
            .ToList();
}
