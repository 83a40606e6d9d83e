using System;
using Dataset.Annotations.Text;

namespace Dataset.Annotations.Drafting.Acts;

/// <summary>
/// A class of Russian words given by their endings, as a case or a form ends: "утверждённому", "принятых" end as
/// adjectives do. Compared without case; a word must be longer than the ending by a root.
/// </summary>
internal sealed class EndingSet : IWordClass
{
    /// <summary>The shortest root before an ending: "ему" and "им" are pronouns, not adjectives.</summary>
    private const int MinRoot = 3;

    private readonly string[] _endings;

    public EndingSet(params string[] endings)
    {
        _endings = endings;
    }

    public bool Contains(string text, Token token)
    {
        if (!token.IsWord)
        {
            return false;
        }

        var length = token.End - token.Start;
        foreach (var ending in _endings)
        {
            if (length >= ending.Length + MinRoot
                && string.Compare(text, token.End - ending.Length, ending, 0, ending.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
