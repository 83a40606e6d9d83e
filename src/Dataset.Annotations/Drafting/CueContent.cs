using System;
using Dataset.Annotations.Text.Cues;
using Dataset.Annotations.Text;
using static Dataset.Annotations.Text.Cues.CueContext;

namespace Dataset.Annotations.Drafting;

/// <summary>
/// What a cue reports, as tokens <c>[Start, End)</c> of the sentence the finder last read: the clause after it ("said
/// [that] X"), or before it ("X, the bloc said"). Both the evidence and the act of a drafted statement are read from it.
/// </summary>
internal readonly record struct CueContent(int Start, int End)
{
    /// <summary>Words between a verb and a <c>that</c> before its content is reached: "told reporters in Kyiv that".</summary>
    private const int MaxWordsBeforeThat = 10;

    /// <summary>
    /// The content of <paramref name="cue"/> within <paramref name="clause"/>, or null when it reports none in words (a continued quote, a passive, an absent
    /// answer).
    /// </summary>
    public static CueContent? Of(string text, TextRange clause, AttributionFinder finder, Cue cue)
    {
        var tokens = finder.Tokens;
        if (cue.Kind is CueKind.Continuation or CueKind.Passive or CueKind.NoComment)
        {
            return null;
        }

        var (first, end) = Spanning(finder, clause);

        if (cue.ContentBefore)
        {
            var firstOfCue = Math.Min(cue.First, cue.HasSource ? cue.SourceStart : cue.First);
            return firstOfCue > first ? new CueContent(first, firstOfCue) : null;
        }

        var from = Math.Max(cue.End, cue.HasSource && cue.SourceStart >= cue.End ? cue.SourceEnd : cue.End);
        var opened = false;
        while (from < end
            && (tokens[from].Kind is TokenKind.Comma or TokenKind.Colon
                || ThatWords.Contains(text, tokens[from])
                || (Is(text, tokens[from], "on") && from + 1 < end && tokens[from + 1].IsWord && Weekdays.Is(text, tokens[from + 1]))))
        {
            opened |= ThatWords.Contains(text, tokens[from]);
            from += Is(text, tokens[from], "on") ? 2 : 1;
        }

        // "сообщила, что в понедельник обсудила …": once "что" has opened the content, a preposition after it is what was
        // said, not a place of speaking before another "что".
        from = opened ? from : AfterThat(text, finder, cue, from, end);
        return from < end ? new CueContent(from, end) : null;
    }

    /// <summary>
    /// "told reporters that X", "said in a statement on Telegram that X": an audience or a place of speaking comes
    /// between the verb and its content. Only after "tell" or a preposition, so that "said claims that X were false"
    /// keeps its subject.
    /// </summary>
    private static int AfterThat(string text, AttributionFinder finder, Cue cue, int from, int end)
    {
        var tokens = finder.Tokens;
        var told = cue.Kind == CueKind.Verb && CueLexicon.Find(text, tokens[cue.First]) is { Lemma: "tell" };
        if (from >= end || !(told || (tokens[from].IsWord && Prepositions.Contains(text, tokens[from]))))
        {
            return from;
        }

        for (var i = from + 1; i < end && i <= from + MaxWordsBeforeThat; i++)
        {
            if (ThatWords.Contains(text, tokens[i]))
            {
                return i + 1;
            }

            if (tokens[i].IsBoundary)
            {
                break;
            }
        }

        return from;
    }

    /// <summary>The tokens <c>[Start, End)</c> of the sentence last read that lie within <paramref name="range"/>.</summary>
    public static (int Start, int End) Spanning(AttributionFinder finder, TextRange range)
    {
        var tokens = finder.Tokens;
        var start = FirstTokenFrom(finder, range.Start);
        var end = start;
        while (end < tokens.Count && tokens[end].End <= range.End)
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>The first token of the sentence last read that starts at or after <paramref name="position"/>, or the token count.</summary>
    public static int FirstTokenFrom(AttributionFinder finder, int position)
    {
        var tokens = finder.Tokens;
        var first = 0;
        while (first < tokens.Count && tokens[first].Start < position)
        {
            first++;
        }

        return first;
    }

    /// <summary>The characters the content spans.</summary>
    public TextRange Range(AttributionFinder finder) => new(finder.Tokens[Start].Start, finder.Tokens[End - 1].End);
}
