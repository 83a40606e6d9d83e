using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Agreement;

/// <summary>
/// The agreement of two annotators over one or more articles: u-alpha of where they marked anything, statements and
/// sanctions (the articles laid end to end as one continuum of characters), the F1 of matched spans per kind, and
/// kappa and alpha per field of the matched records.
/// </summary>
public sealed record AgreementFigures(
    double? AnnotatedAlpha,
    double? StatementAlpha,
    double? SanctionAlpha,
    SpanScore StatementSpans,
    SpanScore SanctionSpans,
    IReadOnlyList<FieldScore> Fields)
{
    /// <summary>The category of every span, whatever its kind, in the u-alpha of "annotated or not".</summary>
    public const string Annotated = "annotated";

    internal static AgreementFigures Of(IReadOnlyList<ArticlePair> articles)
    {
        var kinds = new List<UnitizedSpan>();
        var any = new List<UnitizedSpan>();
        long offset = 0;
        foreach (var pair in articles)
        {
            foreach (var (coder, article) in new[] { (0, pair.A), (1, pair.B) })
            {
                foreach (var record in article.Records)
                {
                    kinds.Add(new UnitizedSpan(coder, record.Kind.Word(), offset + record.Start, record.Length));
                    any.Add(new UnitizedSpan(coder, Annotated, offset + record.Start, record.Length));
                }
            }

            offset += pair.A.Text.Length;
        }

        var byKind = new UnitizingAlpha(0, offset, 2, kinds);
        var fields = new List<FieldScore>();
        foreach (var kind in new[] { RecordKind.Statement, RecordKind.Sanction })
        {
            var pairs = articles.SelectMany(a => a.Of(kind).Pairs).ToList();
            fields.AddRange(
                ComparedFields.Of(kind).Select(field => FieldScore.Of(kind.Word(), field, pairs.Select(p => (p.A.Value(field), p.B.Value(field))).ToList())));
        }

        return new AgreementFigures(
            new UnitizingAlpha(0, offset, 2, any).Alpha(Annotated),
            byKind.Alpha(RecordKind.Statement.Word()),
            byKind.Alpha(RecordKind.Sanction.Word()),
            Spans(articles, RecordKind.Statement),
            Spans(articles, RecordKind.Sanction),
            fields);
    }

    private static SpanScore Spans(IEnumerable<ArticlePair> articles, RecordKind kind) =>
        articles.Select(a => a.Of(kind)).Aggregate(SpanScore.Zero, (sum, match) => sum + new SpanScore(
            match.Pairs.Count + match.OnlyA.Count,
            match.Pairs.Count + match.OnlyB.Count,
            match.Pairs.Count,
            match.Pairs.Count(p => p.A.Start == p.B.Start && p.A.End == p.B.End)));
}
