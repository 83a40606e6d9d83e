using System.Collections.Generic;
using System.Linq;

namespace Dataset.Annotations.Agreement;

/// <summary>One article both annotators annotated, and how far they agree on it.</summary>
internal sealed record ArticleAgreement(ArticlePair Pair, AgreementFigures Figures);

/// <summary>
/// Two annotators' folders compared article by article: articles are matched by document id, else by the text
/// file's name within the folder; an article whose text differs between the folders cannot be compared by position
/// and is listed apart, as are articles only one annotator has.
/// </summary>
internal sealed record FolderAgreement(
    IReadOnlyList<ArticleAgreement> Articles,
    AgreementFigures Overall,
    IReadOnlyList<string> OnlyA,
    IReadOnlyList<string> OnlyB,
    IReadOnlyList<string> TextsDiffer)
{
    public static FolderAgreement Of(IReadOnlyList<AnnotatorArticle> a, IReadOnlyList<AnnotatorArticle> b)
    {
        var pairs = new List<ArticlePair>();
        var textsDiffer = new List<string>();
        var matchedB = new HashSet<AnnotatorArticle>();
        var onlyA = new List<string>();
        foreach (var article in a)
        {
            var other = b.FirstOrDefault(x => !matchedB.Contains(x) && x.DocumentId == article.DocumentId)
                ?? b.FirstOrDefault(x => !matchedB.Contains(x) && x.TextName == article.TextName);
            if (other is null)
            {
                onlyA.Add(article.DocumentId);
                continue;
            }

            matchedB.Add(other);
            if (!string.Equals(other.Text, article.Text, System.StringComparison.Ordinal))
            {
                textsDiffer.Add(article.DocumentId);
                continue;
            }

            pairs.Add(new ArticlePair(article, other));
        }

        var articles = pairs.Select(p => new ArticleAgreement(p, AgreementFigures.Of(new[] { p }))).ToList();
        var onlyB = b.Where(x => !matchedB.Contains(x)).Select(x => x.DocumentId).ToList();
        return new FolderAgreement(articles, AgreementFigures.Of(pairs), onlyA, onlyB, textsDiffer);
    }
}
