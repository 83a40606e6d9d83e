using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace Dataset.Export;

/// <summary>One article in the report: its text with the evidence highlighted, and its statements and sanctions beside it.</summary>
internal static class DocumentSection
{
    public static (int Found, int Missing) Write(StringBuilder html, DocumentRecords records, string? text)
    {
        var document = records.Document;
        var (found, missing) = EvidenceSpan.For(records, text);
        var numbers = found.Select((s, i) => (s.EntryId, Number: i + 1)).ToDictionary(p => p.EntryId, p => p.Number, StringComparer.Ordinal);
        var highlighted = found.Select(s => s.EntryId).ToHashSet(StringComparer.Ordinal);
        html.Append(
            CultureInfo.InvariantCulture,
            $"<section class=\"document\" id=\"document-{HtmlEncode(document.Id.Value)}\"><h2>{HtmlEncode(document.Title)}</h2>");
        html.Append(
            CultureInfo.InvariantCulture,
            $"<p class=\"meta\">{HtmlEncode(document.Outlet)}, " +
                $"{Names.Date(document.Published)}" +
                $"{(document.Dateline is null ? string.Empty : ", " + HtmlEncode(document.Dateline))} · <code>{HtmlEncode(document.TextFile)}</code>" +
                $"{Html.SourceLink(document.Source)}</p>");
        html.Append(ReportLanguage.Line(document));
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"columns\"><article class=\"text\"{ReportLanguage.Attributes(document)}>");
        html.Append(text is null
            ? "<p class=\"warning\">The article text is not available to this tool, so its evidence cannot be highlighted.</p>"
            : ArticleHighlighter.Render(text, found, numbers));
        html.Append("</article><div class=\"items\">");
        if (missing.Count > 0 && text is not null)
        {
            html.Append(
                CultureInfo.InvariantCulture,
                $"<p class=\"warning\">{missing.Count} evidence passage(s) are no longer where the build found them; rebuild the dataset.</p>");
        }

        // Quotes are the article's words: they carry its language and direction, as the text does.
        var language = ReportLanguage.Attributes(document);
        html.Append("<h3>Statements</h3><ol class=\"entries\">");
        foreach (var s in records.Statements.OrderBy(s => numbers.GetValueOrDefault($"statement-{s.Id}", int.MaxValue)))
        {
            Entry(html, "statement", s.Id.Value, s.IsDraft, s.Source, numbers, highlighted, s.Evidence.Exact, language, () =>
            {
                html.Append(
                    CultureInfo.InvariantCulture,
                    $"{Html.ActorLink(s.Speaker)}{(s.Via is { } via ? $" <span class=\"via\">via {Html.ActorLink(via)}</span>" : string.Empty)} <span " +
                        $"class=\"act\">{Names.Kebab(s.Act)}</span>");
                if (s.Audience.Count > 0)
                {
                    html.Append(" → ").Append(string.Join(", ", s.Audience.Select(Html.ActorLink)));
                }

                html.Append(
                    CultureInfo.InvariantCulture,
                    $" <span class=\"meta\">{Names.Kebab(s.Form)}{(s.SaidOn is null ? string.Empty : ", " + Names.Date(s.SaidOn))}</span>");
                if (s.Summary is not null)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<div class=\"summary\">{HtmlEncode(s.Summary)}</div>");
                }

                if (s.RespondsToId is { } answered)
                {
                    html.Append(
                        CultureInfo.InvariantCulture,
                        $"<div class=\"responds\">responds to <a href=\"#statement-{HtmlEncode(answered.Value)}\">{HtmlEncode(answered.Value)}</a></div>");
                }

                if (s.RestatesId is { } restated)
                {
                    html.Append(
                        CultureInfo.InvariantCulture,
                        $"<div class=\"restates\">restates <a href=\"#statement-{HtmlEncode(restated.Value)}\">{HtmlEncode(restated.Value)}</a></div>");
                }

                html.Append(AlsoReportedBy.For(s));
            });
        }

        html.Append("</ol><h3>Sanctions</h3><ol class=\"entries\">");
        foreach (var s in records.Sanctions.OrderBy(s => numbers.GetValueOrDefault($"sanction-{s.Id}", int.MaxValue)))
        {
            Entry(html, "sanction", s.Id.Value, s.IsDraft, s.Source, numbers, highlighted, s.Evidence.Exact, language, () =>
            {
                html.Append(
                    CultureInfo.InvariantCulture,
                    $"{Html.ActorLink(s.Imposer)} → {string.Join(", ", s.Targets.Select(Html.ActorLink))} <span class=\"status status-" +
                        $"{Names.Kebab(s.Status)}\">{Names.Kebab(s.Status)}</span>");
                if (s.Proposer is { } proposer)
                {
                    html.Append(CultureInfo.InvariantCulture, $" <span class=\"meta\">proposed by</span> {Html.ActorLink(proposer)}");
                }

                html.Append(CultureInfo.InvariantCulture, $"<span class=\"meta\">{(s.Date is null ? string.Empty : " " + Names.Date(s.Date))}</span>");
                if (s.Reason is not null)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<div class=\"summary\">for {HtmlEncode(s.Reason)}</div>");
                }

                var terms = s.Provisions.Select(p => p.TargetIds.Count == 0 ? p.ToString() : $"{p} for {string.Join(", ", s.TargetsOf(p).Select(t => t.Name))}")
                    .Concat(new[] { s.Program, s.Authority }.Where(t => t is not null).Select(t => t!)).ToList();
                if (terms.Count > 0)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<div class=\"meta\">{HtmlEncode(string.Join(" · ", terms))}</div>");
                }

                html.Append(AlsoReportedBy.For(s));
            });
        }

        html.Append("</ol></div></div></section>");
        return (found.Count, missing.Count);
    }

    private static void Entry(
        StringBuilder html,
        string kind,
        string id,
        bool isDraft,
        SourceLocation source,
        Dictionary<string, int> numbers,
        HashSet<string> highlighted,
        string evidence,
        string language,
        Action content)
    {
        var entryId = $"{kind}-{id}";
        html.Append(
            CultureInfo.InvariantCulture,
            $"<li class=\"entry entry-{kind}{(isDraft ? " entry-draft" : string.Empty)}\" id=\"{HtmlEncode(entryId)}\" data-item=\"{HtmlEncode(entryId)}\">");
        html.Append(highlighted.Contains(entryId)
            ? $"<a class=\"back\" href=\"#mark-{HtmlEncode(entryId)}\" title=\"show in the article\">{numbers[entryId]}</a> "
            : "<span class=\"back none\" title=\"not highlighted\">–</span> ");
        content();
        html.Append(Html.DraftBadge(isDraft));
        html.Append(
            CultureInfo.InvariantCulture,
            $"<blockquote{language}>{HtmlEncode(evidence)}</blockquote><code class=\"id\">{HtmlEncode(id)}</code>{Html.SourceLink(source)}</li>");
    }
}
