using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace Dataset.Export;

/// <summary>
/// The article as HTML with every evidence span in a <c>&lt;mark&gt;</c>. Spans may overlap, and HTML elements may
/// not, so the text is cut at every span boundary and each piece wraps the marks of all spans covering it (outer
/// first). A span's first piece carries its id; a numbered link to its entry follows its last piece.
/// </summary>
internal static class ArticleHighlighter
{
    public static string Render(string text, IReadOnlyList<EvidenceSpan> spans, IReadOnlyDictionary<string, int> numbers)
    {
        var cuts = spans.SelectMany(s => new[] { s.Start, s.End }).Append(0).Append(text.Length).Distinct().Order().ToList();
        var opened = new HashSet<EvidenceSpan>();
        var html = new StringBuilder(text.Length * 2);
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var (from, to) = (cuts[i], cuts[i + 1]);
            var covering = spans.Where(s => s.Start <= from && s.End >= to).ToList();
            foreach (var span in covering)
            {
                html.Append(
                    CultureInfo.InvariantCulture,
                    $"<mark class=\"ev ev-{span.Kind}\" data-kind=\"{span.Kind}\" data-item=\"{HtmlEncode(span.EntryId)}\"");
                if (opened.Add(span))
                {
                    html.Append(CultureInfo.InvariantCulture, $" id=\"{HtmlEncode(span.MarkId)}\"");
                }

                html.Append(CultureInfo.InvariantCulture, $" title=\"[{numbers[span.EntryId]}] {HtmlEncode(span.Label)}\">");
            }

            html.Append(HtmlEncode(text[from..to]));
            html.Append(string.Concat(Enumerable.Repeat("</mark>", covering.Count)));
            foreach (var span in spans.Where(s => s.End == to))
            {
                html.Append(
                    CultureInfo.InvariantCulture,
                    $"<a class=\"ref ref-{span.Kind}\" href=\"#{HtmlEncode(span.EntryId)}\" title=\"{HtmlEncode(span.Label)}\">{numbers[span.EntryId]}</a>");
            }
        }

        return html.ToString();
    }
}
