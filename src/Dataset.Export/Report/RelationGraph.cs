using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace Dataset.Export;

/// <summary>
/// An SVG graph of who said what to whom (speaker → audience) and who sanctions whom (imposer → target). Actors sit
/// on a circle in id order, so the picture is the same on every run; edges between the same two actors of the same
/// kind are drawn once, thicker, with every record in the tooltip.
/// </summary>
internal static class RelationGraph
{
    private sealed record Edge(string From, string To, string Kind, List<string> Labels);

    public static string Render(DatasetCatalog catalog)
    {
        var edges = new Dictionary<(string, string, string), Edge>();
        void Add(ActorId from, ActorId to, string kind, string label)
        {
            var key = (from.Value, to.Value, kind);
            if (!edges.TryGetValue(key, out var edge))
            {
                edges[key] = edge = new Edge(from.Value, to.Value, kind, []);
            }

            edge.Labels.Add(label);
        }

        foreach (var s in catalog.Statements)
        {
            foreach (var to in s.AudienceIds.Distinct())
            {
                Add(s.SpeakerId, to, "statement", $"{Names.Kebab(s.Act)}: {s.Summary ?? s.Evidence.Exact}");
            }
        }

        foreach (var s in catalog.Sanctions)
        {
            foreach (var to in s.TargetIds.Distinct())
            {
                Add(s.ImposerId, to, "sanction", $"{Names.Kebab(s.Status)}: {s.Reason ?? s.Evidence.Exact}");
            }
        }

        var connected = edges.Values.SelectMany(e => new[] { e.From, e.To }).ToHashSet(StringComparer.Ordinal);
        var nodes = catalog.Actors
            .Where(a => connected.Contains(a.Id.Value) || catalog.StatementsBy(a).Count > 0)
            .ToList();
        if (nodes.Count == 0)
        {
            return "<p class=\"empty\">No statements or sanctions to draw.</p>";
        }

        var radius = Math.Max(140.0, nodes.Count * 26.0);
        const double Margin = 250;
        var size = 2 * (radius + Margin);
        var center = size / 2;
        var at = new Dictionary<string, (double X, double Y, double Angle)>();
        for (var i = 0; i < nodes.Count; i++)
        {
            var angle = (2 * Math.PI * i / nodes.Count) - (Math.PI / 2);
            at[nodes[i].Id.Value] = (center + (radius * Math.Cos(angle)), center + (radius * Math.Sin(angle)), angle);
        }

        var svg = new StringBuilder();
        svg.Append(
            CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph\" viewBox=\"0 0 {N(size)} {N(size)}\" role=\"img\" aria-label=\"Who said what to whom " +
                $"and who sanctions whom\">");
        svg.Append("<defs>");
        foreach (var kind in new[] { "statement", "sanction" })
        {
            svg.Append(
                CultureInfo.InvariantCulture,
                $"<marker id=\"arrow-{kind}\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" " +
                    $"orient=\"auto-start-reverse\"><path class=\"head-{kind}\" d=\"M0,0 L10,5 L0,10 z\"/></marker>");
        }

        svg.Append("</defs>");
        foreach (var edge in edges.Values.OrderBy(e => e.Kind, StringComparer.Ordinal)
            .ThenBy(e => e.From, StringComparer.Ordinal)
            .ThenBy(e => e.To, StringComparer.Ordinal))
        {
            svg.Append(EdgePath(edge, at[edge.From], at[edge.To]));
        }

        foreach (var actor in nodes)
        {
            var (x, y, angle) = at[actor.Id.Value];
            var right = Math.Cos(angle) >= -1e-9;
            var lx = x + (Math.Cos(angle) * 14);
            var ly = y + (Math.Sin(angle) * 14) + 4;
            svg.Append(
                CultureInfo.InvariantCulture,
                $"<a href=\"#actor-{HtmlEncode(actor.Id.Value)}\" class=\"node node-{Names.Kebab(actor.Kind)}\" data-actor=\"{HtmlEncode(actor.Id.Value)}\">");
            svg.Append(CultureInfo.InvariantCulture, $"<title>{HtmlEncode(actor.Name)} ({Names.Kebab(actor.Kind)})</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"8\"/>");
            svg.Append(
                CultureInfo.InvariantCulture,
                $"<text x=\"{N(lx)}\" y=\"{N(ly)}\" text-anchor=\"{(right ? "start" : "end")}\">{HtmlEncode(actor.Name)}</text></a>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string EdgePath(Edge edge, (double X, double Y, double Angle) from, (double X, double Y, double Angle) to)
    {
        var title = $"{edge.Labels.Count} {edge.Kind}{(edge.Labels.Count == 1 ? string.Empty : "s")}: {string.Join(" · ", edge.Labels)}";
        var width = Math.Min(6, 1.2 + (edge.Labels.Count * 0.8));
        if (edge.From == edge.To)
        {
            // A loop outside the circle for an actor who addresses or sanctions itself.
            var (ox, oy) = (Math.Cos(from.Angle) * 40, Math.Sin(from.Angle) * 40);
            return $"<path class=\"edge edge-{edge.Kind}\" data-kind=\"{edge.Kind}\" stroke-width=\"{N(width)}\" d=\"M{N(from.X)},{N(from.Y)} C" +
                $"{N(from.X + ox - oy)},{N(from.Y + oy + ox)} {N(from.X + ox + oy)},{N(from.Y + oy - ox)} {N(from.X)},{N(from.Y)}\" marker-end=\"url(#arrow-" +
                $"{edge.Kind})\"><title>{HtmlEncode(title)}</title></path>";
        }

        // Curved to the right of the direction of travel, so A → B and B → A stay apart; ends stop short of the dots.
        var (dx, dy) = (to.X - from.X, to.Y - from.Y);
        var length = Math.Sqrt((dx * dx) + (dy * dy));
        var (ux, uy) = (dx / length, dy / length);
        var bend = (edge.Kind == "sanction" ? 0.22 : 0.12) * length;
        var (cx, cy) = (((from.X + to.X) / 2) - (uy * bend), ((from.Y + to.Y) / 2) + (ux * bend));
        var (sx, sy) = Toward(from.X, from.Y, cx, cy, 10);
        var (ex, ey) = Toward(to.X, to.Y, cx, cy, 11);
        return $"<path class=\"edge edge-{edge.Kind}\" data-kind=\"{edge.Kind}\" data-from=\"{HtmlEncode(edge.From)}\" data-to=\"{HtmlEncode(edge.To)}\" " +
            $"stroke-width=\"{N(width)}\" d=\"M{N(sx)},{N(sy)} Q{N(cx)},{N(cy)} {N(ex)},{N(ey)}\" marker-end=\"url(#arrow-{edge.Kind})\"><title>" +
            $"{HtmlEncode(title)}</title></path>";
    }

    private static (double X, double Y) Toward(double x, double y, double tx, double ty, double distance)
    {
        var (dx, dy) = (tx - x, ty - y);
        var length = Math.Sqrt((dx * dx) + (dy * dy));
        return length < 1e-9 ? (x, y) : (x + (dx / length * distance), y + (dy / length * distance));
    }

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
