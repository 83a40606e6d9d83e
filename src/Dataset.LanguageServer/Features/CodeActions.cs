using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dataset.Annotations.Coverage;
using Dataset.Annotations.Model;
using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Workspace;

namespace Dataset.LanguageServer.Features;

/// <summary>
/// Code actions: the build's "did you mean" as a fix (unknown ids, fields and values); and, in an article, for a
/// passage the coverage check reports, "Annotate as statement" (a statement with the passage as its evidence, added to
/// the article's annotation) and "Leave unannotated" (an <c>unannotated:</c> entry waiting for its reason).
/// </summary>
internal static partial class CodeActions
{
    public static CodeAction[] For(Snapshot snapshot, string path, CodeActionParams request)
    {
        var actions = new List<CodeAction>();
        foreach (var diagnostic in request.Context.Diagnostics)
        {
            if (DidYouMean().Match(diagnostic.Message) is { Success: true } match)
            {
                var uri = WorkspacePaths.ToUri(path);
                actions.Add(new CodeAction($"Change to '{match.Groups["id"].Value}'", "quickfix", [diagnostic],
                    new WorkspaceEdit(new() { [uri] = [new TextEdit(diagnostic.Range, match.Groups["id"].Value)] })));
            }
        }

        if (snapshot.Coverage.TryGetValue(path, out var coverage))
        {
            foreach (var passage in coverage.Uncovered.Where(p => Overlaps(Ranges.Of(p.Location), request.Range)))
            {
                if (AnnotateAsStatement(snapshot, coverage, passage) is { } annotate)
                {
                    actions.Add(annotate);
                }

                if (LeaveUnannotated(snapshot, coverage, passage) is { } leave)
                {
                    actions.Add(leave);
                }
            }
        }

        return actions.ToArray();
    }

    private static CodeAction? AnnotateAsStatement(Snapshot snapshot, CoverageReport coverage, UncoveredPassage passage)
    {
        if (snapshot.Texts.GetValueOrDefault(coverage.AnnotationPath) is not { } yaml || !snapshot.Annotations.TryGetValue(coverage.AnnotationPath, out var file))
        {
            return null;
        }

        var speaker = SpeakerId(snapshot, passage.Speaker) ?? "speaker-id";
        var id = UniqueId(snapshot, $"{speaker}-says-{Slug(passage.Text)}");
        var entry = new StringBuilder()
            .Append($"  - id: {id}\n")
            .Append($"    speaker: {speaker}\n")
            .Append($"    act: claim\n")
            .Append($"    form: {(passage.Kind == PassageKind.Quote ? "direct" : "indirect")}\n")
            .Append($"    said-on: {file.Document?.Published.ToString() ?? "undated"}\n")
            .Append($"    evidence: {Quote(passage.Kind == PassageKind.Quote ? passage.Text.Trim('"', '“', '”', '\'', '‘', '’') : passage.Text)}\n")
            .ToString();
        return new CodeAction("Annotate as statement", "quickfix", null, AppendToSection(coverage.AnnotationPath, yaml, "statements", entry));
    }

    private static CodeAction? LeaveUnannotated(Snapshot snapshot, CoverageReport coverage, UncoveredPassage passage)
    {
        if (snapshot.Texts.GetValueOrDefault(coverage.AnnotationPath) is not { } yaml)
        {
            return null;
        }

        var entry = $"  - passage: {Quote(passage.Text)}\n    reason: \"\"\n";
        return new CodeAction("Leave unannotated (give the reason)", "quickfix", null, AppendToSection(coverage.AnnotationPath, yaml, "unannotated", entry));
    }

    /// <summary>An edit that adds an entry at the end of a top-level list section, creating the section when absent.</summary>
    private static WorkspaceEdit AppendToSection(string path, string yaml, string section, string entry)
    {
        var lines = yaml.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith(section + ":", StringComparison.Ordinal));
        TextEdit edit;
        if (start < 0)
        {
            var end = Ranges.PositionAt(yaml, yaml.Length);
            edit = new TextEdit(new Protocol.Range(end, end), (yaml.EndsWith('\n') || yaml.Length == 0 ? string.Empty : "\n") + section + ":\n" + entry);
        }
        else if (lines[start].TrimEnd('\r').EndsWith("[]", StringComparison.Ordinal))
        {
            edit = new TextEdit(new Protocol.Range(new Position(start, 0), new Position(start, lines[start].TrimEnd('\r').Length)), section + ":\n" + entry.TrimEnd('\n'));
        }
        else
        {
            var next = start + 1;
            while (next < lines.Length && (lines[next].Length == 0 || lines[next].StartsWith(' ') || lines[next].StartsWith('-') || lines[next].StartsWith('#')))
            {
                next++;
            }

            // Back over blank lines, so the entry joins the list rather than the next section.
            while (next - 1 > start && lines[next - 1].Trim().Length == 0)
            {
                next--;
            }

            edit = new TextEdit(new Protocol.Range(new Position(next, 0), new Position(next, 0)), entry);
        }

        return new WorkspaceEdit(new() { [WorkspacePaths.ToUri(path)] = [edit] });
    }

    private static string? SpeakerId(Snapshot snapshot, string? name) =>
        name is null ? null : snapshot.All(RecordKind.Actor).FirstOrDefault(a => a.Model is ActorModel actor && (actor.Name == name || actor.Aliases.Contains(name)))?.Key.Id;

    private static string UniqueId(Snapshot snapshot, string id)
    {
        var candidate = id;
        for (var n = 2; snapshot.Find(new RecordKey(RecordKind.Statement, candidate)) is not null; n++)
        {
            candidate = $"{id}-{n}";
        }

        return candidate;
    }

    private static string Slug(string text) =>
        string.Join('-', Words().Matches(text.ToLowerInvariant()).Select(m => m.Value).Take(4)) is { Length: > 0 } slug ? slug : "statement";

    /// <summary>A YAML double-quoted scalar: JSON's escapes are YAML's.</summary>
    private static string Quote(string text) => JsonSerializer.Serialize(text, QuoteOptions);

    private static readonly JsonSerializerOptions QuoteOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static bool Overlaps(Protocol.Range a, Protocol.Range b) =>
        Compare(a.Start, b.End) <= 0 && Compare(b.Start, a.End) <= 0;

    private static int Compare(Position a, Position b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Character.CompareTo(b.Character);

    [GeneratedRegex(@"did you mean '(?<id>[^']+)'")]
    private static partial Regex DidYouMean();

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex Words();
}
