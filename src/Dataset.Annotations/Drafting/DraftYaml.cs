using System.Collections.Generic;
using System.Linq;
using System.Text;
using Dataset.Annotations.Parsing;

namespace Dataset.Annotations.Drafting;

/// <summary>
/// Writes drafted entries as annotation YAML, each marked <c>draft: true</c>: the same text whether the draft is a
/// whole new annotation (<c>dataset new --draft</c>), entries printed by <c>dataset coverage --draft</c>, or an editor's
/// code action. An act guessed for a plain verb says so in a comment, with the words it was read from.
/// </summary>
internal static class DraftYaml
{
    private const string Mark = "    " + AnnotationSchema.DraftField + ": true\n";

    /// <summary>The three sections of a draft, each an empty list when nothing was drafted for it.</summary>
    public static string Sections(ArticleDraft draft) =>
        Section("actors", draft.Actors.Select(Actor))
            + "\n"
            + Section("statements", draft.Statements.Select(Statement))
            + "\n"
            + Section("sanctions", draft.Sanctions.Select(Sanction));

    public static string Section(string name, IEnumerable<string> entries)
    {
        var all = entries.ToList();
        return all.Count == 0 ? name + ": []\n" : name + ":\n" + string.Join("\n", all);
    }

    public static string Actor(DraftActor actor)
    {
        var yaml = new StringBuilder()
            .Append("  - id: ").Append(actor.Id).Append('\n')
            .Append("    name: ").Append(YamlText.Quote(actor.Name)).Append('\n')
            .Append("    kind: ").Append(actor.Kind).Append("   # ").Append(Comment(actor.KindNote).Trim('"')).Append('\n');
        if (actor.Title is { } title)
        {
            yaml.Append("    roles: [{ title: ").Append(YamlText.Quote(title)).Append(" }]\n");
        }

        return yaml.Append(Mark).ToString();
    }

    public static string Statement(DraftStatement statement)
    {
        var yaml = new StringBuilder()
            .Append("  - id: ").Append(statement.Id).Append('\n')
            .Append("    speaker: ").Append(statement.Speaker).Append('\n');
        if (statement.Audience.Count > 0)
        {
            yaml.Append("    audience: [").Append(string.Join(", ", statement.Audience)).Append("]\n");
        }

        yaml.Append("    act: ").Append(statement.Act);
        if (statement.GuessedFrom is { } verb)
        {
            yaml.Append(statement.ReadFrom is { } words
                ? "   # a guess from " + Comment(words) + ", not from " + Comment(verb) + "; check it"
                : statement.Learned
                    ? "   # a guess learned from annotated articles: " + Comment(verb) + " names no act; check it"
                    : "   # a guess: " + Comment(verb) + " names no act; check it");
        }

        return yaml.Append('\n')
            .Append("    form: ").Append(statement.Form).Append('\n')
            .Append("    said-on: ").Append(statement.SaidOn).Append('\n')
            .Append(statement.Summary is { } summary ? "    summary: " + YamlText.Quote(summary) + "\n" : string.Empty)
            .Append("    evidence: ").Append(YamlText.Quote(statement.Evidence)).Append('\n')
            .Append(Mark)
            .ToString();
    }

    public static string Sanction(DraftSanction sanction)
    {
        var yaml = new StringBuilder()
            .Append("  - id: ").Append(sanction.Id).Append('\n')
            .Append("    imposer: ").Append(sanction.Imposer).Append('\n')
            .Append("    targets: [").Append(string.Join(", ", sanction.Targets)).Append("]\n")
            .Append("    status: ").Append(sanction.Status).Append('\n');
        if (sanction.Provisions.Count > 0)
        {
            yaml.Append("    provisions: [").Append(string.Join(", ", sanction.Provisions)).Append("]\n");
        }

        if (sanction.Reason is { } reason)
        {
            yaml.Append("    reason: ").Append(YamlText.Quote(reason)).Append('\n');
        }

        if (sanction.Date is { } date)
        {
            yaml.Append("    date: ").Append(date).Append('\n');
        }

        return yaml.Append("    evidence: ").Append(YamlText.Quote(sanction.Evidence)).Append('\n')
            .Append(Mark)
            .ToString();
    }

    /// <summary>Text safe inside a YAML comment: one line, quoted.</summary>
    private static string Comment(string text) => "\"" + text.Replace('\n', ' ').Replace('\r', ' ') + "\"";
}
