using System.Collections.Generic;
using Dataset.Annotations.Text;

namespace Dataset.Annotations.Evaluation;

/// <summary>A sentence on which the check and the gold answer disagree.</summary>
internal sealed record SentenceDisagreement(string TextPath, int Line, string Sentence, bool Gold);

/// <summary>
/// How well the coverage check's attributed sentences agree with annotations taken as gold answers: precision is
/// the share of the sentences it finds that the gold answer attributes, recall the share of gold sentences it finds.
/// </summary>
internal sealed record DetectionScore(int Articles, int SentencesRead, int Gold, int Found, int Agreed, IReadOnlyList<SentenceDisagreement> Disagreements)
{
    public double Precision => Found == 0 ? 1 : (double)Agreed / Found;

    public double Recall => Gold == 0 ? 1 : (double)Agreed / Gold;

    public static DetectionScore Of(IReadOnlyList<AnnotatedArticle> articles)
    {
        var disagreements = new List<SentenceDisagreement>();
        int sentences = 0, gold = 0, found = 0, agreed = 0;
        foreach (var article in articles)
        {
            var text = article.Text;
            var reader = new ArticleReader(text);
            foreach (var sentence in reader.Sentences())
            {
                var isGold = article.IsAttributed(sentence.Range);
                var isFound = reader.Finder.Cues.Count > 0;
                sentences++;
                gold += isGold ? 1 : 0;
                found += isFound ? 1 : 0;
                agreed += isGold && isFound ? 1 : 0;
                if (isGold != isFound)
                {
                    disagreements.Add(new SentenceDisagreement(
                        article.TextPath, sentence.Paragraph.Number, text.Substring(sentence.Range.Start, sentence.Range.End - sentence.Range.Start), isGold));
                }
            }
        }

        return new DetectionScore(articles.Count, sentences, gold, found, agreed, disagreements);
    }
}
