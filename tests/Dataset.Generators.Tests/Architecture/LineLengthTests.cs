using System.Text.RegularExpressions;

namespace Dataset.Generators.Tests.Architecture;

/// <summary>
/// No line of C# in src, generators, tests or benchmarks is longer than the max_line_length .editorconfig gives for
/// *.cs, which editors show but no analyzer checks. Snapshots of generated code are data and left out, as are the
/// benchmarks' and the fuzzer's work folders (`.work`, not in the repository), where they write generated sources.
/// </summary>
public partial class LineLengthTests
{
    private static readonly string[] Folders = ["src", "generators", "tests", "benchmarks"];

    [Fact]
    public void No_line_of_source_is_longer_than_the_editorconfig_limit()
    {
        var limit = Limit();

        var longLines = SourceFiles().SelectMany(path => LongLines(File.ReadLines(path), limit)
            .Select(line => $"{Path.GetRelativePath(RepositoryPaths.Root, path)}:{line.Number}: {line.Length} characters"));

        Assert.Empty(longLines);
    }

    [Fact]
    public void The_check_finds_a_line_one_past_the_limit_and_passes_one_at_it()
    {
        var lines = new[] { new string('x', 160), new string('y', 161) + "\r", "short" };

        var found = Assert.Single(LongLines(lines, limit: 160));
        Assert.Equal((2, 161), found);
    }

    /// <summary>The 1-based number and length (without a trailing CR) of each line longer than the limit.</summary>
    private static IEnumerable<(int Number, int Length)> LongLines(IEnumerable<string> lines, int limit) =>
        lines.Select((line, index) => (Number: index + 1, line.TrimEnd('\r').Length)).Where(line => line.Length > limit);

    /// <summary>max_line_length of the [*.cs] section of the repository's .editorconfig.</summary>
    private static int Limit()
    {
        var section = string.Empty;
        foreach (var line in File.ReadLines(Path.Combine(RepositoryPaths.Root, ".editorconfig")).Select(l => l.Trim()))
        {
            if (line.StartsWith('['))
            {
                section = line;
            }
            else if (section == "[*.cs]" && MaxLineLength().Match(line) is { Success: true } match)
            {
                return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException(".editorconfig gives no max_line_length for [*.cs].");
    }

    private static IEnumerable<string> SourceFiles() =>
        Folders.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules" or ".work"))
            .Where(path => !path.Contains(".verified.", StringComparison.Ordinal) && !path.Contains(".received.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    [GeneratedRegex(@"^max_line_length\s*=\s*(\d+)$")]
    private static partial Regex MaxLineLength();
}
