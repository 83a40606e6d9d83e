using System.Text;
using Dataset.Cli.Cli;
using Dataset.Cli.Text;
using static System.Net.WebUtility;

namespace Dataset.Cli.Report;

/// <summary>What the report holds, for the command's message and for tests.</summary>
/// <param name="Html">The page.</param>
/// <param name="Highlights">Statements and sanctions whose evidence is highlighted (one &lt;mark id&gt; each).</param>
/// <param name="Missing">Statements and sanctions whose article text the tool does not have.</param>
internal sealed record ReportResult(string Html, int Highlights, int Missing);

/// <summary>
/// One self-contained HTML page (inline style, script and SVG; a Content-Security-Policy forbids any fetch): per
/// document the article with every evidence span highlighted and linked to its entry and back, the statements and
/// sanctions, then the actors and the relation graph.
/// </summary>
internal static class HtmlReport
{
    public static ReportResult Render(DatasetCatalog catalog, ArticleTexts articles, Progress progress)
    {
        var body = new StringBuilder();
        var (highlights, missing) = (0, 0);
        body.Append($"<h1>Dataset report</h1><p class=\"counts\">{Names.Plural(catalog.Documents.Count, "document")}, {Names.Plural(catalog.Actors.Count, "actor")}, {Names.Plural(catalog.Statements.Count, "statement")}, {Names.Plural(catalog.Sanctions.Count, "sanction")}</p>");
        body.Append("<p id=\"report-status\" role=\"status\"></p>");
        body.Append("<nav><a href=\"#graph\">Graph</a> · <a href=\"#actors\">Actors</a>");
        foreach (var document in catalog.Documents)
        {
            body.Append($" · <a href=\"#document-{HtmlEncode(document.Id.Value)}\">{HtmlEncode(document.Title)}</a>");
        }

        body.Append("</nav>");
        for (var i = 0; i < catalog.Documents.Count; i++)
        {
            var document = catalog.Documents[i];
            progress.Step("report", i + 1, catalog.Documents.Count, document.Id.Value);
            var (found, lost) = DocumentSection.Write(body, catalog, document, articles.Find(document));
            highlights += found;
            missing += lost;
        }

        body.Append("<section id=\"graph\"><h2>Who said what to whom, who sanctions whom</h2>");
        body.Append("<p class=\"legend\"><span class=\"key key-statement\"></span> statement, speaker → audience &nbsp; <span class=\"key key-sanction\"></span> sanction, imposer → target</p>");
        body.Append(RelationGraph.Render(catalog)).Append("</section>");
        ActorList.Write(body, catalog);

        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        page.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Dataset report</title>");
        page.Append($"<style>{ReportAssets.Css}</style></head>\n<body data-ready=\"loading\">{body}\n<script>{ReportAssets.Script}</script></body></html>\n");
        return new ReportResult(page.ToString(), highlights, missing);
    }
}
