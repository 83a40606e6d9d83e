using System.Text;
using System.Text.RegularExpressions;

namespace Dataset.Tests;

/// <summary>
/// The README is a short door and the reference lives in docs/: every relative link in them must reach a file, and
/// every #anchor a heading or an explicit anchor of that file, so a moved section cannot leave a dead link behind.
/// </summary>
public sealed partial class DocumentationLinkTests
{
    public static TheoryData<string> Pages =>
    [
        "README.md",
        .. Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md")
            .Select(p => Path.GetRelativePath(RepositoryPaths.Root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_relative_link_reaches_a_file_and_its_anchor(string page)
    {
        var path = Path.Combine(RepositoryPaths.Root, page);
        var dead = new List<string>();
        foreach (var target in LinkTargets(File.ReadAllText(path)))
        {
            if (target.StartsWith("http://", StringComparison.Ordinal)
                || target.StartsWith("https://", StringComparison.Ordinal)
                || target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var file = hash < 0 ? target : target[..hash];
            var anchor = hash < 0 ? null : target[(hash + 1)..];
            var resolved = file.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, file));
            if (!File.Exists(resolved) && !Directory.Exists(resolved))
            {
                dead.Add($"{target} (no file {resolved})");
            }
            else if (anchor is not null && (!File.Exists(resolved) || !Anchors(File.ReadAllText(resolved)).Contains(anchor)))
            {
                dead.Add($"{target} (no anchor #{anchor})");
            }
        }

        Assert.True(dead.Count == 0, $"{page} links to what is not there:\n" + string.Join('\n', dead));
    }

    [Fact]
    public void The_readme_stays_a_short_door()
    {
        var size = new FileInfo(Path.Combine(RepositoryPaths.Root, "README.md")).Length;

        Assert.True(size <= 10 * 1024, $"README.md is {size} bytes; the reference belongs in docs/.");
    }

    [Fact]
    public void Anchors_follow_the_heading_rules_links_rely_on()
    {
        var anchors = Anchors("# The `dataset` command\n```sh\n# not a heading\n```\n## Exports, and the report\n<a id=\"ds0001\"></a>\n");

        Assert.Equal(["the-dataset-command", "exports-and-the-report", "ds0001"], anchors);
    }

    /// <summary>Markdown link targets outside code: <c>[text](target)</c>.</summary>
    private static IEnumerable<string> LinkTargets(string markdown) =>
        LinkPattern().Matches(WithoutCode(markdown)).Select(m => m.Groups[1].Value);

    /// <summary>Heading slugs as GitHub makes them, and explicit <c>&lt;a id&gt;</c> anchors.</summary>
    private static List<string> Anchors(string markdown)
    {
        var anchors = new List<string>();
        var inFence = false;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence && HeadingPattern().Match(line) is { Success: true } heading)
            {
                anchors.Add(Slug(heading.Groups[1].Value));
            }

            anchors.AddRange(ExplicitAnchorPattern().Matches(line).Select(m => m.Groups[1].Value));
        }

        return anchors;
    }

    private static string Slug(string heading)
    {
        var slug = new StringBuilder();
        foreach (var c in heading.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    private static string WithoutCode(string markdown) => InlineCodePattern().Replace(FencePattern().Replace(markdown, ""), "");

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"^#{1,6} (.+)$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex("<a id=\"([^\"]+)\"></a>")]
    private static partial Regex ExplicitAnchorPattern();

    [GeneratedRegex(@"^```.*?^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencePattern();

    [GeneratedRegex("`[^`\n]*`")]
    private static partial Regex InlineCodePattern();
}
