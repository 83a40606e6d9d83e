using Dataset.Annotations.Coverage;
using Dataset.Annotations.Text;
using Dataset.Annotations.Drafting;
using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Workspace;

namespace Dataset.LanguageServer.Features;

/// <summary>
/// Code actions in an article, for a passage the coverage check reports: "Annotate as statement" or "as sanction"
/// (the entries drafting proposes for it, marked <c>draft: true</c>, added to the article's annotation) and "Leave
/// unannotated" (an <c>unannotated:</c> entry waiting for its reason). The fixes of diagnostics are <see cref="FixActions"/>;
/// "Take A" and "Take B" on a disagreement two annotators left are <see cref="TakeSide"/>.
/// </summary>
internal static class CodeActions
{
    public static IEnumerable<CodeAction> ForPassages(Snapshot snapshot, string path, Protocol.Range range)
    {
        if (!snapshot.Coverage.TryGetValue(path, out var coverage))
        {
            yield break;
        }

        foreach (var passage in coverage.Uncovered.Where(p => Ranges.Overlap(Ranges.Of(p.Location), range)))
        {
            foreach (var annotate in Annotate(snapshot, coverage, passage))
            {
                yield return annotate;
            }

            if (LeaveUnannotated(snapshot, coverage, passage) is { } leave)
            {
                yield return leave;
            }
        }
    }

    /// <summary>
    /// "Annotate as statement" (and "Annotate as sanction" where the passage reports one): the entries drafting
    /// proposes for the passage — the same as `dataset new --draft` and `dataset coverage --draft` give it — with the
    /// new actors they name, each marked <c>draft: true</c>, added to the article's annotation.
    /// </summary>
    private static IEnumerable<CodeAction> Annotate(Snapshot snapshot, CoverageReport coverage, UncoveredPassage passage)
    {
        if (snapshot.Texts.GetValueOrDefault(coverage.AnnotationPath) is not { } yaml
            || !snapshot.Annotations.TryGetValue(coverage.AnnotationPath, out var file)
            || snapshot.Texts.GetValueOrDefault(coverage.TextPath) is not { } text)
        {
            yield break;
        }

        var draft = FolderDrafts.Draft(
            snapshot.State,
            text,
            file.Document?.Published,
            coverage.AnnotationPath,
            new TextRange(passage.Location.Start, passage.Location.End));
        if (draft.Statements.Count > 0)
        {
            yield return new CodeAction("Annotate as statement", "quickfix", null,
                Edit(
                    coverage.AnnotationPath,
                    yaml,
                    ActorsNamed(draft, draft.Statements.Select(s => s.Speaker)),
                    ("statements", draft.Statements.Select(DraftYaml.Statement))));
        }

        if (draft.Sanctions.Count > 0)
        {
            yield return new CodeAction("Annotate as sanction", "quickfix", null,
                Edit(
                    coverage.AnnotationPath,
                    yaml,
                    ActorsNamed(draft, draft.Sanctions.SelectMany(s => s.Targets.Prepend(s.Imposer))),
                    ("sanctions", draft.Sanctions.Select(DraftYaml.Sanction))));
        }
    }

    /// <summary>The drafted new actors among the ids an action's entries name, as YAML entries.</summary>
    private static IEnumerable<string> ActorsNamed(ArticleDraft draft, IEnumerable<string> ids)
    {
        var named = new HashSet<string>(ids, StringComparer.Ordinal);
        return draft.Actors.Where(a => named.Contains(a.Id)).Select(DraftYaml.Actor);
    }

    /// <summary>One edit of the annotation: the new actors at the end of <c>actors:</c>, the entries at the end of their section.</summary>
    private static WorkspaceEdit Edit(string path, string yaml, IEnumerable<string> actors, (string Section, IEnumerable<string> Entries) entries)
    {
        var edits = new List<TextEdit>();
        var newActors = string.Concat(actors);
        if (newActors.Length > 0)
        {
            edits.Add(AppendToSection(yaml, "actors", newActors));
        }

        edits.Add(AppendToSection(yaml, entries.Section, string.Concat(entries.Entries)));
        return new WorkspaceEdit(new() { [WorkspacePaths.ToUri(path)] = edits.ToArray() });
    }

    private static CodeAction? LeaveUnannotated(Snapshot snapshot, CoverageReport coverage, UncoveredPassage passage)
    {
        if (snapshot.Texts.GetValueOrDefault(coverage.AnnotationPath) is not { } yaml)
        {
            return null;
        }

        var entry = $"  - passage: {YamlText.Quote(passage.Text)}\n    reason: \"\"\n";
        return new CodeAction("Leave unannotated (give the reason)", "quickfix", null,
            new WorkspaceEdit(new() { [WorkspacePaths.ToUri(coverage.AnnotationPath)] = [AppendToSection(yaml, "unannotated", entry)] }));
    }

    /// <summary>An edit that adds entries at the end of a top-level list section, creating the section when absent.</summary>
    private static TextEdit AppendToSection(string yaml, string section, string entry)
    {
        var lines = TextLines.Of(yaml);
        var start = lines.FindIndex(l => l.StartsWith(section + ":", StringComparison.Ordinal));
        if (start < 0)
        {
            var end = lines.End;
            return new TextEdit(new Protocol.Range(end, end), (yaml.EndsWith('\n') || yaml.Length == 0 ? string.Empty : "\n") + section + ":\n" + entry);
        }

        if (lines[start].EndsWith("[]", StringComparison.Ordinal))
        {
            return new TextEdit(new Protocol.Range(new Position(start, 0), new Position(start, lines[start].Length)), section + ":\n" + entry.TrimEnd('\n'));
        }

        var next = start + 1;
        while (next < lines.Count && (lines[next].Length == 0 || lines[next].StartsWith(' ') || lines[next].StartsWith('-') || lines[next].StartsWith('#')))
        {
            next++;
        }

        // Back over blank lines, so the entry joins the list rather than the next section.
        while (next - 1 > start && lines[next - 1].Trim().Length == 0)
        {
            next--;
        }

        return new TextEdit(new Protocol.Range(new Position(next, 0), new Position(next, 0)), entry);
    }
}
