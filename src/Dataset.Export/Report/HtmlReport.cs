using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace Dataset.Export;

/// <summary>What the report holds.</summary>
/// <param name="Html">The page.</param>
/// <param name="Highlights">Statements and sanctions whose evidence is highlighted (one &lt;mark id&gt; each).</param>
/// <param name="Missing">Statements and sanctions whose article text is missing or changed since the build.</param>
public sealed record ReportResult(string Html, int Highlights, int Missing);

/// <summary>
/// One self-contained HTML page (inline style, script and SVG; a Content-Security-Policy forbids any fetch): per
/// document the article with every evidence span highlighted and linked to its entry and back, the statements and
/// sanctions, then the actors and the relation graph.
/// </summary>
public static class HtmlReport
{
    /// <summary>Renders the page.</summary>
    /// <param name="catalog">The dataset, for example an app's generated <c>Catalog.Instance</c>.</param>
    /// <param name="articles">The article texts, for example <see cref="ArticleTexts.FromAssembly"/> of the app.</param>
    /// <param name="progress">Told of each document as it is rendered.</param>
    public static ReportResult Render(DatasetCatalog catalog, ArticleTexts articles, IProgress<ExportStep>? progress = null)
    {
        var body = new StringBuilder();
        var (highlights, missing) = (0, 0);
        body.Append(
            CultureInfo.InvariantCulture,
            $"<h1>Dataset report</h1><p class=\"counts\">{Names.Plural(catalog.Documents.Count, "document")}, {Names.Plural(catalog.Actors.Count, "actor")}, " +
                $"{Names.Plural(catalog.Statements.Count, "statement")}, {Names.Plural(catalog.Sanctions.Count, "sanction")}</p>");
        body.Append("<p id=\"report-status\" role=\"status\"></p>");
        body.Append("<nav><a href=\"#graph\">Graph</a> · <a href=\"#actors\">Actors</a>");
        foreach (var document in catalog.Documents)
        {
            body.Append(CultureInfo.InvariantCulture, $" · <a href=\"#document-{HtmlEncode(document.Id.Value)}\">{HtmlEncode(document.Title)}</a>");
        }

        body.Append("</nav>");
        var done = 0;
        foreach (var records in DocumentRecords.Of(catalog))
        {
            progress?.Report(new ExportStep("report", ++done, catalog.Documents.Count, records.Document.Id.Value));
            var (found, lost) = DocumentSection.Write(body, records, articles.Find(records.Document));
            highlights += found;
            missing += lost;
        }

        body.Append("<section id=\"graph\"><h2>Who said what to whom, who sanctions whom</h2>");
        body.Append(
            "<p class=\"legend\"><span class=\"key key-statement\"></span> statement, speaker → audience &nbsp; <span class=\"key key-sanction\"></span> " +
                "sanction, imposer → target</p>");
        body.Append(RelationGraph.Render(catalog)).Append("</section>");
        ActorList.Write(body, catalog);

        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        page.Append("<meta http-equiv=\"Content-Security-Policy\" ");
        page.Append("content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Dataset report</title>");
        page.Append(
            CultureInfo.InvariantCulture,
            $"<style>{ReportAssets.Css}</style></head>\n<body data-ready=\"loading\">{body}\n<script>{ReportAssets.Script}</script></body></html>\n");
        return new ReportResult(page.ToString(), highlights, missing);
    }

    /// <summary>Renders the page and writes it to a file (UTF-8, creating its folder), whole: an earlier report survives a failure.</summary>
    public static ReportResult Write(DatasetCatalog catalog, ArticleTexts articles, string path, IProgress<ExportStep>? progress = null)
    {
        var report = Render(catalog, articles, progress);
        WholeFile.WriteText(path, writer => writer.Write(report.Html));
        return report;
    }
}
