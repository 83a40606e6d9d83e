namespace Dataset.Annotations.Drafting.Acts;

/// <summary>
/// A condition in what was said and the consequence it is set on, as word ranges: "если школу закроют, | семьи начнут
/// уезжать", "заявку рассмотрят, | если собственник представит план". The condition runs from its marker to the next
/// comma or the end; the consequence is the rest of the content.
/// </summary>
internal readonly record struct RussianCondition(int Marker, int ConditionEnd, int ConsequenceStart, int ConsequenceEnd)
{
    /// <summary>"если", "в случае", "при условии": what opens a condition ("при" alone is a place or a time, "при заводе").</summary>
    private static readonly Text.WordSet Markers = new("если", "ежели");

    /// <summary>The first condition of the content, or null.</summary>
    public static RussianCondition? Find(SaidContent c)
    {
        var marker = c.Find(Markers);
        if (marker < 0)
        {
            var inCase = c.Find("случае");
            // "в случае отказа", not "в случае с кафе" (as for).
            marker = inCase >= 0 && c.Is(inCase - 1, "в") && !c.Is(inCase + 1, "с") ? inCase - 1 : -1;
        }

        if (marker < 0)
        {
            var on = c.Find("условии");
            marker = on >= 0 && c.Is(on - 1, "при") ? on - 1 : -1;
        }

        if (marker < 0)
        {
            return null;
        }

        var end = marker + 1;
        while (end < c.End && !IsComma(c, end))
        {
            end++;
        }

        // The consequence follows the condition ("если …, семьи уедут") or stands before it ("рассмотрят, если …").
        var before = marker;
        while (before > c.Start && !c.Tokens[before - 1].IsWord)
        {
            before--;
        }

        return end < c.End ? new RussianCondition(marker, end, end + 1, c.End) : new RussianCondition(marker, end, c.Start, before);
    }

    /// <summary>Whether word <paramref name="i"/> lies in the condition.</summary>
    public bool InCondition(int i) => i > Marker && i < ConditionEnd;

    /// <summary>Whether word <paramref name="i"/> lies in the consequence.</summary>
    public bool InConsequence(int i) => i >= ConsequenceStart && i < ConsequenceEnd;

    private static bool IsComma(SaidContent c, int i) => c.Tokens[i].Kind == Text.TokenKind.Comma;
}
