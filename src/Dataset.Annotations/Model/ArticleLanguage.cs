namespace Dataset.Annotations.Model;

/// <summary>
/// The language of an article: an ISO 639-1 code, or null when the document states none and its letters do not tell;
/// <see cref="IsStated"/> when the document's <c>language:</c> gives it, else it was guessed from the text.
/// </summary>
internal sealed record ArticleLanguage(string? Code, bool IsStated)
{
    public static readonly ArticleLanguage Unknown = new(null, false);

    /// <summary>The language a document states, or <see cref="Unknown"/> when it states none.</summary>
    public static ArticleLanguage Stated(string? code) => code is null ? Unknown : new ArticleLanguage(code, IsStated: true);

    /// <summary>True for a code guessed from the text's letters, not stated by the document.</summary>
    public bool IsGuessed => Code is not null && !IsStated;

    /// <summary>As messages name it: "ru", "ru (guessed)", or "unknown".</summary>
    public override string ToString() => Code is null ? "unknown" : IsStated ? Code : Code + " (guessed)";
}
