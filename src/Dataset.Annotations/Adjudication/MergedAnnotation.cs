using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Dataset.Annotations.Agreement;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Adjudication;

/// <summary>
/// A's annotation of an article both annotators annotated, with what B did differently marked for a person to decide:
/// every matched record whose fields or evidence differ gets a <c>disagreement:</c> with both values (the fields keep
/// A's), every record only A marked gets <c>only-in: a</c>, and every record only B marked is copied from B's file to
/// the end of its list with <c>only-in: b</c>. Everything else of A's file (comments, other fields) stays as written.
/// </summary>
internal sealed class MergedAnnotation
{
    private static readonly string[] ActorFields = ["speaker", "imposer"];

    private readonly YamlLines _lines;
    private readonly IReadOnlyList<DeclaredEntry> _declaredA;

    private MergedAnnotation(string textA)
    {
        _lines = new YamlLines(textA);
        _declaredA = DeclaredEntry.In(string.Empty, textA);
    }

    /// <summary>Records both marked alike.</summary>
    public int Agreed { get; private set; }

    /// <summary>Entries written for a person to resolve (one per differing field, one per record only one marked).</summary>
    public int Disagreements { get; private set; }

    /// <summary>The ids B's copied records and B's values name, to be declared if A's folder lacks them.</summary>
    public HashSet<string> ActorsNamedByB { get; } = new(System.StringComparer.Ordinal);

    public string Text => _lines.ToString();

    /// <param name="textA">A's annotation as written.</param>
    /// <param name="textB">B's annotation as written.</param>
    /// <param name="pair">The article's records, matched by evidence.</param>
    /// <param name="takenIds">Every statement and sanction id of A's folder (kind:id), to which B's copied records are added.</param>
    /// <param name="idsOfB">B's id of each matched record to A's id, for the references of copied records.</param>
    public static MergedAnnotation Of(string textA, string textB, ArticlePair pair, HashSet<string> takenIds, IReadOnlyDictionary<string, string> idsOfB)
    {
        var merged = new MergedAnnotation(textA);
        var declaredB = DeclaredEntry.In(string.Empty, textB);
        foreach (var kind in new[] { RecordKind.Statement, RecordKind.Sanction })
        {
            var match = pair.Of(kind);
            foreach (var (a, b) in match.Pairs)
            {
                var entries = DisagreementYaml.Entries(a, b);
                merged.Agreed += entries.Count == 0 ? 1 : 0;
                merged.Mark(kind, a.Id, entries);
                foreach (var field in ActorFields.Where(f => a.Value(f) != b.Value(f)))
                {
                    merged.ActorsNamedByB.Add(b.Value(field));
                }

                if (kind == RecordKind.Sanction)
                {
                    merged.ActorsNamedByB.UnionWith(b.Sanction!.Targets.Select(t => t.Value));
                }
            }

            foreach (var only in match.OnlyA)
            {
                merged.Mark(kind, only.Id, new[] { DisagreementYaml.OnlyIn("a") });
            }

            foreach (var only in match.OnlyB)
            {
                merged.CopyFromB(kind, only, textB, declaredB, takenIds, idsOfB);
            }
        }

        return merged;
    }

    private void Mark(RecordKind kind, string id, IReadOnlyList<string> entries)
    {
        if (entries.Count == 0 || _declaredA.FirstOrDefault(e => e.Section == Section(kind) && e.Id == id) is not { } entry)
        {
            return;
        }

        Disagreements += entries.Count;
        var last = entry.Span.EndLine;
        if (entry.IsFlow)
        {
            // One line, `- { id: …, … }`: the mark goes inside the braces.
            var line = _lines[last];
            var close = line.LastIndexOf('}');
            _lines.Replace(last, line.Substring(0, close).TrimEnd() + ", disagreement: { " + string.Join(", ", entries) + " } " + line.Substring(close));
            return;
        }

        var indent = new string(' ', entry.Span.StartColumn);
        _lines.InsertAfter(last, entries.Count == 1 && entries[0].StartsWith(Parsing.AnnotationSchema.OnlyInField, System.StringComparison.Ordinal)
            ? new[] { indent + "disagreement: { " + entries[0] + " }" }
            : new[] { indent + "disagreement:" }.Concat(entries.Select(e => indent + "  " + e)).ToList());
    }

    private void CopyFromB(
        RecordKind kind,
        AnnotatedRecord record,
        string textB,
        IReadOnlyList<DeclaredEntry> declaredB,
        HashSet<string> takenIds,
        IReadOnlyDictionary<string, string> idsOfB)
    {
        if (declaredB.FirstOrDefault(e => e.Section == Section(kind) && e.Id == record.Id) is not { } entry)
        {
            return;
        }

        Disagreements++;
        var id = record.Id;
        while (!takenIds.Add(kind.Word() + ":" + id))
        {
            // The same id names another record of A's: B's copy is told apart, and the person keeps one name.
            id += "-b";
        }

        var sectionItems = _declaredA.Where(e => e.Section == Section(kind)).ToList();
        var column = sectionItems.Count > 0 ? sectionItems[0].Span.StartColumn : 4;
        var copied = YamlLines.Slice(textB, entry.Span.StartLine, entry.Span.EndLine)
            .Select(line => Shift(line, column - entry.Span.StartColumn))
            .Select(line => References.IsMatch(line) ? IdWord.Replace(line, m => idsOfB.TryGetValue(m.Value, out var a) ? a : m.Value) : line)
            .ToList();
        copied[0] = Regex.Replace(copied[0], @"\bid:\s*" + Regex.Escape(record.Id) + @"\b", "id: " + id);
        if (entry.IsFlow)
        {
            var close = copied[copied.Count - 1].LastIndexOf('}');
            copied[copied.Count - 1] = copied[copied.Count - 1].Substring(0, close).TrimEnd() + ", disagreement: { only-in: b } }";
        }
        else
        {
            copied.Add(new string(' ', column) + "disagreement: { " + DisagreementYaml.OnlyIn("b") + " }");
        }

        if (sectionItems.Count == 0)
        {
            copied.Insert(0, Section(kind) + ":");
        }

        _lines.InsertAfter(sectionItems.Count > 0 ? sectionItems[sectionItems.Count - 1].Span.EndLine : LastContentLine(), copied);
        ActorsNamedByB.UnionWith(
            record.Statement is { } s
                ? s.Audience.Select(a => a.Value).Append(s.Speaker.Value).Concat(s.Via is null ? System.Array.Empty<string>() : new[] { s.Via.Value })
                : record.Sanction!.Targets.Select(t => t.Value).Append(record.Sanction.Imposer.Value));
    }

    private int LastContentLine()
    {
        var last = _lines.Count - 1;
        while (last > 0 && _lines[last].Trim().Length == 0)
        {
            last--;
        }

        return last;
    }

    private static string Section(RecordKind kind) => kind == RecordKind.Statement ? "statements" : "sanctions";

    private static string Shift(string line, int by) =>
        by >= 0 ? new string(' ', by) + line : line.Substring(System.Math.Min(-by, line.Length - line.TrimStart(' ').Length));

    private static readonly Regex References = new(@"^\s*(responds-to|same-as|distinct-from):", RegexOptions.CultureInvariant);

    private static readonly Regex IdWord = new(@"[a-z][a-z0-9]*(-[a-z0-9]+)*", RegexOptions.CultureInvariant);
}
