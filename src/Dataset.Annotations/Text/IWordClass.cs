namespace Dataset.Annotations.Text;

/// <summary>A closed class of words that a token of a sentence belongs to or not: a set of English words, a set of Russian stems.</summary>
internal interface IWordClass
{
    bool Contains(string text, Token token);
}
