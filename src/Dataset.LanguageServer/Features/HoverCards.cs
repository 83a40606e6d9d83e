using System.Globalization;
using System.Text;
using Dataset.Annotations.Model;
using Dataset.Annotations.Parsing;
using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Workspace;

namespace Dataset.LanguageServer.Features;

/// <summary>
/// Hover: an id's card (an actor's name, kind and roles; a statement's speaker, act and evidence; where it is
/// declared), or, on an evidence string, where the build found it in the article or why it did not.
/// </summary>
internal static class HoverCards
{
    public static Hover? At(Snapshot snapshot, string path, Position position) => Cursor.At(snapshot, path, position) switch
    {
        IdTarget id when snapshot.Find(id.Key) is { } declared => new Hover(MarkupContent.Markdown(Card(declared)), Ranges.Of(id.Location)),
        IdTarget id => new Hover(
            MarkupContent.Markdown($"`{id.Key.Id}`: no {id.Key.Kind.Word()} has this id here (it may be declared in a referenced shard)"),
            Ranges.Of(id.Location)),
        EvidenceTarget evidence => new Hover(MarkupContent.Markdown(EvidenceCard(snapshot, path, evidence)), Ranges.Of(evidence.Location)),
        _ => null,
    };

    /// <summary>One line for a completion item: "Lloyd Austin · person · US Defense Secretary".</summary>
    public static string Detail(Declared declared) => declared.Model switch
    {
        ActorModel actor => string.Join(" · ", new[] { actor.Name, actor.Kind }.Concat(actor.Roles.Take(1).Select(r => r.Title))),
        StatementModel statement => $"{statement.Speaker.Value} · {statement.Act} · {statement.Form}",
        SanctionModel sanction => $"{sanction.Imposer.Value} · {sanction.Status}",
        DocumentModel document => $"{document.Publisher} · {document.Published}",
        _ => declared.Key.Kind.Word(),
    };

    public static string Card(Declared declared)
    {
        var card = new StringBuilder();
        switch (declared.Model)
        {
            case ActorModel actor:
                card.Append(CultureInfo.InvariantCulture, $"**{actor.Name}** ({actor.Kind})");
                foreach (var role in actor.Roles)
                {
                    card.Append(CultureInfo.InvariantCulture, $"\n\n- {role.Title}{(role.Of is { } of ? " of `" + of.Value + "`" : string.Empty)}");
                }

                if (actor.Aliases.Count > 0)
                {
                    card.Append(CultureInfo.InvariantCulture, $"\n\nAlso called: {string.Join(", ", actor.Aliases)}");
                }

                if (actor.Members.Count > 0)
                {
                    card.Append(CultureInfo.InvariantCulture, $"\n\nMembers: {string.Join(", ", actor.Members.Select(m => "`" + m.Value + "`"))}");
                }

                break;
            case StatementModel statement:
                card.Append(
                    CultureInfo.InvariantCulture,
                    $"**{statement.Act}** by `{statement.Speaker.Value}` ({statement.Form}, " +
                        $"{statement.SaidOn?.ToString() ?? (statement.IsStandingPosition ? AnnotationSchema.Standing : AnnotationSchema.Undated)})\n\n> " +
                        $"{statement.Evidence.Value}");
                if (statement.Restates is { } restated)
                {
                    card.Append(CultureInfo.InvariantCulture, $"\n\nRestates `{restated.Value}`");
                }

                break;
            case SanctionModel sanction:
                card.Append(
                    CultureInfo.InvariantCulture,
                    $"**Sanction** by `{sanction.Imposer.Value}` on {string.Join(", ", sanction.Targets.Select(t => "`" + t.Value + "`"))} (" +
                        $"{sanction.Status}{(sanction.Proposer is { } proposer ? $", proposed by `{proposer.Value}`" : string.Empty)})\n\n> " +
                        $"{sanction.Evidence.Value}");
                break;
            case DocumentModel document:
                card.Append(CultureInfo.InvariantCulture, $"**{document.Title}** ({document.Publisher}, {document.Published})");
                break;
        }

        card.Append(
            CultureInfo.InvariantCulture,
            $"\n\n{declared.Key.Kind.Word()} `{declared.Key.Id}`, declared in {Path.GetFileName(declared.Path)}:{declared.Location.StartLine + 1}");
        return card.ToString();
    }

    private static string EvidenceCard(Snapshot snapshot, string path, EvidenceTarget evidence)
    {
        if (snapshot.Evidence(path, evidence.Owner) is { } span)
        {
            return $"Found in the article at line {span.StartLine}: …{span.Prefix}**{span.Exact}**{span.Suffix}…";
        }

        var problem = snapshot.DiagnosticsIn(path).FirstOrDefault(d => d.Location == evidence.Location);
        return problem is null ? "Not located in the article." : $"Not located: {problem.Message}";
    }
}
