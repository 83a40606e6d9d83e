using System.Linq;
using Dataset.Annotations.Text;
using Dataset.Annotations.Text.Cues;

namespace Dataset.Annotations.Drafting;

/// <summary>
/// "Инициативная группа жителей Заводского района за неделю собрала 6 тысяч подписей, рассказала координатор группы
/// Марина Тихонова": an officer who relays what the group or body opening the clause did speaks for it, so the clause's
/// subject is the speaker — the group, not its coordinator.
/// </summary>
internal static class RelayedSubject
{
    /// <summary>The words a subject's noun phrase stops at: a preposition opens what it did, not who it is.</summary>
    private static readonly WordSet Prepositions = new(
        "в", "во", "на", "о", "об", "по", "для", "с", "со", "из", "к", "ко", "у", "от", "за", "при", "перед", "после", "до", "через", "без");

    /// <summary>
    /// The subject that opens <paramref name="clause"/> when <paramref name="relay"/> closes it with a title of the same
    /// noun ("координатор группы" after "Инициативная группа …"); null when the relay names no officer or the clause
    /// opens with another party (not "Компании потребовали …, сообщил председатель ассоциации").
    /// </summary>
    public static string? Of(AttributionFinder finder, TextRange clause, Cue relay)
    {
        if (!relay.ContentBefore || finder.SourceRange(relay) is not { } source)
        {
            return null;
        }

        var text = finder.Text;
        var officer = Words.Split(text.Substring(source.Start, source.End - source.Start));
        if (officer.Count < 3 || !PartyWords.IsTitle(officer[0]) || !char.IsLower(officer[1][0]))
        {
            return null;
        }

        var tokens = finder.Tokens;
        var first = 0;
        while (first < tokens.Count && tokens[first].Start < clause.Start)
        {
            first++;
        }

        // The noun phrase that opens the clause, up to a preposition, a clause word or its past-tense verb.
        var end = first;
        while (end < relay.First && (tokens[end].IsWord || tokens[end].Kind == TokenKind.Hyphen)
            && !(tokens[end].IsWord && (Prepositions.Contains(text, tokens[end]) || CueContext.Conjunctions.Contains(text, tokens[end])
                || RussianForms.IsPast(text, tokens[end]))))
        {
            end++;
        }

        if (end - first < 2 || !char.IsUpper(text[tokens[first].Start]))
        {
            return null;
        }

        var subject = text.Substring(tokens[first].Start, tokens[end - 1].End - tokens[first].Start);
        return Words.Split(subject).Any(w => RussianCases.SameWord(w, officer[1])) ? subject : null;
    }
}
