using System.Text;

namespace Dataset.TestSupport;

/// <summary>A marked span of a text: <c>{|DS0010:rusia|}</c> gives the id DS0010, <c>[|rusia|]</c> no id.</summary>
internal sealed record MarkedSpan(string? Id, int Start, int End);

/// <summary>
/// A text written with its places marked inline, the way Roslyn's and Mapperly's tests write them: <c>{|DS0010:rusia|}</c>
/// marks a span with an id, <c>[|rusia|]</c> a span, <c>$$</c> the cursor. <see cref="Parse"/> strips the marks and
/// keeps where they were (offsets into the text without them); <see cref="Render"/> puts spans back as marks.
/// </summary>
internal sealed record Markup(string Text, int? Cursor, IReadOnlyList<MarkedSpan> Spans)
{
    public static Markup Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var open = new Stack<(string? Id, int Start, char Close)>();
        var spans = new List<MarkedSpan>();
        int? cursor = null;
        for (var i = 0; i < markup.Length; i++)
        {
            var pair = i + 1 < markup.Length ? markup.Substring(i, 2) : string.Empty;
            switch (pair)
            {
                case "$$":
                    Assert.True(cursor is null, "The markup has more than one $$.");
                    cursor = text.Length;
                    i++;
                    break;
                case "{|":
                    var colon = markup.IndexOf(':', i + 2);
                    Assert.True(colon > i + 2, $"'{{|' at {i} names no id before a ':'.");
                    open.Push((markup[(i + 2)..colon], text.Length, '}'));
                    i = colon;
                    break;
                case "[|" when !(i + 2 < markup.Length && markup[i + 2] == '}' && open.Count > 0 && open.Peek().Close == '}'):
                    // "[|}" closing a {|…|} span is a bracket of the text, then the close.
                    open.Push((null, text.Length, ']'));
                    i++;
                    break;
                case "|}" or "|]" when open.Count > 0 && open.Peek().Close == pair[1]:
                    var (id, start, _) = open.Pop();
                    spans.Add(new MarkedSpan(id, start, text.Length));
                    i++;
                    break;
                default:
                    text.Append(markup[i]);
                    break;
            }
        }

        Assert.True(open.Count == 0, $"The markup leaves {open.Count} mark(s) open.");
        return new Markup(text.ToString(), cursor, spans.OrderBy(s => s.Start).ThenByDescending(s => s.End).ThenBy(s => s.Id, StringComparer.Ordinal).ToList());
    }

    /// <summary>The text with each span written back as its mark (a span inside another nests in it).</summary>
    public static string Render(string text, IEnumerable<MarkedSpan> spans)
    {
        var list = spans.ToList();
        var rendered = new StringBuilder(text.Length + (list.Count * 12));
        for (var at = 0; at <= text.Length; at++)
        {
            // At one offset: the spans that end here (the inner first), empty spans, then those that start here (the outer
            // first; of two on one span, the first id outside).
            foreach (var span in list.Where(s => s.End == at && s.Start < at).OrderByDescending(s => s.Start))
            {
                rendered.Append(span.Id is null ? "|]" : "|}");
            }

            foreach (var span in list.Where(s => s.Start == at && s.End == at))
            {
                rendered.Append(Open(span)).Append(span.Id is null ? "|]" : "|}");
            }

            foreach (var span in list.Where(s => s.Start == at && s.End > at).OrderByDescending(s => s.End).ThenBy(s => s.Id, StringComparer.Ordinal))
            {
                rendered.Append(Open(span));
            }

            if (at < text.Length)
            {
                rendered.Append(text[at]);
            }
        }

        return rendered.ToString();
    }

    private static string Open(MarkedSpan span) => span.Id is null ? "[|" : "{|" + span.Id + ":";

    /// <summary>The 0-based line and UTF-16 column of an offset (lines end at \n).</summary>
    public (int Line, int Column) PositionOf(int offset)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (Text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart);
    }
}
