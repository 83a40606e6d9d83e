using System.Text.RegularExpressions;
using Dataset.Annotations.Model;
using Dataset.Annotations.Parsing;
using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Workspace;

namespace Dataset.LanguageServer.Features;

/// <summary>
/// Completion from the line being typed: actor ids where an actor id goes (speaker, via, audience, targets, imposer,
/// a role's <c>of</c>, a group's members, the targets of a provision: <c>travel-ban: [</c>), statement ids after
/// <c>responds-to</c> and <c>restates</c>, the allowed values of act, form, kind and status, and the field names of the
/// section the cursor is in. Each id shows its name, kind and role.
/// </summary>
internal static partial class Completion
{
    private static readonly HashSet<string> ActorFields = new(
        new[] { "speaker", "via", "audience", "targets", "imposer", "proposer", "of", "members" }.Concat(AnnotationSchema.ProvisionKinds),
        StringComparer.Ordinal);

    public static CompletionList At(Snapshot snapshot, string text, Position position)
    {
        var lines = TextLines.Of(text);
        if (position.Line >= lines.Count)
        {
            return new CompletionList(false, []);
        }

        var line = lines[position.Line];
        var before = line[..Math.Min(position.Character, line.Length)];
        var field = FieldOf(before) ?? ListParent(lines, position.Line, before);
        if (field is null)
        {
            return new CompletionList(false, FieldNames(lines, position.Line, before));
        }

        var typed = IdBeingTyped().Match(before).Value;
        return field switch
        {
            _ when ActorFields.Contains(field) => Ids(snapshot, RecordKind.Actor, typed),
            "responds-to" or "restates" => Ids(snapshot, RecordKind.Statement, typed),
            _ => new CompletionList(false, field switch
            {
            "act" => Values(AnnotationSchema.SpeechActs),
            "form" => Values(AnnotationSchema.StatementForms),
            "kind" => Values(AnnotationSchema.ActorKinds),
                "status" => Values(AnnotationSchema.SanctionStatuses),
                _ => [],
            }),
        };
    }

    /// <summary>The field whose value is being typed: <c>speaker: </c>, <c>- { of: </c>, <c>audience: [a, </c>.</summary>
    private static string? FieldOf(string before) =>
        ValuePosition().Match(before) is { Success: true } match ? match.Groups["field"].Value : null;

    /// <summary>For a block list item (<c>  - </c>), the field the list belongs to, read from the lines above.</summary>
    private static string? ListParent(TextLines lines, int lineNumber, string before)
    {
        if (!ListItem().IsMatch(before))
        {
            return null;
        }

        var indent = before.Length - before.TrimStart().Length;
        for (var i = lineNumber - 1; i >= 0; i--)
        {
            var above = lines[i];
            var aboveIndent = above.Length - above.TrimStart().Length;
            if (above.Trim().Length > 0 && aboveIndent < indent || (aboveIndent == indent && !above.TrimStart().StartsWith('-')))
            {
                return KeyOnly().Match(above) is { Success: true } key ? key.Groups["field"].Value : null;
            }
        }

        return null;
    }

    private static CompletionItem[] FieldNames(TextLines lines, int lineNumber, string before)
    {
        if (before.Trim().Length > 0 && !FieldStart().IsMatch(before))
        {
            return [];
        }

        var section = SectionOf(lines, lineNumber, before.Length - before.TrimStart(' ', '-').Length);
        var spec = section switch
        {
            null => AnnotationSchema.TopLevel,
            "document" => AnnotationSchema.Document,
            _ => AnnotationSchema.Items.GetValueOrDefault(section),
        };
        return spec is null
            ? []
            : spec.Fields.Select(
                f => new CompletionItem(f.Name, CompletionKinds.Field, f.Required ? "required" : "optional", MarkupContent.Markdown(f.Description), null))
                .ToArray();
    }

    /// <summary>The top-level section a line is in (documents, actors, statements, …), or null at the top level.</summary>
    private static string? SectionOf(TextLines lines, int lineNumber, int indent)
    {
        if (indent == 0)
        {
            return null;
        }

        for (var i = lineNumber - 1; i >= 0; i--)
        {
            if (TopLevelKey().Match(lines[i]) is { Success: true } key)
            {
                return key.Groups["field"].Value;
            }
        }

        return null;
    }

    /// <summary>
    /// The ids of a kind that start with what is typed, at most <see cref="MostIds"/>: a corpus of ten thousand
    /// articles has more actors than an editor can show, so a longer prefix asks again (the list is incomplete).
    /// </summary>
    private static CompletionList Ids(Snapshot snapshot, RecordKind kind, string typed)
    {
        var matching = snapshot.StartingWith(kind, typed).Take(MostIds + 1).ToList();
        var items = matching.Take(MostIds)
            .Select(d => new CompletionItem(d.Key.Id, CompletionKinds.Reference, HoverCards.Detail(d), MarkupContent.Markdown(HoverCards.Card(d)), null))
            .ToArray();
        return new CompletionList(matching.Count > MostIds, items);
    }

    private const int MostIds = 100;

    [GeneratedRegex(@"[a-z0-9-]*$")]
    private static partial Regex IdBeingTyped();

    private static CompletionItem[] Values(IEnumerable<string> values) =>
        values.Select(
            (v, i) => new CompletionItem(v, CompletionKinds.EnumMember, null, null, i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();

    [GeneratedRegex(@"(?:^|[\s{,\[])(?<field>[a-z][a-z-]*):\s*(?:\[(?:[^\]]*,)?\s*)?[a-z0-9-]*$")]
    private static partial Regex ValuePosition();

    [GeneratedRegex(@"^\s*-\s+[a-z0-9-]*$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\s*(?:-\s+)?(?<field>[a-z][a-z-]*):\s*$")]
    private static partial Regex KeyOnly();

    [GeneratedRegex(@"^\s*(?:-\s+)?[a-z-]*$")]
    private static partial Regex FieldStart();

    [GeneratedRegex(@"^(?<field>[a-z][a-z-]*):")]
    private static partial Regex TopLevelKey();
}
