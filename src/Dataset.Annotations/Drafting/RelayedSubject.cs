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
        var tokens = finder.Tokens;

        // "Следственное управление СК по Свердловской области возбудило уголовное дело, сообщила его пресс-служба": a voice
        // of "его" (the body or person the clause opens with) speaks for that subject, whatever its noun.
        var possessive = PossessiveVoice(finder, source);
        string? body = null;
        if (!possessive && (body = OfficersBody(text.Substring(source.Start, source.End - source.Start), minWords: 3)) is null)
        {
            return null;
        }

        var first = CueContent.FirstTokenFrom(finder, clause.Start);

        // The noun phrase that opens the clause, up to a preposition, a clause word, its past-tense verb or a particle
        // ("Министерство также проверит …").
        var end = first;
        while (end < relay.First && (tokens[end].IsWord || tokens[end].Kind == TokenKind.Hyphen)
            && !(tokens[end].IsWord && ((!possessive && Prepositions.Contains(text, tokens[end])) || CueContext.Conjunctions.Contains(text, tokens[end])
                || RussianForms.IsPast(text, tokens[end])
                || RussianNoOne.IsParticle(text.Substring(tokens[end].Start, tokens[end].End - tokens[end].Start)))))
        {
            end++;
        }

        // "Министерство также проверит …, сообщили в его пресс-службе": a possessive voice speaks for a body's noun alone.
        var bodyAlone = possessive && end - first == 1
            && RussianCases.BodyHead(text.Substring(tokens[first].Start, tokens[first].End - tokens[first].Start)) is not null;
        if ((end - first < 2 && !bodyAlone) || !char.IsUpper(text[tokens[first].Start])
            || (possessive && (end == relay.First || Prepositions.Contains(text, tokens[first]))))
        {
            return null;
        }

        var subject = text.Substring(tokens[first].Start, tokens[end - 1].End - tokens[first].Start);
        return body is null || Names(subject, body) ? subject : null;
    }

    /// <summary>The possessive pronouns that tie a voice to the subject before it: "его пресс-служба", "их представитель".</summary>
    private static readonly WordSet Possessives = new("его", "её", "ее", "их");

    /// <summary>Whether a source is a possessive and a voice noun ("его пресс-служба"), the possessive read or right before it.</summary>
    private static bool PossessiveVoice(AttributionFinder finder, TextRange source)
    {
        var tokens = finder.Tokens;
        var k = CueContent.FirstTokenFrom(finder, source.Start);
        var voice = k < tokens.Count && Possessives.Contains(finder.Text, tokens[k]) ? k + 1 : k;
        return voice < tokens.Count && voice > 0 && Possessives.Contains(finder.Text, tokens[voice - 1]) && tokens[voice].Start < source.End
            && RussianBodies.StartsWithVoiceNoun(finder.Text.Substring(tokens[voice].Start, source.End - tokens[voice].Start).ToLowerInvariant());
    }

    /// <summary>
    /// The noun of the body a relay's officer serves: "группы" in "координатор группы Марина Тихонова", "палаты" in
    /// "председатель палаты Виктор Ступин"; null when the relay, of at least <paramref name="minWords"/> words, opens
    /// with no title and a lower-case noun.
    /// </summary>
    public static string? OfficersBody(string relay, int minWords)
    {
        var words = Words.Split(relay);
        return words.Count >= minWords && words.Count >= 2 && PartyWords.IsTitle(words[0]) && char.IsLower(words[1][0]) ? words[1] : null;
    }

    /// <summary>Whether a subject names the body by its noun, in any case ("Инициативная группа", "группы").</summary>
    public static bool Names(string subject, string body) => Words.Split(subject).Any(w => RussianCases.SameWord(w, body));
}
