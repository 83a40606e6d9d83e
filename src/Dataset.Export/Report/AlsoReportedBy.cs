using static System.Net.WebUtility;

namespace Dataset.Export;

/// <summary>
/// For a record that same-as links to reports in other articles: "also reported by" each of those articles once, by
/// outlet (<see cref="Document.Outlet"/>) and date, a link to its first report in that article's section (a statement and its restatement are one
/// report); where the reports disagree, on what.
/// </summary>
internal static class AlsoReportedBy
{
    public static string For(Statement statement) =>
        Line("statement", statement.Document, statement.Event, statement.Event.Reports.Select(r => (r.Id.Value, r.Document)));

    public static string For(Sanction sanction) =>
        Line("sanction", sanction.Document, sanction.Event, sanction.Event.Reports.Select(r => (r.Id.Value, r.Document)));

    private static string Line(string kind, Document own, ReportedEvent @event, IEnumerable<(string Id, Document Document)> reports)
    {
        var others = reports.Where(r => r.Document.Id != own.Id).DistinctBy(r => r.Document.Id).ToList();
        if (others.Count == 0)
        {
            return string.Empty;
        }

        var links = others.Select(r => $"<a href=\"#{kind}-{HtmlEncode(r.Id)}\">{HtmlEncode(r.Document.Outlet)}, {Names.Date(r.Document.Published)}</a>");
        var disagreements = @event.Disagreements.Count == 0
            ? string.Empty
            : $" <span class=\"meta\">(the reports differ on {string.Join(", ", @event.Disagreements.Select(f => Names.Kebab(f)))})</span>";
        return $"<div class=\"also\">also reported by {string.Join(", ", links)}{disagreements}</div>" +
            $"<div class=\"meta sources\">{Names.Plural(@event.ArticleCount, "article")}, {Names.Plural(@event.PublisherCount, "publisher")}, " +
            $"{Names.Plural(@event.SourceCount, "independent source")}</div>";
    }
}
