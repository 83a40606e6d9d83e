namespace Dataset.Annotations.Drafting.Acts;

/// <summary>A future found in what was said: the words that tell it ("будут возить", "разместит") and whose it is.</summary>
internal readonly record struct RussianFutureVerb(int First, int Last, RussianPerson Person);

/// <summary>
/// The futures of a Russian content: "будет/будут/будем" with an infinitive on either side ("будет забирать",
/// "достраивать дома будет фонд") and perfective present forms (<see cref="RussianVerbForms.PerfectiveFuture"/>).
/// </summary>
internal static class RussianFuture
{
    private static readonly Text.WordSet Be = new("будет", "будут", "будем", "буду");

    /// <summary>How far an infinitive stands from its "будет": "будет забирать", "будут ежедневно возить".</summary>
    private const int Reach = 2;

    /// <summary>The first future at or after word <paramref name="from"/>, or null.</summary>
    public static RussianFutureVerb? Find(SaidContent c, int from = -1)
    {
        for (var i = from < c.Start ? c.Start : from; i < c.End; i++)
        {
            if (At(c, i) is { } future)
            {
                return future;
            }
        }

        return null;
    }

    /// <summary>The future that word <paramref name="i"/> tells, or null.</summary>
    public static RussianFutureVerb? At(SaidContent c, int i)
    {
        if (i < c.Start || i >= c.End || !c.Tokens[i].IsWord)
        {
            return null;
        }

        if (c.IsIn(i, Be))
        {
            var person = c.Is(i, "будем") || c.Is(i, "буду") ? RussianPerson.First : RussianPerson.Third;
            for (var j = c.NextWord(i); j >= 0 && j <= i + Reach; j = c.NextWord(j))
            {
                if (RussianVerbForms.IsInfinitive(c.Words(j, j)))
                {
                    return new RussianFutureVerb(i, j, person);
                }
            }

            for (var j = i - 1; j >= c.Start && j >= i - Reach - 1; j--)
            {
                if (c.Tokens[j].IsWord && RussianVerbForms.IsInfinitive(c.Words(j, j)))
                {
                    return new RussianFutureVerb(j, i, person);
                }
            }

            return null;
        }

        var form = RussianVerbForms.PerfectiveFuture(c.Words(i, i));
        return form == RussianPerson.None ? null : new RussianFutureVerb(i, i, form);
    }
}
