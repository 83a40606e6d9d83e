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

    public bool Contains(string text, Token token) => token.IsWord && RussianForms.EndsAfterRoot(text, token, _endings, MinRoot);
}
