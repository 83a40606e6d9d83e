using CsCheck;
using Microsoft.CodeAnalysis;

namespace Dataset.Generators.Tests.Hostile;

/// <summary>
/// A valid annotation, damaged at random — characters deleted, YAML punctuation and hostile strings inserted, lines
/// repeated or dropped — through the whole generator: never an exception, every diagnostic in the file, and generated
/// code that compiles without warnings. CsCheck shrinks a failure to the smallest damage that shows it.
/// </summary>
public class MutationTests
{
    private const string Annotation = "seeds/article.yaml";

    private static readonly Gen<Func<string, string>> Mutation = Gen.Frequency(
        (3, Gen.Select(Gen.Int[0, 10_000], Gen.Int[1, 12], (at, length) => (Func<string, string>)(text => Delete(text, at, length)))),
        (3, Gen.Select(Gen.Int[0, 10_000], Gen.Char[":-[]{}&*!|>'\"#%@`,? \t\n"], (at, c) => (Func<string, string>)(text => Insert(text, at, c.ToString())))),
        (2, Gen.Select(Gen.Int[0, 10_000], Safety.HostileStrings.Piece, (at, piece) => (Func<string, string>)(text => Insert(text, at, piece)))),
        (1, Gen.Int[0, 10_000].Select(line => (Func<string, string>)(text => RepeatLine(text, line)))),
        (1, Gen.Int[0, 10_000].Select(line => (Func<string, string>)(text => DropLine(text, line)))));

    private static readonly Gen<string> Damaged = Mutation.Array[1, 6].Select(mutations => mutations.Aggregate(Yaml.Valid, (text, mutate) => mutate(text)));

    [Fact]
    public void Randomly_damaged_annotations_end_in_located_diagnostics_and_compiling_code()
    {
        Damaged.Sample(yaml =>
        {
            var run = GeneratorHarness.Run(Yaml.Files(yaml));

            Assert.Empty(run.CompilationProblems);
            // Coverage advice (DS0028) is located in the article, whose quotes a damaged annotation may no longer cover.
            var (advice, problems) = (run.Diagnostics.Where(d => d.Id == "DS0028").ToList(), run.Diagnostics.Where(d => d.Id != "DS0028").ToList());
            Assert.All(problems, d => Assert.Equal(GeneratorHarness.Absolute(Annotation), d.Location.GetLineSpan().Path));
            Assert.All(problems, d => Assert.InRange(d.Location.SourceSpan.End, 0, yaml.Length));
            Assert.All(advice, d => Assert.Equal(GeneratorHarness.Absolute(Yaml.ArticlePath), d.Location.GetLineSpan().Path));
            Assert.All(advice, d => Assert.InRange(d.Location.SourceSpan.End, 0, Yaml.Article.Length));
        }, iter: 300, threads: 1, print: yaml => yaml);
    }

    private static string Delete(string text, int at, int length)
    {
        var start = at % (text.Length + 1);
        return text.Remove(start, Math.Min(length, text.Length - start));
    }

    private static string Insert(string text, int at, string value) => text.Insert(at % (text.Length + 1), value);

    private static string RepeatLine(string text, int line)
    {
        var lines = text.Split('\n').ToList();
        var index = line % lines.Count;
        lines.Insert(index, lines[index]);
        return string.Join('\n', lines);
    }

    private static string DropLine(string text, int line)
    {
        var lines = text.Split('\n').ToList();
        lines.RemoveAt(line % lines.Count);
        return string.Join('\n', lines);
    }
}
