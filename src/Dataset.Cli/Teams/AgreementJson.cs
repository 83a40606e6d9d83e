using System.Text.Json;
using Dataset.Annotations.Agreement;
using Dataset.Annotations.Model;

namespace Dataset.Cli.Teams;

/// <summary>`dataset agree --format json`: the same figures as the text, per article and overall; null where a statistic is undefined.</summary>
internal static class AgreementJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Write(TextWriter output, FolderAgreement agreement, AnnotatorRun a, AnnotatorRun b)
    {
        var value = new
        {
            a = a.Source.Label,
            b = b.Source.Label,
            overall = Figures(agreement.Overall),
            articles = agreement.Articles.Select(article => new
            {
                document = article.Pair.DocumentId,
                text = article.Pair.A.TextName,
                figures = Figures(article.Figures),
                pairs = Pairs(article.Pair),
                only_a = Only(article.Pair, match => match.OnlyA),
                only_b = Only(article.Pair, match => match.OnlyB),
            }),
            only_in_a = agreement.OnlyA,
            only_in_b = agreement.OnlyB,
            texts_differ = agreement.TextsDiffer,
        };
        output.WriteLine(JsonSerializer.Serialize(value, Indented));
    }

    private static object Figures(AgreementFigures figures) => new
    {
        u_alpha = new { any = figures.AnnotatedAlpha, statements = figures.StatementAlpha, sanctions = figures.SanctionAlpha },
        spans = new { statements = Spans(figures.StatementSpans), sanctions = Spans(figures.SanctionSpans) },
        fields = figures.Fields.Select(f => new { kind = f.Kind, field = f.Field, pairs = f.Pairs, agreed = f.Agreed, kappa = f.Kappa, alpha = f.Alpha }),
    };

    private static object Spans(SpanScore score) => new { a = score.A, b = score.B, matched = score.Matched, exact = score.Exact, f1 = score.F1 };

    private static IEnumerable<object> Pairs(ArticlePair pair) =>
        new[] { RecordKind.Statement, RecordKind.Sanction }.SelectMany(kind => pair.Of(kind).Pairs.Select(p => (object)new
        {
            kind = kind.Word(),
            a = p.A.Id,
            b = p.B.Id,
            a_span = new[] { p.A.Start, p.A.End },
            b_span = new[] { p.B.Start, p.B.End },
            differ = ComparedFields.Of(kind).Where(f => p.A.Value(f) != p.B.Value(f)).Select(f => new { field = f, a = p.A.Value(f), b = p.B.Value(f) }),
        }));

    private static IEnumerable<object> Only(ArticlePair pair, Func<SpanMatch, IReadOnlyList<AnnotatedRecord>> side) =>
        new[] {
            RecordKind.Statement, RecordKind.Sanction }.SelectMany(
                kind => side(pair.Of(kind)).Select(r => (object)new { kind = kind.Word(), id = r.Id, span = new[] { r.Start, r.End } }));
}
