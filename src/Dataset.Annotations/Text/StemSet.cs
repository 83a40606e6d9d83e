namespace Dataset.Annotations.Text;

/// <summary>
/// A class of Russian words given by their stems, as the cue lexicon gives its verbs: a word belongs when it starts
/// with a stem and goes on by at most an ending's length (<see cref="MaxEnding"/> letters), so "наруш" is нарушают,
/// нарушил and нарушение, and "давлени" is давление and давлением. Compared without case, ё read as е.
/// </summary>
internal sealed class StemSet : IWordClass
{
    /// <summary>The longest ending a stem takes: "ениями", "ающего".</summary>
    public const int MaxEnding = 6;

    private readonly string[] _stems;

    public StemSet(params string[] stems)
    {
        _stems = stems;
    }

    public bool Contains(string text, Token token)
    {
        if (!token.IsWord)
        {
            return false;
        }

        var length = token.End - token.Start;
        foreach (var stem in _stems)
        {
            if (length >= stem.Length && length - stem.Length <= MaxEnding && StartsWith(text, token.Start, stem))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWith(string text, int start, string stem)
    {
        for (var i = 0; i < stem.Length; i++)
        {
            if (Fold(text[start + i]) != Fold(stem[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static char Fold(char c) => c is 'ё' or 'Ё' ? 'е' : char.ToLowerInvariant(c);
}
