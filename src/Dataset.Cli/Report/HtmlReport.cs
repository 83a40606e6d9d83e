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
            var (found, lost) = DocumentSection(body, catalog, document, articles.Find(document));
            highlights += found;
            missing += lost;
        }

        body.Append("<section id=\"graph\"><h2>Who said what to whom, who sanctions whom</h2>");
        body.Append("<p class=\"legend\"><span class=\"key key-statement\"></span> statement, speaker → audience &nbsp; <span class=\"key key-sanction\"></span> sanction, imposer → target</p>");
        body.Append(RelationGraph.Render(catalog)).Append("</section>");
        ActorsSection(body, catalog);

        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        page.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Dataset report</title>");
        page.Append($"<style>{ReportAssets.Css}</style></head>\n<body data-ready=\"loading\">{body}\n<script>{ReportAssets.Script}</script></body></html>\n");
        return new ReportResult(page.ToString(), highlights, missing);
    }

    private static (int Found, int Missing) DocumentSection(StringBuilder html, DatasetCatalog catalog, Document document, string? text)
    {
        var (found, missing) = EvidenceSpan.For(catalog, document, text);
        var numbers = found.Select((s, i) => (s.EntryId, Number: i + 1)).ToDictionary(p => p.EntryId, p => p.Number, StringComparer.Ordinal);
        var highlighted = found.Select(s => s.EntryId).ToHashSet(StringComparer.Ordinal);
        html.Append($"<section class=\"document\" id=\"document-{HtmlEncode(document.Id.Value)}\"><h2>{HtmlEncode(document.Title)}</h2>");
        html.Append($"<p class=\"meta\">{HtmlEncode(document.Publisher)}, {Names.Date(document.Published)}{(document.Dateline is null ? string.Empty : ", " + HtmlEncode(document.Dateline))} · <code>{HtmlEncode(document.TextFile)}</code></p>");
        html.Append("<div class=\"columns\"><article class=\"text\">");
        html.Append(text is null
            ? "<p class=\"warning\">The article text is not available to this tool, so its evidence cannot be highlighted.</p>"
            : ArticleHighlighter.Render(text, found, numbers));
        html.Append("</article><div class=\"items\">");
        if (missing.Count > 0 && text is not null)
        {
            html.Append($"<p class=\"warning\">{missing.Count} evidence passage(s) are no longer where the build found them; rebuild the dataset.</p>");
        }

        html.Append("<h3>Statements</h3><ol class=\"entries\">");
        foreach (var s in catalog.StatementsIn(document).OrderBy(s => numbers.GetValueOrDefault($"statement-{s.Id}", int.MaxValue)))
        {
            Entry(html, "statement", s.Id.Value, numbers, highlighted, s.Evidence.Exact, () =>
            {
                html.Append($"{ActorLink(s.Speaker)}{(s.Via is { } via ? $" <span class=\"via\">via {ActorLink(via)}</span>" : string.Empty)} <span class=\"act\">{Names.Kebab(s.Act)}</span>");
                if (s.Audience.Count > 0)
                {
                    html.Append(" → ").Append(string.Join(", ", s.Audience.Select(ActorLink)));
                }

                html.Append($" <span class=\"meta\">{Names.Kebab(s.Form)}{(s.SaidOn is null ? string.Empty : ", " + Names.Date(s.SaidOn))}</span>");
                if (s.Summary is not null)
                {
                    html.Append($"<div class=\"summary\">{HtmlEncode(s.Summary)}</div>");
                }

                if (s.RespondsToId is { } answered)
                {
                    html.Append($"<div class=\"responds\">responds to <a href=\"#statement-{HtmlEncode(answered.Value)}\">{HtmlEncode(answered.Value)}</a></div>");
                }
            });
        }

        html.Append("</ol><h3>Sanctions</h3><ol class=\"entries\">");
        foreach (var s in catalog.SanctionsIn(document).OrderBy(s => numbers.GetValueOrDefault($"sanction-{s.Id}", int.MaxValue)))
        {
            Entry(html, "sanction", s.Id.Value, numbers, highlighted, s.Evidence.Exact, () =>
            {
                html.Append($"{ActorLink(s.Imposer)} → {string.Join(", ", s.Targets.Select(ActorLink))} <span class=\"status status-{Names.Kebab(s.Status)}\">{Names.Kebab(s.Status)}</span>");
                html.Append($"<span class=\"meta\">{(s.Date is null ? string.Empty : " " + Names.Date(s.Date))}</span>");
                if (s.Reason is not null)
                {
                    html.Append($"<div class=\"summary\">for {HtmlEncode(s.Reason)}</div>");
                }
            });
        }

        html.Append("</ol></div></div></section>");
        return (found.Count, missing.Count);
    }

    private static void Entry(StringBuilder html, string kind, string id, Dictionary<string, int> numbers, HashSet<string> highlighted, string evidence, Action content)
    {
        var entryId = $"{kind}-{id}";
        html.Append($"<li class=\"entry entry-{kind}\" id=\"{HtmlEncode(entryId)}\" data-item=\"{HtmlEncode(entryId)}\">");
        html.Append(highlighted.Contains(entryId)
            ? $"<a class=\"back\" href=\"#mark-{HtmlEncode(entryId)}\" title=\"show in the article\">{numbers[entryId]}</a> "
            : "<span class=\"back none\" title=\"not highlighted\">–</span> ");
        content();
        html.Append($"<blockquote>{HtmlEncode(evidence)}</blockquote><code class=\"id\">{HtmlEncode(id)}</code></li>");
    }

    private static void ActorsSection(StringBuilder html, DatasetCatalog catalog)
    {
        html.Append($"<section id=\"actors\"><h2>Actors ({catalog.Actors.Count})</h2><ul class=\"actors\">");
        foreach (var a in catalog.Actors)
        {
            html.Append($"<li id=\"actor-{HtmlEncode(a.Id.Value)}\"><strong>{HtmlEncode(a.Name)}</strong> <span class=\"kind\">{Names.Kebab(a.Kind)}</span>");
            foreach (var role in a.Roles)
            {
                html.Append($" · {HtmlEncode(role.Title)}{(role.Of is { } of ? $" of {ActorLink(of)}" : string.Empty)}");
            }

            if (a.Wikidata is not null)
            {
                html.Append($" · <span class=\"wikidata\">{HtmlEncode(a.Wikidata)}</span>");
            }

            var said = catalog.StatementsBy(a).Count;
            var (imposed, against) = (catalog.SanctionsBy(a).Count, catalog.SanctionsAgainst(a).Count);
            html.Append($" <span class=\"meta\">{Names.Plural(said, "statement")}{(imposed > 0 ? $", imposes {Names.Plural(imposed, "sanction")}" : string.Empty)}{(against > 0 ? $", target of {Names.Plural(against, "sanction")}" : string.Empty)}</span>");
            html.Append($" <code class=\"id\">{HtmlEncode(a.Id.Value)}</code></li>");
        }

        html.Append("</ul></section>");
    }

    private static string ActorLink(Actor actor) => $"<a class=\"actor\" href=\"#actor-{HtmlEncode(actor.Id.Value)}\">{HtmlEncode(actor.Name)}</a>";
}
