using System.Text.RegularExpressions;

namespace Dataset.Benchmarks;

/// <summary>
/// An edit the rebuild is timed after, applied to a file's original text; each revision differs from the one before,
/// so every timed build follows a real change.
/// </summary>
public sealed record ShardEdit(string Key, string Name, string File, Func<string, int, string> Revise);

/// <summary>The edits of a sharded workspace: none changes an id; two keep every declaration on its line.</summary>
public static class ShardEdits
{
    public static IReadOnlyList<ShardEdit> Of(ShardedWorkspace workspace)
    {
        var shard = workspace.Shards.Count / 2;
        var article = workspace.Corpus.Shards[shard].First(f => f.Text.Contains(SummaryLine, StringComparison.Ordinal));
        var annotation = workspace.AnnotationPath(shard, article);
        return
        [
            new ShardEdit(
                "summary",
                $"one article's summary, on its line (shard {shard})",
                annotation,
                (text, r) => ReplaceFirst(text, SummaryPattern, $"$1, revision {r}\"")),
            new ShardEdit(
                "lines",
                $"one article, comment lines added at its top (shard {shard})",
                annotation,
                (text, r) => string.Concat(Enumerable.Repeat("# Revised.\n", r)) + text),
            // Not its title: a person's first role title is part of the name other projects' docs show (the manifest).
            new ShardEdit(
                "registry",
                "one registry actor's role moved to another state, on its line",
                workspace.RegistryPath,
                (text, r) => ReplaceFirst(text, RoleStatePattern, $"$1{AnotherState(text, r)} }}]")),
            new ShardEdit("csharp", "C# in the app", workspace.AppProgram, (_, r) => workspace.AppSource(r)),
        ];
    }

    private const string SummaryLine = "    summary: \"";

    private static readonly Regex SummaryPattern = new("(\n    summary: \"[^\"\n]*)\"", RegexOptions.None, TimeSpan.FromSeconds(1));

    private static readonly Regex RoleStatePattern = new(
        "(roles: \\[\\{ title: \"[^\"\n]*\", of: )([a-z-]+) \\}\\]",
        RegexOptions.None,
        TimeSpan.FromSeconds(1));

    private static readonly string[] States = ["russia", "ukraine", "united-states"];

    /// <summary>A state of the registry other than the role's own, a different one than the revision before.</summary>
    private static string AnotherState(string text, int revision)
    {
        var others = States.Where(s => s != RoleStatePattern.Match(text).Groups[2].Value).ToList();
        return others[revision % others.Count];
    }

    private static string ReplaceFirst(string text, Regex pattern, string replacement)
    {
        var revised = pattern.Replace(text, replacement, count: 1);
        return revised != text ? revised : throw new InvalidOperationException($"Nothing matches {pattern} to edit.");
    }
}
