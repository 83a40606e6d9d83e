using Dataset.Annotations.Agreement;
using Dataset.Annotations.Model;

namespace Dataset.Cli.Teams;

/// <summary>`dataset agree` as text: a block per article (its figures and what the annotators differ on), then the overall figures.</summary>
internal static class AgreementText
{
    private static readonly string[] FieldHeader = ["field", "pairs", "agreed", "kappa", "alpha"];

    public static void Write(TextWriter output, FolderAgreement agreement, AnnotatorRun a, AnnotatorRun b)
    {
        output.WriteLine($"A: {a.Source.Label} ({a.Articles.Count} annotated article(s))");
        output.WriteLine($"B: {b.Source.Label} ({b.Articles.Count} annotated article(s))");
        foreach (var article in agreement.Articles)
        {
            output.WriteLine();
            output.WriteLine($"article {article.Pair.DocumentId} ({article.Pair.A.TextName})");
            Figures(output, article.Figures);
            Differences(output, article.Pair);
        }

        output.WriteLine();
        output.WriteLine($"overall: {agreement.Articles.Count} article(s) in both");
        Figures(output, agreement.Overall);
        Apart(output, "only in A", agreement.OnlyA);
        Apart(output, "only in B", agreement.OnlyB);
        Apart(output, "not compared, the article text differs", agreement.TextsDiffer);
    }

    private static void Figures(TextWriter output, AgreementFigures figures)
    {
        TextTable.Write(output, "  ",
        [
            ["spans", "A", "B", "matched", "exact", "F1", "u-alpha"],
            Spans("statements", figures.StatementSpans, figures.StatementAlpha),
            Spans("sanctions", figures.SanctionSpans, figures.SanctionAlpha),
            ["any", "", "", "", "", "", TextTable.Figure(figures.AnnotatedAlpha)],
        ]);
        var rows = new List<string[]> { FieldHeader };
        rows.AddRange(
            figures.Fields.Where(f => f.Pairs > 0)
                .Select(
                    f => new[] {
                        $"{f.Kind} {f.Field}",
                        TextTable.Count(f.Pairs),
                        TextTable.Count(f.Agreed),
                        TextTable.Figure(f.Kappa),
                        TextTable.Figure(f.Alpha) }));
        if (rows.Count > 1)
        {
            TextTable.Write(output, "  ", rows);
        }
    }

    private static string[] Spans(string kind, SpanScore score, double? alpha) =>
        [
            kind,
            TextTable.Count(score.A),
            TextTable.Count(score.B),
            TextTable.Count(score.Matched),
            TextTable.Count(score.Exact),
            TextTable.Figure(score.F1),
            TextTable.Figure(alpha)];

    /// <summary>Each field the matched records differ on, and each record only one annotator has, with its evidence's place.</summary>
    private static void Differences(TextWriter output, ArticlePair pair)
    {
        foreach (var kind in new[] { RecordKind.Statement, RecordKind.Sanction })
        {
            var match = pair.Of(kind);
            foreach (var (a, b) in match.Pairs)
            {
                var names = a.Id == b.Id ? a.Id : $"{a.Id} / {b.Id}";
                if (a.Start != b.Start || a.End != b.End)
                {
                    output.WriteLine($"  {kind.Word()} {names}: evidence {Quote(pair.A.Text, a)} / {Quote(pair.B.Text, b)}");
                }

                foreach (var field in ComparedFields.Of(kind).Where(f => a.Value(f) != b.Value(f)))
                {
                    output.WriteLine($"  {kind.Word()} {names}: {field} {a.Value(field)} / {b.Value(field)}");
                }
            }

            foreach (var only in match.OnlyA)
            {
                output.WriteLine($"  {kind.Word()} {only.Id}: only in A, {Quote(pair.A.Text, only)}");
            }

            foreach (var only in match.OnlyB)
            {
                output.WriteLine($"  {kind.Word()} {only.Id}: only in B, {Quote(pair.B.Text, only)}");
            }
        }
    }

    private static string Quote(string text, AnnotatedRecord record) =>
        $"[{record.Start}, {record.End}) \"{Shorten(text.Substring(record.Start, record.Length))}\"";

    private static string Shorten(string passage) => passage.Length <= 60 ? passage : passage[..57] + "...";

    private static void Apart(TextWriter output, string what, IReadOnlyList<string> documents)
    {
        if (documents.Count > 0)
        {
            output.WriteLine($"  {what}: {string.Join(", ", documents)}");
        }
    }
}
