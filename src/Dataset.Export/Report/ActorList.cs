using System.Text;
using static System.Net.WebUtility;

namespace Dataset.Export;

/// <summary>The report's list of actors with their roles and how many statements and sanctions involve them.</summary>
internal static class ActorList
{
    public static void Write(StringBuilder html, DatasetCatalog catalog)
    {
        html.Append($"<section id=\"actors\"><h2>Actors ({catalog.Actors.Count})</h2><ul class=\"actors\">");
        foreach (var a in catalog.Actors)
        {
            html.Append($"<li id=\"actor-{HtmlEncode(a.Id.Value)}\"><strong>{HtmlEncode(a.Name)}</strong> <span class=\"kind\">{Names.Kebab(a.Kind)}</span>{Html.DraftBadge(a.IsDraft)}");
            foreach (var role in a.Roles)
            {
                html.Append($" · {HtmlEncode(role.Title)}{(role.Of is { } of ? $" of {Html.ActorLink(of)}" : string.Empty)}");
            }

            if (a.Wikidata is not null)
            {
                html.Append($" · <span class=\"wikidata\">{HtmlEncode(a.Wikidata)}</span>");
            }

            var said = catalog.StatementsBy(a).Count;
            var (imposed, against) = (catalog.SanctionsBy(a).Count, catalog.SanctionsAgainst(a).Count);
            html.Append($" <span class=\"meta\">{Names.Plural(said, "statement")}{(imposed > 0 ? $", imposes {Names.Plural(imposed, "sanction")}" : string.Empty)}{(against > 0 ? $", target of {Names.Plural(against, "sanction")}" : string.Empty)}</span>");
            html.Append($" <code class=\"id\">{HtmlEncode(a.Id.Value)}</code>{Html.SourceLink(a.Source)}</li>");
        }

        html.Append("</ul></section>");
    }
}
