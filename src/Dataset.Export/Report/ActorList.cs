using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace Dataset.Export;

/// <summary>The report's list of actors with their roles, a group's members and how many statements and sanctions involve them.</summary>
internal static class ActorList
{
    public static void Write(StringBuilder html, DatasetCatalog catalog)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"actors\"><h2>Actors ({catalog.Actors.Count})</h2><ul class=\"actors\">");
        foreach (var a in catalog.Actors)
        {
            html.Append(
                CultureInfo.InvariantCulture,
                $"<li id=\"actor-{HtmlEncode(a.Id.Value)}\"><strong>{HtmlEncode(a.Name)}</strong> <span class=\"kind\">{Names.Kebab(a.Kind)}</span>" +
                    $"{Html.DraftBadge(a.IsDraft)}");
            foreach (var role in a.Roles)
            {
                html.Append(CultureInfo.InvariantCulture, $" · {HtmlEncode(role.Title)}{(role.Of is { } of ? $" of {Html.ActorLink(of)}" : string.Empty)}");
            }

            if (a.MemberIds.Count > 0)
            {
                html.Append(
                    CultureInfo.InvariantCulture,
                    $" · <span class=\"meta\">members</span> {string.Join(", ", catalog.MembersOf(a).Select(Html.ActorLink))}");
            }

            if (a.Wikidata is not null)
            {
                html.Append(CultureInfo.InvariantCulture, $" · <span class=\"wikidata\">{HtmlEncode(a.Wikidata)}</span>");
            }

            var said = catalog.StatementsBy(a).Count;
            var (imposed, against) = (catalog.SanctionsBy(a).Count, catalog.SanctionsAgainst(a).Count);
            html.Append(
                CultureInfo.InvariantCulture,
                $" <span class=\"meta\">{Names.Plural(said, "statement")}{(imposed > 0 ? $", imposes {Names.Plural(imposed, "sanction")}" : string.Empty)}" +
                    $"{(against > 0 ? $", target of {Names.Plural(against, "sanction")}" : string.Empty)}</span>");
            html.Append(CultureInfo.InvariantCulture, $" <code class=\"id\">{HtmlEncode(a.Id.Value)}</code>{Html.SourceLink(a.Source)}</li>");
        }

        html.Append("</ul></section>");
    }
}
